// The `kg` command in-process: the same entry point as the binary, with stdout and stderr
// captured, for the many argument cases that would be slow as separate processes.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { curatedFixture } from "../model/curated-fixture.ts";
import { runKg } from "./in-process.ts";
import { writeTempGraph } from "./temp-graph.ts";

const graph = writeTempGraph();
afterAll(() => rmSync(graph.folder, { recursive: true, force: true }));

const kg = (...args: string[]) => runKg(graph.folder, args);

/** Keys of the nodes and edges `kg export --format json …` writes for the fixture. */
async function exported(...args: string[]) {
  const { code, stdout, stderr } = await kg("export", "--format", "json", ...args, "test.kg.json");
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  const data = JSON.parse(stdout) as { nodes: { key: string }[]; edges: { key: string }[] };
  return {
    nodes: data.nodes.map((node) => node.key),
    edges: data.edges.map((edge) => edge.key),
  };
}

describe("kg help", () => {
  it("lists the commands for kg help, kg --help and kg -h", async () => {
    for (const args of [["help"], ["--help"], ["-h"]]) {
      const { code, stdout } = await kg(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kg <command>/);
      expect(stdout).toMatch(/\n {2}validate +check the built-in graph/);
    }
  });

  it("shows a command's options for kg help export and kg export --help", async () => {
    for (const args of [
      ["help", "export"],
      ["export", "--help"],
    ]) {
      const { code, stdout } = await kg(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kg export --format json\|gexf\|graphml\|csv/);
    }
  });

  it("without a command, prints the usage on stderr and exits 2", async () => {
    const { code, stdout, stderr } = await kg();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage: kg <command>/);
  });
});

describe("bad arguments: one line naming the problem and the choices, exit 2", () => {
  it.each([
    [
      ["valdate"],
      /^kg: unknown command "valdate" \(did you mean "validate"\?\); commands: validate, stats, export/,
    ],
    [
      ["export"],
      /^kg export: --format is required; valid formats: json, gexf, graphml, csv, ttl, nt, jsonld$/,
    ],
    [["export", "--format"], /^kg export: --format needs a value, as in --format VALUE$/],
    [
      ["export", "--frmat", "json"],
      /^kg export: unknown option --frmat \(did you mean "--format"\?\); options: --format, --focus, --depth, --kinds, --relations, --evidence, --out$/,
    ],
    [
      ["export", "--format", "json", "--focus", "chinaa", "test.kg.json"],
      /^kg export: --focus: no node has the key, label or alias "chinaa" \(did you mean "china" \(China\)\?\)$/,
    ],
    [
      ["export", "--format", "json", "--focus", "china", "--depth", "-1"],
      /^kg export: --depth must be a whole number 0 or more, not "-1"$/,
    ],
    [
      ["export", "--format", "json", "--focus", "china", "--depth", "1.5"],
      /^kg export: --depth must be a whole number 0 or more, not "1.5"$/,
    ],
    [
      ["export", "--format", "json", "--depth", "2"],
      /^kg export: --depth counts hops from a node: give that node with --focus KEY\|LABEL$/,
    ],
    [
      ["export", "--format", "json", "--kinds", "actor,thret", "test.kg.json"],
      /^kg export: --kinds: unknown kind "thret" \(did you mean "threat"\?\); valid kinds: actor, document, principle, threat$/,
    ],
    [
      ["export", "--format", "json", "--relations", "opposes", "test.kg.json"],
      /^kg export: --relations: unknown relation "opposes"; valid relations: proposed, reiterated, addresses, contrasts-with/,
    ],
    [
      ["export", "--format", "csv"],
      /^kg export: --format csv writes nodes.csv and edges.csv: name their folder with --out PATH$/,
    ],
    [
      ["export", "--format", "json", "--focus", "china", "--kinds", "principle", "test.kg.json"],
      /^kg export: --focus "china" is of kind actor, which --kinds leaves out; add actor to --kinds$/,
    ],
    [
      ["validate", "a.json", "b.json"],
      /^kg validate: unexpected argument "b.json": expected at most FILE$/,
    ],
  ])("kg %j", async (args, expected) => {
    const { code, stdout, stderr } = await kg(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(2); // one line and its newline
    expect(stderr.trimEnd()).toMatch(expected);
  });
});

describe("kg validate", () => {
  it("names a missing file", async () => {
    const { code, stderr } = await kg("validate", "missing.kg.json");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "missing.kg.json: cannot be read: no such file\n  fix: Check the path; a relative path is relative to the current directory.\n1 problem in missing.kg.json.\n",
    );
  });

  it("points at the line and column of a JSON syntax error", async () => {
    writeFileSync(join(graph.folder, "syntax.kg.json"), '{\n  "title": "x",\n}\n');
    const { code, stderr } = await kg("validate", "syntax.kg.json");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      'syntax.kg.json: line 3, column 1 is not valid JSON: a trailing comma before "}"',
    );
  });
});

