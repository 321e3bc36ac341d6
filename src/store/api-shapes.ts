// Checks that an answer of `kg serve`'s JSON API (docs/api.md) has the GraphStore shape it
// documents before the explorer uses it: a wrong or half answer becomes a RemoteError, never a
// broken drawing. Only the structure is checked; attributes beyond it are the graph's own.
import { isObject, type Json } from "../model/json-value.ts";
import type { SourceDocument } from "../model/types.ts";
import type {
  NeighbourhoodResult,
  StoreEdge,
  StoreHub,
  StoreInfo,
  StoreNode,
  StorePath,
  StorePathStep,
  StoreSearchHit,
} from "./graph-store.ts";
import { RemoteError } from "./remote-error.ts";

const isString = (value: unknown): value is string => typeof value === "string";
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

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
): T[] {
  const list = isObject(body) ? body[field] : undefined;
  if (!Array.isArray(list) || !list.every(check)) throw bad(endpoint, `"${field}" list`);
  return list as T[];
}

const isSource = (item: unknown) =>
  isObject(item) && isString(item.id) && isString(item.title) && isString(item.path);

export function parseInfo(body: unknown): StoreInfo {
  if (!isObject(body)) throw bad("info", "object");
  const { title, nodes, edges, kinds, relations } = body;
  if (!isString(title)) throw bad("info", "title");
  if (!isCount(nodes) || !isCount(edges)) throw bad("info", "node and edge counts");
  if (!isCounts(kinds) || !isCounts(relations)) throw bad("info", "kinds and relations");
  const sources =
    body.sources === undefined ? [] : listOf<SourceDocument>(body, "sources", "info", isSource);
  return { title, sources, nodes, edges, kinds, relations };
}

const isHit = (item: unknown) =>
  isObject(item) && isString(item.key) && isString(item.label) && isString(item.nodeKind);

export function parseSearch(body: unknown): StoreSearchHit[] {
  return listOf<StoreSearchHit>(body, "results", "search", isHit);
}

export function parseHubs(body: unknown): StoreHub[] {
  const isHub = (item: unknown) => isHit(item) && isCount((item as Json).degree);
  return listOf<StoreHub>(body, "hubs", "hubs", isHub);
}

const isNode = (item: unknown) => isObject(item) && isString(item.key) && isObject(item.attributes);

const isEdge = (item: unknown) =>
  isObject(item) &&
  isString(item.key) &&
  isString(item.source) &&
  isString(item.target) &&
  isObject(item.attributes);

export function parseNodes(body: unknown, endpoint = "nodes"): StoreNode[] {
  return listOf<StoreNode>(body, "nodes", endpoint, isNode);
}

export function parseEdges(body: unknown, endpoint: string): StoreEdge[] {
  return listOf<StoreEdge>(body, "edges", endpoint, isEdge);
}

export function parseNeighbourhood(body: unknown): NeighbourhoodResult {
  const nodes = parseNodes(body, "neighbourhood");
  const edges = parseEdges(body, "neighbourhood");
  const truncated = isObject(body) ? body.truncated : undefined;
  if (truncated === undefined) return { nodes, edges };
  if (
    !isObject(truncated) ||
    !isCount(truncated.shown) ||
    !isCount(truncated.total) ||
    !isCount(truncated.depth)
  ) {
    throw bad("neighbourhood", '"truncated" counts');
  }
  const { shown, total, depth } = truncated;
  return { nodes, edges, truncated: { shown, total, depth } };
}

/** Quotes, or the contract's evidence items ({ quote, source }). */
const isEvidence = (value: unknown) =>
  Array.isArray(value) &&
  value.every((item) => isString(item) || (isObject(item) && isString(item.quote)));

const isStep = (item: unknown): item is StorePathStep =>
  isObject(item) &&
  ["edge", "source", "target", "from", "to", "relation"].every((field) => isString(item[field])) &&
  typeof item.forward === "boolean" &&
  isEvidence(item.evidence);

export function parsePaths(body: unknown): StorePath[] {
  const isPath = (item: unknown) =>
    isObject(item) &&
    isStrings(item.nodes) &&
    Array.isArray(item.steps) &&
    item.steps.every(isStep);
  return listOf<StorePath>(body, "paths", "paths", isPath);
}
