// The streamed synthetic graphs bench:db loads at 1M / 5M: a GraphSource that gives keys in
// code point order (the loader's ids rely on it), the counts it announces, the same rows on
// every walk, unique edge keys, and degrees that match its edges.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../bench/generate-graph.ts";
import { generateStream, streamedToGraph } from "../../bench/generate-stream.ts";
import { edgeKey } from "../../src/model/edge-key.ts";
import { NODE_KINDS, RELATIONS } from "../../src/model/vocabulary.ts";
import { compareKeys } from "../../src/store/records.ts";

const sentences = splitSentences(
  "In March 1997, China formally proposed the new security concept at the ASEAN Regional Forum meeting. " +
    "The core of the concept is: mutual trust, mutual benefit, equality and coordination. " +
    "Major threats to world peace included not only local wars and conflicts but also terrorism.",
);
const small = () => generateStream({ nodes: 1200, edges: 6000, seed: 7, sentences });

describe("generateStream", () => {
  it("gives the announced nodes and edges, each in strictly increasing key order", () => {
    const source = small();
    const nodes = [...source.nodes()];
    const edges = [...source.edges()];
    expect(nodes).toHaveLength(1200);
    expect(edges).toHaveLength(6000);
    for (let i = 1; i < nodes.length; i++)
      expect(compareKeys(nodes[i - 1].key, nodes[i].key)).toBeLessThan(0);
    for (let i = 1; i < edges.length; i++)
      expect(compareKeys(edges[i - 1].key, edges[i].key)).toBeLessThan(0);
  });

  it("keys edges by their ends' keys and relation, with our attributes", () => {
    const source = small();
    const keys = [...source.nodes()].map((node) => node.key);
    for (const edge of source.edges()) {
      const relation = String(edge.attributes.relation);
      expect(RELATIONS).toContain(relation);
      expect(edge.key).toBe(edgeKey(keys[edge.source], relation, keys[edge.target]));
      expect(edge.source).not.toBe(edge.target);
      expect(edge.attributes.evidence?.length).toBeGreaterThan(0);
    }
    for (const node of source.nodes()) expect(NODE_KINDS).toContain(node.attributes.nodeKind);
  });

  it("walks the same rows every time, and another seed gives another graph", () => {
    const source = small();
    expect([...source.nodes()]).toEqual([...source.nodes()]);
    expect([...source.edges()]).toEqual([...small().edges()]);
    const other = generateStream({ nodes: 1200, edges: 6000, seed: 8, sentences });
    expect([...other.edges()].map((edge) => edge.key)).not.toEqual(
      [...source.edges()].map((edge) => edge.key),
    );
  });

  it("gives each node the degree its edges make, and builds the same graph in memory", () => {
    const source = small();
    const graph = streamedToGraph(source);
    expect(graph.order).toBe(1200);
    expect(graph.size).toBe(6000);
    for (const node of source.nodes())
      expect(node.degree).toBe(graph.inDegree(node.key) + graph.outDegree(node.key));
    const hub = Math.max(...[...source.nodes()].map((node) => node.degree));
    expect(hub).toBeGreaterThan(60); // preferential attachment makes hubs (mean degree is 10)
  });
});
