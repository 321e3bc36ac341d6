import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import {
  codeFlags,
  indexGraph,
  nodeSetBuilder,
  walkNeighbourhood,
} from "../../src/query/indexed-graph.ts";
import { neighbourhood } from "../../src/query/neighbourhood.ts";

const KINDS = ["actor", "principle", "threat"];
const RELATIONS = ["proposed", "addresses", "part-of"];

function randomGraph(nodes: number, edges: [number, number, number][]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`n${i}`, { label: `n${i}`, nodeKind: KINDS[i % KINDS.length] });
  }
  for (const [from, to, relation] of edges) {
    const key = `n${from % nodes}~${RELATIONS[relation]}~n${to % nodes}`;
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, `n${from % nodes}`, `n${to % nodes}`, {
      relation: RELATIONS[relation],
      evidence: [{ quote: "x", source: "" }],
    });
  }
  return graph;
}

const graphs = fc.integer({ min: 1, max: 30 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(
      fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1), fc.integer({ min: 0, max: 2 })),
      { maxLength: 80 },
    ),
    start: fc.nat(nodes - 1),
    depth: fc.integer({ min: 0, max: 4 }),
    hiddenKinds: fc.subarray(KINDS),
    hiddenRelations: fc.subarray(RELATIONS),
  }),
);

describe("indexed graph", () => {
  it("numbers items in graph order and lists each edge in both ends' rows and its source's", () => {
    const graph = randomGraph(4, [
      [0, 1, 0],
      [1, 2, 1],
      [2, 2, 2],
    ]);
    const indexed = indexGraph(graph);
    expect(indexed.nodeKeys).toEqual(graph.nodes());
    expect(indexed.edgeKeys).toEqual(graph.edges());
    const row = (starts: Uint32Array, edges: Uint32Array, node: number) =>
      [...edges.subarray(starts[node], starts[node + 1])].map((edge) => indexed.edgeKeys[edge]);
    expect(row(indexed.adjacencyStart, indexed.adjacencyEdge, 1)).toEqual([
      "n0~proposed~n1",
      "n1~addresses~n2",
    ]);
    // A self-loop appears once in its node's row.
    expect(row(indexed.adjacencyStart, indexed.adjacencyEdge, 2)).toEqual([
      "n1~addresses~n2",
      "n2~part-of~n2",
    ]);
    expect(row(indexed.outStart, indexed.outEdge, 1)).toEqual(["n1~addresses~n2"]);
    expect(indexed.kinds[indexed.nodeKind[1]]).toBe("principle");
    expect(indexed.relations[indexed.edgeRelation[1]]).toBe("addresses");
  });

  it("walks the same neighbourhood as neighbourhood() for any graph, depth and filters", () => {
    fc.assert(
      fc.property(graphs, ({ nodes, edges, start, depth, hiddenKinds, hiddenRelations }) => {
        const graph = randomGraph(nodes, edges);
        const indexed = indexGraph(graph);
        const walked = walkNeighbourhood(indexed, start, depth, {
          hiddenKinds: codeFlags(indexed.kinds, hiddenKinds),
          hiddenRelations: codeFlags(indexed.relations, hiddenRelations),
        });
        const expected = neighbourhood(graph, `n${start}`, depth, { hiddenKinds, hiddenRelations });
        expect([...walked].sort()).toEqual([...expected].sort());
        expect(walked.size).toBe(expected.size);
        for (const key of graph.nodes()) expect(walked.has(key)).toBe(expected.has(key));
      }),
      { numRuns: 300 },
    );
  });
});

describe("key sets", () => {
  it("hold each member once, in the order added, and answer like a Set", () => {
    const indexed = indexGraph(randomGraph(3000, []));
    const builder = nodeSetBuilder(indexed);
    for (const index of [5, 2, 5, 2999, 0, 1500]) builder.add(index);
    for (let index = 100; index < 2100; index++) builder.add(index);
    const set = builder.build();
    expect(set.size).toBe(2004); // 1500 was already in
    expect([...set].slice(0, 5)).toEqual(["n5", "n2", "n2999", "n0", "n1500"]);
    expect(set.has("n150")).toBe(true);
    expect(set.has("n3")).toBe(false);
    expect(set.has("nowhere")).toBe(false);
    const visited: string[] = [];
    set.forEach((key) => {
      visited.push(key);
    });
    expect(visited).toEqual([...set.keys()]);
    expect([...set.entries()][0]).toEqual(["n5", "n5"]);
  });

  it("with(): a new set holding more keys, the original untouched", () => {
    const indexed = indexGraph(randomGraph(50, []));
    const builder = nodeSetBuilder(indexed);
    for (const index of [3, 1]) builder.add(index);
    const set = builder.build();
    const more = set.with(["n1", "n7", "nowhere", "n7", "n9"]);
    expect([...more]).toEqual(["n3", "n1", "n7", "n9"]);
    expect(more.has("n7")).toBe(true);
    expect([...set]).toEqual(["n3", "n1"]);
    expect(set.has("n7")).toBe(false);
  });
});
