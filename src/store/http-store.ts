// A GraphStore whose graph is kept by `kg serve`: each call is one GET of the JSON API
// (docs/api.md), checked against its documented shape, so the explorer's remote mode asks the
// server exactly what it would ask a MemoryStore. A refused request (400) is a StoreRequestError,
// an unknown node null, as the contract says; anything else that fails is a RemoteError.
import {
  parseEdges,
  parseHubs,
  parseInfo,
  parseNeighbourhood,
  parseNodes,
  parsePaths,
  parseSearch,
} from "./api-shapes.ts";
import {
  type ExportItem,
  type ExportScope,
  type Filters,
  type GraphStore,
  type StoreNode,
  StoreRequestError,
} from "./graph-store.ts";
import { apiPath, type FetchFunction, getJson, type QueryValue } from "./http-request.ts";
import { isRemoteError } from "./remote-error.ts";

export interface HttpStore extends GraphStore {
  /** The text of a source document; null when the server has none with that id. */
  sourceText(id: string): Promise<string | null>;
  /** The most nodes one neighbourhood may ask for (GET /api/limits); undefined if not said. */
  maxNodes(): Promise<number | undefined>;
  /** Where the server streams an export (a JSON file) of `scope`, for a download link. */
  exportUrl(scope: ExportScope): string;
}

export interface HttpStoreOptions {
  /** Where the API lives: "" (default) for the page's own server, or "http://127.0.0.1:8080". */
  baseUrl?: string;
  /** Default 15 s: longer than the server's own per-request limit, so its 503 arrives first. */
  timeoutMs?: number;
  fetch?: FetchFunction;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Keys per /api/nodes request, so the URL stays short. */
const KEYS_PER_REQUEST = 100;

function filterQuery(filters: Filters = {}) {
  return { hiddenKinds: filters.hiddenKinds, hiddenRelations: filters.hiddenRelations };
}

function exportQuery(scope: ExportScope): Record<string, QueryValue> {
  if (scope.kind === "all") return {};
  const { focus, depth, limit } = scope;
  return { focus, depth, limit, ...filterQuery(scope) };
}

/** A 400 becomes the contract's StoreRequestError; a 404 `whenMissing`; the rest is rethrown. */
function settle<T>(whenMissing: T): (error: unknown) => T {
  return (error) => {
    if (isRemoteError(error) && error.reason === "bad-request") {
      throw new StoreRequestError(error.message, error.fix);
    }
    if (isRemoteError(error) && error.reason === "not-found") return whenMissing;
    throw error;
  };
}

export function createHttpStore(options: HttpStoreOptions = {}): HttpStore {
  const baseUrl = (options.baseUrl ?? "").replace(/\/$/, "");
  const request = {
    baseUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init)),
  };
  const get = (endpoint: string, query?: Record<string, QueryValue>) =>
    getJson(apiPath(endpoint, query), request);
  const refused = settle<never>(undefined as never);

  async function nodes(keys: readonly string[]): Promise<StoreNode[]> {
    const found: StoreNode[] = [];
    for (let start = 0; start < keys.length; start += KEYS_PER_REQUEST) {
      const key = keys.slice(start, start + KEYS_PER_REQUEST);
      found.push(...parseNodes(await get("nodes", { key: { repeat: key } }).catch(refused)));
    }
    return found;
  }

  return {
    info: async () => parseInfo(await get("info")),
    search: async (text, limit) =>
      parseSearch(await get("search", { q: text, limit }).catch(refused)),
    hubs: async (limit) => parseHubs(await get("hubs", { limit }).catch(refused)),
    nodes,
    async neighbourhood(focus, depth, neighbourhoodOptions = {}) {
      const { limit } = neighbourhoodOptions;
      const evidence = neighbourhoodOptions.evidence === false ? false : undefined;
      const query = { focus, depth, limit, evidence, ...filterQuery(neighbourhoodOptions) };
      const body = await get("neighbourhood", query).catch(settle(null));
      return body === null ? null : parseNeighbourhood(body);
    },
    async paths(from, to, pathOptions = {}) {
      const { max, maxLength } = pathOptions;
      const query = { from, to, max, maxLength, ...filterQuery(pathOptions) };
      const body = await get("paths", query).catch(settle(null));
      return body === null ? null : parsePaths(body);
    },
    async sourceText(id) {
      const body = await get("source", { id }).catch(settle(null));
      if (body === null) return null;
      const { text } = body as { text?: unknown };
      return typeof text === "string" ? text : null;
    },
    async *exportItems(scope): AsyncGenerator<ExportItem> {
      const body = await get("export", exportQuery(scope)).catch(settle(null));
      if (body === null) return;
      for (const node of parseNodes(body, "export")) yield { type: "node", node };
      for (const edge of parseEdges(body, "export")) yield { type: "edge", edge };
    },
    async maxNodes() {
      const body = (await get("limits").catch(() => null)) as { maxNodes?: unknown } | null;
      const value = body?.maxNodes;
      return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
    },
    exportUrl: (scope) => `${baseUrl}${apiPath("export", exportQuery(scope))}`,
    close: async () => {},
  };
}
