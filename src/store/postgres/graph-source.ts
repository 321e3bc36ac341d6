// What `kg db load` reads a graph from: its nodes and edges as two sequences in key order that
// can be walked more than once (nodes for the node, name and word tables; edges for the edge and
// evidence tables). A graphology graph is one such source; a generator that makes rows on the fly
// is another, so a graph far bigger than the loader's memory can be streamed into PostgreSQL.
import type {
  EdgeAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SourceDocument,
} from "../../model/types.ts";
import { compareKeys } from "../records.ts";

export interface SourceNode {
  key: string;
  attributes: NodeAttributes;
  /** In-degree plus out-degree, stored for hubs. */
  degree: number;
}

export interface SourceEdge {
  key: string;
  /** Positions of its ends in `nodes()` (which are the nodes' ids). */
  source: number;
  target: number;
  attributes: EdgeAttributes;
}

export interface GraphSource {
  title: string;
  sources: SourceDocument[];
  /** How many nodes and edges the sequences hold (for progress, and checked against them). */
  order: number;
  size: number;
  /** Nodes in key order (compareKeys); the same sequence on every call. */
  nodes(): Iterable<SourceNode>;
  /** Edges in key order; the same sequence on every call. */
  edges(): Iterable<SourceEdge>;
}

/** A graphology graph as a GraphSource: its keys sorted once, attributes read as walked. */
export function graphSource(graph: KnowledgeGraph): GraphSource {
  const nodeKeys = graph.nodes().sort(compareKeys);
  const edgeKeys = graph.edges().sort(compareKeys);
  const idOf = new Map<string, number>();
  nodeKeys.forEach((key, id) => {
    idOf.set(key, id);
  });
  const attributes = graph.getAttributes();
  return {
    title: typeof attributes.title === "string" ? attributes.title : "",
    sources: Array.isArray(attributes.sources) ? (attributes.sources as SourceDocument[]) : [],
    order: graph.order,
    size: graph.size,
    *nodes() {
      for (const key of nodeKeys) {
        const degree = graph.inDegree(key) + graph.outDegree(key);
        yield { key, attributes: graph.getNodeAttributes(key), degree };
      }
    },
    *edges() {
      for (const key of edgeKeys) {
        yield {
          key,
          source: idOf.get(graph.source(key)) ?? -1,
          target: idOf.get(graph.target(key)) ?? -1,
          attributes: graph.getEdgeAttributes(key),
        };
      }
    },
  };
}
