// How results are summarised, compared with baselines and checked.
import { describe, expect, it } from "vitest";
import {
  checkResults,
  formatTable,
  median,
  missedTargets,
  type ResultRow,
  targetVerdict,
  withBaseline,
} from "../../bench/results.ts";

const hover: ResultRow = { metric: "hover-frame", nodes: 100_000, edges: 500_000, ms: 4 };

describe("median", () => {
  it("is the middle run, so one slow run on a busy machine does not move it", () => {
    expect(median([5, 1, 900, 3, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

describe("baselines", () => {
  it("reports how many times faster ours is: baselineMs / ms", () => {
    const row = withBaseline(hover, "sigma-full-refresh", 200);
    expect(row).toMatchObject({ baseline: "sigma-full-refresh", baselineMs: 200, ratio: 50 });
  });

  it("leaves the ratio empty when either side could not be measured", () => {
    expect(withBaseline(hover, "cytoscape", null).ratio).toBeNull();
    expect(withBaseline({ ...hover, ms: null }, "cytoscape", 10).ratio).toBeNull();
  });
});

describe("targets", () => {
  it("judges rows at 100k/500k against the issue's targets, time and ratio", () => {
    expect(targetVerdict(withBaseline(hover, "sigma-full-refresh", 200))).toBe("met");
    expect(targetVerdict(withBaseline(hover, "sigma-full-refresh", 40))).toBe("MISSED");
    expect(targetVerdict({ ...hover, ms: 30 })).toBe("MISSED");
    expect(targetVerdict({ ...hover, nodes: 1000, ms: 30 })).toBe("");
  });

  it("holds gpu-frame to ours ≤ 1.1 × sigma's defaults at 20k and at 100k only", () => {
    const gpu = (nodes: number, ms: number, baselineMs: number) =>
      withBaseline(
        { metric: "gpu-frame", nodes, edges: nodes * 5, ms },
        "sigma-defaults",
        baselineMs,
      );
    expect(targetVerdict(gpu(20_000, 1090, 1000))).toBe("met");
    expect(targetVerdict(gpu(100_000, 1120, 1000))).toBe("MISSED");
    expect(targetVerdict(gpu(100_000, 800, 1000))).toBe("met");
    expect(targetVerdict(gpu(10_000, 5000, 1000))).toBe("");
    expect(missedTargets([gpu(20_000, 2000, 1000)])).toEqual([
      "target missed: gpu-frame at 20000 nodes is 2000 (ratio 0.5 against sigma-defaults); " +
        "the target is a ratio ≥ 0.909.",
    ]);
  });
});

describe("formatTable", () => {
  it("prints one line per row with the baseline and ratio", () => {
    const table = formatTable([withBaseline(hover, "cytoscape", 40)]);
    const [header, line] = table.split("\n");
    expect(header).toMatch(/^metric\s+size\s+ours/);
    expect(line).toMatch(/^hover-frame\s+100k\/500k\s+4\s+ms\s+cytoscape\s+40\s+10\s+met$/);
  });

  it("prints the worst run beside the median, ours and the baseline's", () => {
    const row = { ...withBaseline(hover, "sigma-full-refresh", 400), maxMs: 9, baselineMaxMs: 700 };
    const line = formatTable([row]).split("\n")[1];
    expect(line).toMatch(
      /^hover-frame\s+100k\/500k\s+4\s+9\s+ms\s+sigma-full-refresh\s+400\s+700\s+100\s+met$/,
    );
  });

  it("names sizes in k and M, and says whether the 1M-edge graph loaded", () => {
    const large: ResultRow = {
      metric: "large-graph-load",
      nodes: 200_000,
      edges: 1_000_000,
      ms: 35_000,
      ok: true,
      heapMb: 942,
    };
    expect(formatTable([large]).split("\n")[1]).toMatch(/200k\/1M\s+ok 35000ms heap 942MB/);
  });
});

describe("checkResults", () => {
  it("accepts a file with a measured row for every expected metric", () => {
    const file = { results: [withBaseline(hover, "cytoscape", 40)] };
    expect(checkResults(file, ["hover-frame"])).toEqual([]);
  });

  it("names missing metrics, unmeasured ones and malformed rows", () => {
    const file = {
      results: [
        { metric: "hover-frame", nodes: 1, edges: 1, ms: null },
        { metric: "load", nodes: "1", edges: 1, ms: "fast" },
      ],
    };
    expect(checkResults(file, ["hover-frame", "search"])).toEqual([
      'results[1] (load): "nodes" is not an integer.',
      'results[1] (load): "ms" is neither a number nor null.',
      'metric "hover-frame" has no measured figure (ms is null in every row).',
      'no row for metric "search".',
    ]);
    expect(checkResults({}, [])).toEqual(['results.json has no "results" array.']);
  });

  it("wants a figure at every size run: one at 1k and none at 100k is a problem", () => {
    const file = {
      results: [
        { metric: "hover-frame", nodes: 1000, edges: 5000, ms: 3 },
        { metric: "hover-frame", nodes: 100_000, edges: 500_000, ms: null, note: "timeout" },
        { metric: "bundle-gzip-kb", nodes: 0, edges: 0, ms: 120 },
      ],
    };
    expect(checkResults(file, ["hover-frame", "bundle-gzip-kb"], [1000, 100_000])).toEqual([
      'metric "hover-frame" has no measured figure at 100000 nodes.',
    ]);
  });

  it("tells the hub-heavy variant's rows from the plain graph's of the same size", () => {
    const file = {
      results: [
        { metric: "hover-frame", nodes: 10_000, edges: 50_000, ms: 3 },
        { metric: "hover-frame", nodes: 10_000, edges: 50_000, ms: null, graph: "hub-heavy" },
      ],
    };
    const sizes = [10_000, { nodes: 10_000, graph: "hub-heavy" as const }];
    expect(checkResults(file, ["hover-frame"], sizes)).toEqual([
      'metric "hover-frame" has no measured figure at 10000 nodes (hub-heavy).',
    ]);
    file.results[1].ms = 5;
    expect(checkResults(file, ["hover-frame"], sizes)).toEqual([]);
  });

  it("wants the opening of the 100k file once, at its own size, not at every size run", () => {
    const opened = { metric: "open-file-100k", nodes: 100_000, edges: 500_000, ms: 9000 };
    expect(checkResults({ results: [opened] }, ["open-file-100k"], [1000, 10_000])).toEqual([]);
    expect(
      checkResults({ results: [{ ...opened, ms: null }] }, ["open-file-100k"], [1000]),
    ).toEqual(['metric "open-file-100k" has no measured figure (ms is null in every row).']);
  });
});

describe("missedTargets", () => {
  const at100k = { nodes: 100_000, edges: 500_000 };
  it("names each whole-frame row over its target at 100k, and only those", () => {
    const rows: ResultRow[] = [
      { metric: "pan-frame", ...at100k, ms: 12, maxMs: 20 },
      { metric: "zoom-frame", ...at100k, ms: 6, maxMs: 9 },
      { metric: "pan-frame", nodes: 1000, edges: 5000, ms: 30 },
      { metric: "hover-js", ...at100k, ms: 40 },
    ];
    expect(missedTargets(rows)).toEqual([
      "target missed: pan-frame at 100000 nodes is 12; the target is ≤ 8.",
    ]);
  });

  it("counts an unmeasured figure at 100k as missed", () => {
    expect(missedTargets([{ metric: "hover-frame", ...at100k, ms: null }])).toHaveLength(1);
  });
});
