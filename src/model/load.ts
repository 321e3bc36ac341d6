// Turns a validated curated file (evidence already in the { quote, source } shape: validation
// upgrades older files) into the graphology MultiDirectedGraph the rest of the app
// works on. Pure: the caller reads the files (fs in the CLI, bundled imports in the app).
import { MultiDirectedGraph } from "graphology";
import { edgeKey } from "./edge-key.ts";
import type { CuratedFile, EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./types.ts";

export function buildGraph(file: CuratedFile): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({ title: file.title, sources: file.sources });
  for (const node of file.nodes) {
    const attributes: NodeAttributes = {
      label: node.label,
      nodeKind: node.nodeKind,
      description: node.description,
      aliases: node.aliases ?? [],
    };
    if (node.date) attributes.date = node.date;
    graph.addNode(node.key, attributes);
  }
  for (const edge of file.edges) {
    const attributes: EdgeAttributes = {
      relation: edge.relation,
      evidence: edge.evidence.map(({ quote, source }) => ({ quote, source })),
    };
    if (edge.date) attributes.date = edge.date;
    graph.addDirectedEdgeWithKey(
      edgeKey(edge.source, edge.relation, edge.target),
      edge.source,
      edge.target,
      attributes,
    );
  }
  return graph;
}
