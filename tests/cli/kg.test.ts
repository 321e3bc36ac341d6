// The `kg` command as a user runs it: a separate process, exit codes, stdout and stderr. Each
// spawn costs about a second, so all of them start at once and each test awaits its own.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { curatedFixture } from "../model/curated-fixture.ts";
import { writeTempGraph } from "./temp-graph.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], entry = ["--import", "tsx", "src/cli/main.ts"]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...entry, ...args],
      { cwd: REPO, timeout: TIMEOUT, env: { ...process.env, KG_DEBUG: "" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const good = writeTempGraph();
const broken = curatedFixture();
broken.edges[0].target = "new-security-concpt";
broken.edges[1].relation = "restated";
broken.nodes[2].date = "1997-02-30";
const bad = writeTempGraph(broken);
const csvFolder = join(good.folder, "csv-out");

const runs = {
  validateGood: run(["validate", good.path]),
  validateBroken: run(["validate", bad.path]),
  exportJson: run(["export", "--format", "json", good.path]),
  exportFocus: run(["export", "--format", "json", "--focus", "ARF", "--depth", "1", good.path]),
  exportCsv: run(["export", "--format", "csv", "--out", csvFolder, good.path]),
  badFormat: run(["export", "--format", "xml", good.path]),
  binHelp: run(["--help"], ["bin/kg.js"]),
};

afterAll(() => {
  rmSync(good.folder, { recursive: true, force: true });
  rmSync(bad.folder, { recursive: true, force: true });
});

describe("kg (as a child process)", () => {
  it(
    "validate FILE: exit 0 with a one-line summary of counts by kind and relation",
    async () => {
      const { code, stdout, stderr } = await runs.validateGood;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^\S*test\.kg\.json: valid, 3 nodes \(actor 2, principle 1\), 3 edges \(contrasts-with 1, proposed 1, reiterated 1\)\nevidence: 3 quotes \(essay 3\); no edge backed by more than one document\n$/,
      );
    },
    TIMEOUT,
  );

  it(
    "validate a broken file: exit 2, every problem on its own line with file and JSON path",
    async () => {
      const { code, stdout, stderr } = await runs.validateBroken;
      expect(code).toBe(2);
      expect(stdout).toBe("");
      const lines = stderr.trimEnd().split("\n");
      const problems = lines.filter((line) => !line.startsWith("  fix: "));
      const fixes = lines.filter((line) => line.startsWith("  fix: "));
      expect(problems).toHaveLength(4);
      expect(fixes).toHaveLength(3);
      expect(problems[0]).toMatch(
        /test\.kg\.json: nodes\[2\]\.date "1997-02-30" is not a valid date/,
      );
      expect(problems[1]).toMatch(
        /test\.kg\.json: edges\[0\]\.target "new-security-concpt" is not a node key \(did you mean "new-security-concept"\?\)$/,
      );
      expect(problems[2]).toMatch(
        /test\.kg\.json: edges\[1\]\.relation "restated" is not a relation/,
      );
      expect(problems[3]).toMatch(/^3 problems in .*test\.kg\.json\.$/);
    },
    TIMEOUT,
  );

  it(
    "export --format json without --out: valid JSON on stdout and nothing else",
    async () => {
      const { code, stdout, stderr } = await runs.exportJson;
      expect(code).toBe(0);
      expect(stderr).toBe("");
      const exported = JSON.parse(stdout);
      expect(exported.nodes.map((node: { key: string }) => node.key)).toEqual([
        "china",
        "new-security-concept",
        "asean-regional-forum",
      ]);
      expect(exported.edges).toHaveLength(3);
    },
    TIMEOUT,
  );

  it(
    "export --focus LABEL --depth 1: the node and its neighbours, found by alias",
    async () => {
      const { code, stdout } = await runs.exportFocus;
      expect(code).toBe(0);
      const exported = JSON.parse(stdout);
      expect(exported.nodes.map((node: { key: string }) => node.key)).toEqual([
        "new-security-concept",
        "asean-regional-forum",
      ]);
      expect(exported.edges.map((edge: { key: string }) => edge.key)).toEqual([
        "new-security-concept~contrasts-with~asean-regional-forum",
      ]);
    },
    TIMEOUT,
  );

  it(
    "export --format csv --out FOLDER: nodes.csv and edges.csv, a confirmation on stderr",
    async () => {
      const { code, stdout, stderr } = await runs.exportCsv;
      expect(code).toBe(0);
      expect(stdout).toBe("");
      expect(stderr).toMatch(
        /^Wrote 3 nodes and 3 edges to .*csv-out\/nodes\.csv and edges\.csv\n$/,
      );
      expect(existsSync(join(csvFolder, "nodes.csv"))).toBe(true);
      expect(readFileSync(join(csvFolder, "edges.csv"), "utf8")).toContain("china");
    },
    TIMEOUT,
  );

  it(
    "bad arguments: exit 2 and one line naming the problem and the choices, no stack trace",
    async () => {
      const { code, stdout, stderr } = await runs.badFormat;
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        'kg export: --format: unknown format "xml"; valid formats: json, gexf, graphml, csv\n',
      );
    },
    TIMEOUT,
  );

  it(
    "bin/kg.js runs the command without a build step",
    async () => {
      const { code, stdout } = await runs.binHelp;
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kg <command>/);
      expect(stdout).toContain("validate");
      expect(stdout).toContain("export");
    },
    TIMEOUT,
  );
});
