// One way to ask a graph questions, whoever holds it: the in-memory store (the built-in graph, a
// file) and the PostgreSQL store (graphs bigger than a browser) answer the same calls with the
// same answers, order included, so `kg serve` and the explorer's remote mode never care which.
// Every order below is defined exactly (keys compare by Unicode code point, as PostgreSQL's "C"
// collation does), because a contract test checks both stores give identical answers.
import type {
  EdgeAttributes,
  EvidenceItem,
  NodeAttributes,
  SourceDocument,
} from "../model/types.ts";

/** Deepest neighbourhood a store walks. */
export const MAX_DEPTH = 6;
/** Default cap on the nodes of one neighbourhood. */
export const DEFAULT_NODE_LIMIT = 5000;
/** Most paths one question may ask for. */
export const MAX_PATHS = 10;

export interface StoreInfo {
  title: string;
  sources: SourceDocument[];
  nodes: number;
  edges: number;
  /** Node count by kind, most frequent first, ties by name (code point order). */
  kinds: Record<string, number>;
  /** Edge count by relation, in the same order. */
  relations: Record<string, number>;
}

/** One search result: what a suggestion list shows. */
export interface StoreSearchHit {
  key: string;
  label: string;
  nodeKind: string;
}

/** A node in graphology's export shape; attributes keep the contract (label, nodeKind, …). */
export interface StoreNode {
  key: string;
  attributes: NodeAttributes;
}

/** An edge in graphology's export shape, evidence included. */
export interface StoreEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface Filters {
  /** Nodes of these kinds are neither returned nor walked through. */
  hiddenKinds?: readonly string[];
  /** Edges of these relations are neither returned nor followed. */
  hiddenRelations?: readonly string[];
}

export interface NeighbourhoodOptions extends Filters {
  /** Most nodes returned (the focus included); default DEFAULT_NODE_LIMIT. */
  limit?: number;
  /**
   * false: edges come without their `evidence` attribute, everything else the same. Quotes are
   * most of a big neighbourhood's bytes (and of its cost to read); a client that shows them one
   * edge at a time can ask for that edge's neighbourhood part again, or its path step. Default true.
   */
  evidence?: boolean;
}

/** An edge as a neighbourhood asked with `evidence: false` gives it. */
export function withoutEvidence(edge: StoreEdge): StoreEdge {
  if (!("evidence" in edge.attributes)) return edge;
  const { evidence: _evidence, ...attributes } = edge.attributes;
  // As for a stored edge that never had evidence: readers treat a missing list as none.
  return { ...edge, attributes: attributes as EdgeAttributes };
}

/**
 * The nodes around a focus and the edges between them. The walk goes one depth at a time over
 * edges in both directions; each depth's newcomers join in key order. When a depth would take
 * the count past `limit`, only its first newcomers (by key) join up to the limit and the walk
 * stops there: `truncated` then says how many are shown and how many that depth and the ones
 * before it hold (deeper nodes are not counted), and at which depth it was cut.
 * Nodes come in walk order (depth, then key); edges by key.
 */
export interface NeighbourhoodResult {
  nodes: StoreNode[];
  edges: StoreEdge[];
  truncated?: { shown: number; total: number; depth: number };
}

export interface PathQuery extends Filters {
  /** How many paths at most (default 3, at most MAX_PATHS). */
  max?: number;
  /** Longest path accepted, in steps. */
  maxLength?: number;
}

/** One step of a path, as `kg path --format json` writes it, plus the edge itself. */
export interface StorePathStep {
  edge: string;
  /** The edge's own ends. */
  source: string;
  target: string;
  /** The ends in walking order. */
  from: string;
  to: string;
  relation: string;
  /** True when the edge points the way the path walks. */
  forward: boolean;
  evidence: EvidenceItem[];
}

export interface StorePath {
  /** From the start to the end, both included. */
  nodes: string[];
  steps: StorePathStep[];
}

/** A node ranked by degree (edges in and out, a self-loop counting twice). */
export interface StoreHub {
  key: string;
  label: string;
  nodeKind: string;
  degree: number;
}

/** What a streamed export covers: everything, or a neighbourhood (with its own cap). */
export type ExportScope =
  | { kind: "all" }
  | ({ kind: "neighbourhood"; focus: string; depth: number } & NeighbourhoodOptions);

export type ExportItem = { type: "node"; node: StoreNode } | { type: "edge"; edge: StoreEdge };

export interface GraphStore {
  info(): Promise<StoreInfo>;
  /**
   * Nodes whose label or an alias has, for every word of `text`, a word starting with it
   * (accents, case and punctuation ignored; see search-text.ts). Best first: exact name, then
   * name starting with the text, then any word match, a label before an alias at each level;
   * then fewer label words; then key. At most `limit` hits; no word, no hit.
   */
  search(text: string, limit: number): Promise<StoreSearchHit[]>;
  /** The nodes of these keys that exist, in the order asked, each once. */
  nodes(keys: readonly string[]): Promise<StoreNode[]>;
  /** null when `focus` is not a node; empty when its kind is hidden. Depth 0..MAX_DEPTH. */
  neighbourhood(
    focus: string,
    depth: number,
    options?: NeighbourhoodOptions,
  ): Promise<NeighbourhoodResult | null>;
  /**
   * The same chains and ties as `kg path` (src/query/paths.ts): shortest first, then by node
   * keys, then edge keys. null when an end is not a node.
   */
  paths(from: string, to: string, query?: PathQuery): Promise<StorePath[] | null>;
  /** The `limit` nodes of highest degree; equal degrees by key. */
  hubs(limit: number): Promise<StoreHub[]>;
  /** The text of a source document (one of info().sources), for the reading pane; null if none. */
  sourceText(id: string): Promise<string | null>;
  /**
   * Every node of the scope (in key order for "all", walk order for a neighbourhood), then its
   * edges by key, without holding the whole scope in memory for "all". Yields nothing when a
   * neighbourhood's focus is not a node.
   */
  exportItems(scope: ExportScope): AsyncIterable<ExportItem>;
  close(): Promise<void>;
}

/** Thrown for a request a store refuses (bad depth, limit…); servers answer it with a 400. */
export class StoreRequestError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = "StoreRequestError";
  }
}

/** Checks the arguments every store shares, so both refuse the same requests the same way. */
export function checkNeighbourhoodArguments(depth: number, limit: number): void {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new StoreRequestError(
      `depth must be a whole number from 0 to ${MAX_DEPTH}, not ${depth}`,
      `ask for a depth between 0 and ${MAX_DEPTH}`,
    );
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw new StoreRequestError(
      `limit must be a whole number 1 or more, not ${limit}`,
      "ask for at least 1 node",
    );
  }
}

/** The store cannot answer now (database away, query too long): servers answer 503. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly fix = "check that the database is running, then try again",
  ) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
