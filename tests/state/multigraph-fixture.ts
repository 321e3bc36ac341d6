// A small multigraph for the state modules' property tests (hover-light, spotlights): nodes of
// three kinds, edges of three relations given as [from, to, relation] numbers, self-loops and
// parallel edges of different relations kept, repeats of one key dropped.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

export const KINDS = ["actor", "principle", "threat"];
export const RELATIONS = ["proposed", "addresses", "part-of"];

export function graphOf(nodes: number, edges: [number, number, number][]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`n${i}`, { label: `n${i}`, nodeKind: KINDS[i % KINDS.length] });
  }
  for (const [from, to, relation] of edges) {
    const key = `n${from}~${RELATIONS[relation]}~n${to}`;
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, `n${from}`, `n${to}`, {
      relation: RELATIONS[relation],
      evidence: [],
    });
  }
  return graph;
}
