// A small graph whose shape the query tests can reason about by hand:
//
//   a --proposed--> b --reiterated--> c --addresses--> d        g --contrasts-with--> h
//   a --contrasts-with--> b           ^
//                 f --proposed--> e --reiterated--'
import { MultiDirectedGraph } from "graphology";
import { edgeKey } from "../../src/model/edge-key.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

export function queryFixture(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({
    title: "Query fixture",
    sources: [{ id: "essay", title: "The essay", path: "essay.txt" }],
  });
  const node = (key: string, nodeKind: string, label: string, aliases: string[] = []) =>
    graph.addNode(key, { label, nodeKind, description: `About ${label}.`, aliases });
  node("a", "actor", "Côte d’Ivoire", ["Ivory Coast"]);
  node("b", "principle", "Mutual trust");
  node("c", "principle", "Common security");
  node("d", "threat", "Terrorism");
  node("e", "document", "White paper", ["Defence white paper"]);
  node("f", "actor", "China", ["PRC"]);
  node("g", "actor", "Delegation", ["The delegation"]);
  node("h", "actor", "Another delegation", ["The delegation"]);
  const edge = (source: string, relation: string, target: string) =>
    graph.addDirectedEdgeWithKey(edgeKey(source, relation, target), source, target, {
      relation,
      evidence: [{ quote: `${source} ${relation} ${target}`, source: "essay" }],
    });
  edge("a", "proposed", "b");
  edge("a", "contrasts-with", "b");
  edge("b", "reiterated", "c");
  edge("c", "addresses", "d");
  edge("e", "reiterated", "c");
  edge("f", "proposed", "e");
  edge("g", "contrasts-with", "h");
  return graph;
}
