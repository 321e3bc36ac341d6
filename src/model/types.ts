// The public data contract: the curated file's shape and the graphology attributes every
// part of the app (loader, queries, formats, explorer) reads and writes.
import type { MultiDirectedGraph } from "graphology";

/** A source document the evidence is quoted from. */
export interface SourceDocument {
  /** Stable id, kebab-case; each evidence item names it in `source`. */
  id: string;
  title: string;
  /** Path of the text, relative to the curated file. */
  path: string;
}

/**
 * One piece of evidence: a quote, verbatim, and the id of the document (an entry of the graph's
 * `sources`) it is quoted from. An edge holds a list of them, so several documents can back it.
 */
export interface EvidenceItem {
  quote: string;
  /** A source document id; "" when an imported file does not say which document. */
  source: string;
}

export interface CuratedNode {
  key: string;
  label: string;
  nodeKind: string;
  description: string;
  aliases?: string[];
  /** ISO 8601 year, month or day: "1997", "1997-03", "2002-07-31". */
  date?: string;
}

export interface CuratedEdge {
  source: string;
  target: string;
  relation: string;
  /** Verbatim quotes that state the relation, each with the document it is quoted from. */
  evidence: EvidenceItem[];
  date?: string;
}

export interface CuratedFile {
  $schema?: string;
  title: string;
  sources: SourceDocument[];
  nodes: CuratedNode[];
  edges: CuratedEdge[];
}

/** Node attributes in the graph: the contract every export keeps. */
export interface NodeAttributes {
  label: string;
  nodeKind: string;
  description?: string;
  aliases?: string[];
  date?: string;
  x?: number;
  y?: number;
  /** Display hints, kept when a graph comes from Gephi and written to GEXF. */
  size?: number;
  color?: string;
  // Imported graphs may carry any other attribute.
  [attribute: string]: unknown;
}

export interface EdgeAttributes {
  relation: string;
  evidence: EvidenceItem[];
  date?: string;
  [attribute: string]: unknown;
}

export interface GraphAttributes {
  title?: string;
  sources?: SourceDocument[];
  [attribute: string]: unknown;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