describe("kg stats", () => {
  it("prints counts, the most connected nodes and the components", async () => {
    const { code, stdout } = await kg("stats", "test.kg.json");
    expect(code).toBe(0);
    expect(stdout).toContain("3 nodes, 3 edges");
    expect(stdout).toMatch(/Nodes by kind:\n {2}actor +2\n {2}principle +1\n/);
    expect(stdout).toMatch(/Edges by relation:\n {2}contrasts-with +1\n/);
    expect(stdout).toMatch(/ 1\. +new-security-concept +3 +New security concept\n/);
    expect(stdout).toContain("Connected components: 1 ");
  });

  it("refuses an invalid graph, listing its problems", async () => {
    const broken = curatedFixture();
    broken.nodes[0].nodeKind = "state";
    writeFileSync(join(graph.folder, "broken.kg.json"), JSON.stringify(broken));
    const { code, stdout, stderr } = await kg("stats", "broken.kg.json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^broken\.kg\.json: nodes\[0\]\.nodeKind "state" is not a node kind/);
  });
});

describe("kg export", () => {
  it("exports the neighbourhood of --focus, depth 1 by default", async () => {
    expect((await exported("--focus", "china")).nodes).toEqual(["china", "new-security-concept"]);
    expect((await exported("--focus", "china", "--depth", "0")).nodes).toEqual(["china"]);
    expect((await exported("--focus", "China", "--depth", "2")).nodes).toEqual([
      "china",
      "new-security-concept",
      "asean-regional-forum",
    ]);
  });

  it("keeps only the kinds and relations listed", async () => {
    expect(await exported("--kinds", "principle,actor", "--relations", "proposed")).toEqual({
      nodes: ["china", "new-security-concept", "asean-regional-forum"],
      edges: ["china~proposed~new-security-concept"],
    });
    expect(await exported("--kinds", "principle")).toEqual({
      nodes: ["new-security-concept"],
      edges: [],
    });
    // Without contrasts-with, the forum is out of reach of the focus.
    expect(
      (await exported("--focus", "china", "--depth", "3", "--relations", "proposed,reiterated"))
        .nodes,
    ).toEqual(["china", "new-security-concept"]);
  });

  it("writes --out FILE, creating its folder, and confirms on stderr only", async () => {
    const { code, stdout, stderr } = await kg(
      "export",
      "--format",
      "gexf",
      "--out",
      "exports/graph.gexf",
      "test.kg.json",
    );
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe("Wrote 3 nodes and 3 edges to exports/graph.gexf (gexf)\n");
    expect(readFileSync(join(graph.folder, "exports/graph.gexf"), "utf8")).toContain("<gexf");
  });

  it("refuses to write csv into a path that is a file", async () => {
    const { code, stderr } = await kg(
      "export",
      "--format",
      "csv",
      "--out",
      "test.kg.json",
      "test.kg.json",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out "test.kg.json" is a file; csv needs a folder/);
    expect(existsSync(join(graph.folder, "test.kg.json", "nodes.csv"))).toBe(false);
  });
});
