// The drawn part of a remote graph grows as the user explores: each answer of the server (a
// neighbourhood, the nodes of a path) is merged into a copy of what is drawn, and only the
// newcomers get a place (next to their neighbours), so nothing already drawn moves.
import { MultiDirectedGraph } from "graphology";
import { placeNewcomers } from "../layout/place-newcomers.ts";
import { assignPositions } from "../layout/positions.ts";
import type {
  EdgeAttributes,
  EvidenceItem,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SourceDocument,
} from "../model/types.ts";
import type { StoreEdge, StoreNode, StorePath } from "../store/graph-store.ts";

/** Nodes and edges of an answer, in graphology's export shape. */
export interface GraphPart {
  nodes: readonly StoreNode[];
  edges: readonly StoreEdge[];
}

export interface MergeResult {
  graph: KnowledgeGraph;
  /** Keys of the nodes that were not drawn before. */
  addedNodes: string[];
  addedEdges: number;
}

/** An empty drawing that carries the remote graph's title and source documents. */
export function emptyRemoteGraph(
  title: string,
  sources: readonly SourceDocument[] = [],
): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({ title, sources: [...sources] });
  return graph;
}

/** The server's attributes without a position: where a node goes is this drawing's business. */
function withoutPosition(attributes: NodeAttributes): NodeAttributes {
  const { x: _x, y: _y, fixed: _fixed, ...rest } = attributes;
  return rest as NodeAttributes;
}

/**
 * `graph` plus what `part` holds that it lacks, as a new graph (the old one is left as it was, so
 * a dataset that still shows it is not changed under its feet). Edges whose ends are not in the
 * result are skipped; an edge drawn from a path step (relation and evidence only) gets the rest
 * of its attributes when a neighbourhood brings it again.
 */
export function mergeGraphPart(graph: KnowledgeGraph, part: GraphPart): MergeResult {
  const merged = graph.copy() as KnowledgeGraph;
  const addedNodes: string[] = [];
  for (const { key, attributes } of part.nodes) {
    if (merged.hasNode(key)) continue;
    merged.addNode(key, withoutPosition(attributes));
    addedNodes.push(key);
  }
  let addedEdges = 0;
  for (const edge of part.edges) {
    if (merged.hasEdge(edge.key)) {
      merged.mergeEdgeAttributes(edge.key, edge.attributes);
      continue;
    }
    if (!merged.hasNode(edge.source) || !merged.hasNode(edge.target)) continue;
    merged.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
    addedEdges++;
  }
  if (addedNodes.length > 0) assignPositions(merged, placeNewcomers(merged, addedNodes));
  return { graph: merged, addedNodes, addedEdges };
}

/** A step's evidence as the contract's items (a bare quote names no document). */
function evidenceItems(evidence: readonly (string | EvidenceItem)[]): EvidenceItem[] {
  return evidence.map((item) => (typeof item === "string" ? { quote: item, source: "" } : item));
}

/** The edges a path answer walks, in graphology's export shape. */
export function pathEdges(paths: readonly StorePath[]): StoreEdge[] {
  const edges = new Map<string, StoreEdge>();
  for (const path of paths) {
    for (const { edge, source, target, relation, evidence } of path.steps) {
      if (edges.has(edge)) continue;
      const attributes = { relation, evidence: evidenceItems(evidence) };
      edges.set(edge, { key: edge, source, target, attributes });
    }
  }
  return [...edges.values()];
}

/** Every node a path answer goes through, in order of first appearance. */
export function pathNodeKeys(paths: readonly StorePath[]): string[] {
  return [...new Set(paths.flatMap((path) => path.nodes))];
}
