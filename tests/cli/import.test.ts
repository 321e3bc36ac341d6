// `kg import` converts other tools' graph files; a file it cannot read costs the user one line
// naming the file and the place, and exit code 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../fixture-path.ts";
import { runKg } from "./in-process.ts";

const folder = mkdtempSync(join(tmpdir(), "kg-import-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const kg = (...args: string[]) => runKg(folder, args);

describe("kg import", () => {
  it("converts Gephi's GEXF to graphology JSON on stdout, with notes about the mapping on stderr", async () => {
    const { code, stdout, stderr } = await kg("import", join(FIXTURES, "les-miserables.gexf"));
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.nodes).toHaveLength(77);
    expect(data.edges).toHaveLength(254);
    expect(data.options).toMatchObject({ type: "directed", multi: true });
    expect(stderr).toMatch(/^note: node kinds taken from `modularity_class`/m);
  });

  it("converts a CSV edge list and nodes file to GraphML in --out", async () => {
    writeFileSync(join(folder, "edges.csv"), "source,target,relation\r\nann,bob,knows\r\n");
    writeFileSync(join(folder, "nodes.csv"), "id,label\r\nann,Ann\r\nbob,Bob\r\n");
    const { code, stdout, stderr } = await kg(
      "import",
      "edges.csv",
      "nodes.csv",
      "--to",
      "graphml",
      "--out",
      "out/people.graphml",
    );
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr).toContain(
      "Converted edges.csv and nodes.csv (csv, 2 nodes, 1 edge) to out/people.graphml (graphml)",
    );
    const graph = parseGraphml(
      MultiDirectedGraph,
      readFileSync(join(folder, "out/people.graphml"), "utf8"),
    );
    expect(graph.getNodeAttribute("ann", "label")).toBe("Ann");
    expect(graph.getEdgeAttribute("ann~knows~bob", "relation")).toBe("knows");
  });

  it("reports a broken file in one line with its line number, exit 2", async () => {
    writeFileSync(join(folder, "broken.json"), '{\n  "nodes": [\n    {"key": "a"},\n  ]\n}');
    const { code, stdout, stderr } = await kg("import", "broken.json", "--to", "gexf");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(
      'broken.json:4:3: malformed JSON: a trailing comma before "]" Fix: correct the JSON at that place, or export the file again\n',
    );
  });

  it("reports a missing file and a bad --to in one line each, exit 2", async () => {
    expect(await kg("import", "nowhere.gexf")).toEqual({
      code: 2,
      stdout: "",
      stderr: "nowhere.gexf: no such file\n",
    });
    const badFormat = await kg("import", "edges.csv", "--to", "svg");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe(
      'kg import: --to: unknown format "svg"; valid formats: json, gexf, graphml, ttl, nt, jsonld\n',
    );
    expect((await kg("import")).stderr).toMatch(/^kg import: name the graph file to convert/);
  });

  it("refuses edges to unlisted nodes, and --add-missing-nodes creates them and says which", async () => {
    const file = JSON.stringify({
      nodes: [{ key: "a" }],
      edges: [{ key: "e", source: "a", target: "ghost" }],
    });
    writeFileSync(join(folder, "partial.json"), file);
    const refused = await kg("import", "partial.json");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/which is not a node key.*--add-missing-nodes/);
    const created = await kg("import", "partial.json", "--add-missing-nodes");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).nodes.map((node: { key: string }) => node.key)).toEqual([
      "a",
      "ghost",
    ]);
    expect(created.stderr).toMatch(
      /^note: created 1 node that edges name but the file does not list: "ghost"$/m,
    );
  });

  it("opens Gephi Lite's JSON and writes its colours and sizes into GEXF", async () => {
    const { code, stderr } = await kg(
      "import",
      join(FIXTURES, "les-miserables.gephi-lite.json"),
      "--to",
      "gexf",
      "--out",
      "gephi-lite.gexf",
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/\(gephi-lite, 77 nodes, 254 edges\)/);
    const written = readFileSync(join(folder, "gephi-lite.gexf"), "utf8");
    expect(written).toMatch(/<viz:color hex="#ca576b"\/>/);
    expect(written).toMatch(/<viz:size value="100"/);
  });

  it("is listed by kg help", async () => {
    expect((await kg("help")).stdout).toMatch(
      /\n {2}import +convert a JSON, GEXF, GraphML, CSV or RDF graph file/,
    );
  });
});
