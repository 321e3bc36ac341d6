// The JSON shapes of `kg serve`'s API (docs/api.md), and checks that an answer has them before
// the explorer uses it: a wrong or half answer becomes a RemoteError, never a broken drawing.
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { RemoteError } from "./remote-error.ts";

export interface StoreInfo {
  title: string;
  nodes: number;
  edges: number;
  kinds: Record<string, number>;
  relations: Record<string, number>;
}

export interface SearchResult {
  key: string;
  label: string;
  nodeKind: string;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Nodes and edges in graphology's export shape; `truncated` when the server cut it. */
export interface GraphPart {
  nodes: SerializedNode[];
  edges: SerializedEdge[];
  truncated?: { shown: number; total: number };
}

export interface RemotePathStep {
  source: string;
  relation: string;
  target: string;
  evidence: string[];
}

export interface RemotePath {
  steps: RemotePathStep[];
}

export interface Hub {
  key: string;
  label: string;
  nodeKind: string;
  degree: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === "string";
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

function isCounts(value: unknown): value is Record<string, number> {
  return isObject(value) && Object.values(value).every(isCount);
}

function bad(endpoint: string, what: string): RemoteError {
  return new RemoteError(
    "bad-response",
    `the server's ${endpoint} answer has no valid ${what}`,
    "The server and the page may be different versions; rebuild with `npm run build` and restart `kg serve`.",
  );
}

function listOf<T>(
  body: unknown,
  field: string,
  endpoint: string,
  check: (item: unknown) => boolean,
) {
  const list = isObject(body) ? body[field] : undefined;
  if (!Array.isArray(list) || !list.every(check)) throw bad(endpoint, `"${field}" list`);
  return list as T[];
}

export function parseInfo(body: unknown): StoreInfo {
  if (!isObject(body)) throw bad("info", "object");
  const { title, nodes, edges, kinds, relations } = body;
  if (!isString(title)) throw bad("info", "title");
  if (!isCount(nodes) || !isCount(edges)) throw bad("info", "node and edge counts");
  if (!isCounts(kinds) || !isCounts(relations)) throw bad("info", "kinds and relations");
  return { title, nodes, edges, kinds, relations };
}

const isSearchResult = (item: unknown) =>
  isObject(item) && isString(item.key) && isString(item.label) && isString(item.nodeKind);

export function parseSearch(body: unknown): SearchResult[] {
  return listOf<SearchResult>(body, "results", "search", isSearchResult);
}

export function parseHubs(body: unknown): Hub[] {
  const isHub = (item: unknown) => isSearchResult(item) && isCount((item as Json).degree);
  return listOf<Hub>(body, "hubs", "hubs", isHub);
}

const isNode = (item: unknown) =>
  isObject(item) &&
  isString(item.key) &&
  isObject(item.attributes) &&
  isString(item.attributes.label) &&
  isString(item.attributes.nodeKind);

const isEvidence = (value: unknown) => Array.isArray(value) && value.every(isString);

const isEdge = (item: unknown) =>
  isObject(item) &&
  isString(item.key) &&
  isString(item.source) &&
  isString(item.target) &&
  isObject(item.attributes) &&
  isString(item.attributes.relation) &&
  isEvidence(item.attributes.evidence);

/** A neighbourhood or a list of nodes: graphology's export shape. */
export function parseGraphPart(body: unknown, endpoint: string): GraphPart {
  const nodes = listOf<SerializedNode>(body, "nodes", endpoint, isNode);
  const edges =
    isObject(body) && body.edges === undefined
      ? []
      : listOf<SerializedEdge>(body, "edges", endpoint, isEdge);
  const truncated = isObject(body) ? body.truncated : undefined;
  if (truncated === undefined || truncated === null) return { nodes, edges };
  if (!isObject(truncated) || !isCount(truncated.shown) || !isCount(truncated.total)) {
    throw bad(endpoint, '"truncated" counts');
  }
  return { nodes, edges, truncated: { shown: truncated.shown, total: truncated.total } };
}

/**
 * One step, as the API writes it: the edge's own `source` and `target`, or `kg path --format
 * json`'s walking order (`from`, `to`, `forward`). Either way the edge is returned as it points.
 */
function parseStep(item: unknown): RemotePathStep | null {
  if (!isObject(item) || !isString(item.relation) || !isEvidence(item.evidence)) return null;
  const { relation } = item;
  const evidence = item.evidence as string[];
  if (isString(item.source) && isString(item.target)) {
    return { source: item.source, relation, target: item.target, evidence };
  }
  if (isString(item.from) && isString(item.to) && typeof item.forward === "boolean") {
    const [source, target] = item.forward ? [item.from, item.to] : [item.to, item.from];
    return { source, relation, target, evidence };
  }
  return null;
}

export function parsePaths(body: unknown): RemotePath[] {
  const isPath = (item: unknown) =>
    isObject(item) && Array.isArray(item.steps) && item.steps.every((step) => parseStep(step));
  const paths = listOf<Json>(body, "paths", "paths", isPath);
  return paths.map((path) => ({
    steps: (path.steps as unknown[]).map((step) => parseStep(step) as RemotePathStep),
  }));
}
