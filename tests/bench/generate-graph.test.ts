// The synthetic graphs the benchmark measures: our file format, deterministic, scale-free.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { afterAll, describe, expect, it } from "vitest";
import { generateGraph, splitSentences } from "../../bench/generate-graph.ts";
import { ensureGraphFile, writeGraphFile } from "../../bench/graph-file.ts";
import { edgeKey } from "../../src/model/edge-key.ts";
import { NODE_KINDS, RELATIONS } from "../../src/model/vocabulary.ts";

const sentences = splitSentences(
  "In March 1997, China formally proposed the new security concept at the ASEAN Regional Forum meeting. " +
    "The core of the concept is: mutual trust, mutual benefit, equality and coordination. " +
    "Major threats to world peace included not only local wars and conflicts but also terrorism.",
);
const small = () => generateGraph({ nodes: 1000, edges: 5000, seed: 7, sentences });

describe("generateGraph", () => {
  it("has exactly the requested nodes and edges, and imports into a MultiDirectedGraph", () => {
    const data = small();
    const graph = new MultiDirectedGraph().import(data);
    expect(graph.order).toBe(1000);
    expect(graph.size).toBe(5000);
    expect(graph.export()).toEqual(data);
  });

  it("gives the same graph for the same seed and another for another seed", () => {
    expect(small()).toEqual(small());
    const other = generateGraph({ nodes: 1000, edges: 5000, seed: 8, sentences });
    expect(other.edges.map((edge) => edge.key)).not.toEqual(small().edges.map((edge) => edge.key));
  });

  it("keys every edge source~relation~target and carries our attributes", () => {
    const { nodes, edges } = small();
    for (const node of nodes) {
      expect(typeof node.attributes?.label).toBe("string");
      expect(NODE_KINDS).toContain(node.attributes?.nodeKind);
      expect(sentences).toContain(node.attributes?.description);
      expect(Array.isArray(node.attributes?.aliases)).toBe(true);
      if (node.attributes?.date !== undefined)
        expect(node.attributes.date).toMatch(/^\d{4}(-\d\d)?$/);
      expect(node.attributes).not.toHaveProperty("type");
    }
    for (const edge of edges) {
      const relation = edge.attributes?.relation ?? "";
      expect(RELATIONS).toContain(relation);
      expect(edge.key).toBe(edgeKey(edge.source, relation, edge.target));
      expect(edge.attributes?.evidence.length).toBeGreaterThan(0);
      for (const { quote } of edge.attributes?.evidence ?? []) expect(sentences).toContain(quote);
    }
  });

  it("uses all four node kinds and all four relations", () => {
    const { nodes, edges } = small();
    expect(new Set(nodes.map((node) => node.attributes?.nodeKind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(edges.map((edge) => edge.attributes?.relation))).toEqual(new Set(RELATIONS));
  });

  it("has scale-free degrees: a few hubs far above the mean, most nodes near it", () => {
    const graph = new MultiDirectedGraph().import(
      generateGraph({ nodes: 10_000, edges: 50_000, seed: 1, sentences }),
    );
    const degrees = graph.mapNodes((node) => graph.degree(node)).sort((a, b) => b - a);
    const mean = (2 * graph.size) / graph.order;
    expect(degrees[0]).toBeGreaterThan(20 * mean);
    const topPercent = degrees.slice(0, 100).reduce((sum, degree) => sum + degree, 0);
    expect(topPercent / (2 * graph.size)).toBeGreaterThan(0.08);
    expect(degrees[degrees.length / 2]).toBeLessThanOrEqual(mean);
  });

  it("still places every edge in a small dense graph", () => {
    const graph = new MultiDirectedGraph().import(
      generateGraph({ nodes: 5, edges: 5 * 4 * RELATIONS.length - 3, seed: 3, sentences }),
    );
    expect(graph.size).toBe(5 * 4 * RELATIONS.length - 3);
  });

  it("rejects more edges than unique keys allow, saying how many fit", () => {
    const fits = 3 * 2 * RELATIONS.length;
    expect(() => generateGraph({ nodes: 3, edges: fits + 1, seed: 1, sentences })).toThrow(
      `between 0 and ${fits} for 3 nodes`,
    );
  });
});

describe("graph files", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes exactly the JSON of the graph", async () => {
    const data = small();
    const path = join(dir, "written.json");
    await writeGraphFile(path, data);
    expect(readFileSync(path, "utf8")).toBe(JSON.stringify(data));
  });

  it("generates a missing file once and reuses it afterwards", async () => {
    const size = { label: "100", nodes: 100, edges: 500 };
    const logged: string[] = [];
    const options = { dataDir: dir, seed: 5, sentences, log: (line: string) => logged.push(line) };
    const path = await ensureGraphFile(size, options);
    expect(JSON.parse(readFileSync(path, "utf8")).edges).toHaveLength(500);
    expect(await ensureGraphFile(size, options)).toBe(path);
    expect(logged).toHaveLength(1);
  });
});
