// A small graph shaped like the built-in one, for the state tests.
import { MultiDirectedGraph } from "graphology";
import { edgeKey } from "../../src/model/edge-key.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

export function securityGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({
    title: "Fixture",
    sources: [{ id: "nsc", title: "New security concept", path: "nsc.txt" }],
  });
  const node = (key: string, nodeKind: string, aliases: string[] = []) =>
    graph.addNode(key, { label: key.replace(/-/g, " "), nodeKind, aliases });
  const edge = (source: string, relation: string, target: string) =>
    graph.addDirectedEdgeWithKey(edgeKey(source, relation, target), source, target, {
      relation,
      evidence: [{ quote: `${source} ${relation} ${target}.`, source: "nsc" }],
    });
  node("china", "actor", ["PRC"]);
  node("undp", "actor", ["UNDP"]);
  node("new-security-concept", "principle");
  node("human-security", "principle");
  node("human-development-report", "document");
  node("position-paper", "document");
  node("international-terrorism", "threat");
  node("drug-smuggling", "threat");
  node("island", "principle");
  edge("china", "proposed", "new-security-concept");
  edge("china", "reiterated", "new-security-concept");
  edge("position-paper", "reiterated", "new-security-concept");
  edge("new-security-concept", "addresses", "international-terrorism");
  edge("new-security-concept", "addresses", "drug-smuggling");
  edge("undp", "proposed", "human-security");
  edge("human-development-report", "proposed", "human-security");
  edge("undp", "issued", "human-development-report");
  edge("human-security", "contrasts-with", "new-security-concept");
  return graph;
}
