// `npm run bench:smoke` keeps working: on the smallest graph it measures every metric, ours and
// the baselines, and writes a well-formed results file. Timings are never asserted: the machines
// running tests are shared and noisy.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  BROWSER_METRICS,
  BUILD_METRICS,
  checkResults,
  NODE_METRICS,
  type ResultsFile,
} from "../../bench/results.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SMOKE_TIMEOUT_MS = 480_000;

describe("npm run bench:smoke", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-smoke-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "runs and writes a well-formed results file with every metric",
    async () => {
      const out = join(dir, "results.json");
      const { stdout } = await promisify(execFile)(
        "npx",
        ["tsx", "bench/run.ts", "--smoke", "--out", out],
        { cwd: ROOT, timeout: SMOKE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(stdout).toMatch(/^metric\s+size\s+ours/m);

      const file = JSON.parse(readFileSync(out, "utf8")) as ResultsFile;
      const everyMetric = [...NODE_METRICS, ...BROWSER_METRICS, ...BUILD_METRICS];
      expect(checkResults(file, everyMetric)).toEqual([]);
      expect(file.isSmoke).toBe(true);

      const measured = (metric: string, baseline?: string) =>
        file.results.find((row) => row.metric === metric && row.baseline === baseline);
      for (const metric of NODE_METRICS) {
        expect(measured(metric)).toMatchObject({ nodes: 1000, edges: 5000 });
      }
      for (const [metric, baseline] of [
        ["first-frame", "cytoscape"],
        ["hover-frame", "sigma-full-refresh"],
        ["hover-frame", "cytoscape"],
        ["hover-frame-biggest-hub", "sigma-full-refresh"],
        ["hover-frame-median-node", "sigma-full-refresh"],
        ["focus-d2-frame", "sigma-full-refresh"],
        ["filter-toggle-frame", "sigma-full-refresh"],
        ["hover-js", "sigma-full-refresh"],
      ]) {
        const row = measured(metric, baseline);
        expect(row, `${metric} against ${baseline}`).toBeDefined();
        expect(row?.baselineMs, `${baseline} measured for ${metric}`).toEqual(expect.any(Number));
        expect(row?.ratio).toEqual(expect.any(Number));
        // A whole frame holds the page's JavaScript and more: the trace and the page agree.
        expect(row?.maxMs, `${metric}: worst run`).toBeGreaterThanOrEqual(row?.ms ?? Infinity);
      }
      for (const metric of ["pan-frame", "zoom-frame"]) {
        expect(measured(metric)?.ms, `${metric} measured`).toEqual(expect.any(Number));
      }
      const frame = measured("hover-frame", "sigma-full-refresh");
      const js = measured("hover-js", "sigma-full-refresh");
      expect(frame?.ms).toBeGreaterThanOrEqual(js?.ms ?? Infinity);
    },
    SMOKE_TIMEOUT_MS + 10_000,
  );
});
