// The benchmark's command line: what `npm run bench` and `npm run bench:smoke` measure.
import { describe, expect, it } from "vitest";
import { parseOptions } from "../../bench/options.ts";

describe("parseOptions", () => {
  it("runs the full benchmark by default: 1k, 10k, 100k and the hub-heavy 10k and 100k, 5 runs, both sides, the 1M check", () => {
    const options = parseOptions([]);
    expect(options.sizes).toEqual([
      { label: "1k", nodes: 1000, edges: 5000 },
      { label: "10k", nodes: 10_000, edges: 50_000 },
      { label: "100k", nodes: 100_000, edges: 500_000 },
      { label: "10k-hubs", nodes: 10_000, edges: 50_000, shape: "hub-heavy" },
      { label: "100k-hubs", nodes: 100_000, edges: 500_000, shape: "hub-heavy" },
    ]);
    expect(options.runs).toBe(5);
    expect(options.sides).toEqual(["node", "browser"]);
    expect(options.checksLargeGraph).toBe(true);
    expect(options.opensFile).toBe(true);
    expect(options.isRasterOn).toBe(false);
    expect(options.out).toBe("bench/results.json");
    expect(options.steps).toContain("pan");
    expect(options.pages).toEqual(["ours", "full-refresh", "cytoscape"]);
    expect(options.isChecking).toBe(true);
  });

  it("checks targets in full runs and with --check, not in smoke runs on a shared machine", () => {
    expect(parseOptions(["--smoke"]).isChecking).toBe(false);
    expect(parseOptions(["--smoke", "--check"]).isChecking).toBe(true);
    expect(parseOptions(["--no-check"]).isChecking).toBe(false);
  });

  it("runs only the series and pages asked for, ours always", () => {
    const options = parseOptions(["--steps", "hover,pan", "--pages", "full-refresh"]);
    expect(options.steps).toEqual(["hover", "pan"]);
    expect(options.pages).toEqual(["ours", "full-refresh"]);
    expect(() => parseOptions(["--steps", "hover,paint"])).toThrow(/"paint" is not one of/);
  });

  it("makes the smoke run small: the 1k graph, fewer runs, no 1M check", () => {
    const options = parseOptions(["--smoke"]);
    expect(options.sizes.map((size) => size.label)).toEqual(["1k"]);
    expect(options.runs).toBeLessThan(5);
    expect(options.checksLargeGraph).toBe(false);
    expect(options.opensFile).toBe(false);
    expect(options.isSmoke).toBe(true);
  });

  it("takes sizes, runs, one side and an output path", () => {
    const options = parseOptions([
      "--sizes",
      "1k,10k",
      "--runs",
      "7",
      "--only",
      "node",
      "--out",
      "x.json",
    ]);
    expect(options.sizes.map((size) => size.nodes)).toEqual([1000, 10_000]);
    expect(options.runs).toBe(7);
    expect(options.sides).toEqual(["node"]);
    expect(options.checksLargeGraph).toBe(false);
    expect(options.out).toBe("x.json");
    expect(parseOptions(["--sizes", "10K-hubs"]).sizes).toEqual([
      { label: "10k-hubs", nodes: 10_000, edges: 50_000, shape: "hub-heavy" },
    ]);
  });

  it("paints for real only when asked, and adds the 1M check to chosen sizes with --large", () => {
    expect(parseOptions(["--raster"]).isRasterOn).toBe(true);
    expect(parseOptions(["--sizes", "10k", "--large"]).checksLargeGraph).toBe(true);
    expect(parseOptions(["--large", "--only", "node"]).checksLargeGraph).toBe(false);
  });

  it("opens the 100k GEXF in the app in full runs, or with --open-file", () => {
    expect(parseOptions(["--sizes", "10k"]).opensFile).toBe(false);
    expect(parseOptions(["--sizes", "10k", "--open-file"]).opensFile).toBe(true);
    expect(parseOptions(["--no-open-file"]).opensFile).toBe(false);
    expect(parseOptions(["--open-file", "--only", "node"]).opensFile).toBe(false);
  });

  it("explains what is wrong with a bad argument", () => {
    expect(() => parseOptions(["--sizes", "huge"])).toThrow(/such as 1k, 10k or 100k/);
    expect(() => parseOptions(["--sizes", "10k-hub"])).toThrow(/or 10k-hubs for the hub-heavy/);
    expect(() => parseOptions(["--only", "gpu"])).toThrow(/--only node or --only browser/);
    expect(() => parseOptions(["--runs", "0"])).toThrow(/positive whole number/);
    expect(() => parseOptions(["--runs"])).toThrow(/--runs needs a value/);
    expect(() => parseOptions(["--fast"])).toThrow(/unknown argument "--fast"/);
  });
});
