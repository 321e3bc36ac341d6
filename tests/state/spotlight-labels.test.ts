import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { indexGraph } from "../../src/query/indexed-graph.ts";
import { mostLinkedLabels } from "../../src/state/spotlight-labels.ts";

function graphOf(nodes: number, edges: [number, number][]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, { label: `n${i}`, nodeKind: "actor" });
  for (const [from, to] of edges) {
    graph.addDirectedEdge(`n${from}`, `n${to}`, { relation: "r", evidence: [] });
  }
  return graph;
}

const cases = fc.integer({ min: 1, max: 25 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1)), { maxLength: 80 }),
    members: fc.uniqueArray(fc.nat(nodes - 1), { minLength: 1 }),
    centre: fc.option(fc.nat(nodes - 1)),
    limit: fc.integer({ min: 0, max: 30 }),
  }),
);

describe("mostLinkedLabels", () => {
  it("takes the centre, then the most linked members, most linked first, `limit` in all", () => {
    fc.assert(
      fc.property(cases, ({ nodes, edges, members, centre, limit }) => {
        const graph = graphOf(nodes, edges);
        const keys = new Set(members.map((member) => `n${member}`));
        const centreKey = centre === null ? null : `n${centre}`;
        const labels = [...mostLinkedLabels(indexGraph(graph), keys, centreKey, limit)];
        // The reference: by degree (a self-loop counts once), ties by graph order.
        const degree = (key: string) => new Set(graph.edges(key)).size;
        const others = [...keys]
          .filter((key) => key !== centreKey)
          .sort((a, b) => degree(b) - degree(a) || Number(a.slice(1)) - Number(b.slice(1)));
        const head = centreKey === null ? [] : [centreKey];
        const want = [...head, ...others].slice(0, Math.max(limit, head.length));
        expect(labels).toEqual(want);
      }),
    );
  });
});
