// The explorer's view of a graph kept by `kg serve`: each question is one GET of the JSON API
// (docs/api.md), checked against its documented shape. Pure (fetch only), so Node tests run it
// against a real server and the browser uses the same code.
import {
  type GraphPart,
  type Hub,
  parseGraphPart,
  parseHubs,
  parseInfo,
  parsePaths,
  parseSearch,
  type RemotePath,
  type SearchResult,
  type StoreInfo,
} from "./api-shapes.ts";
import { apiPath, type FetchFunction, getJson, type RequestOptions } from "./http-request.ts";

export interface RemoteFilters {
  hiddenKinds?: readonly string[];
  hiddenRelations?: readonly string[];
}

export interface RemoteNeighbourhoodOptions extends RemoteFilters {
  /** Most nodes the server may return; it says by how much it cut. */
  limit?: number;
}

export interface RemotePathOptions extends RemoteFilters {
  max?: number;
  maxLength?: number;
}

/** What the explorer asks a remote graph. */
export interface RemoteGraph {
  info(): Promise<StoreInfo>;
  search(text: string, limit: number): Promise<SearchResult[]>;
  hubs(limit: number): Promise<Hub[]>;
  /** The nodes with these keys (unknown keys are left out), without edges. */
  nodes(keys: readonly string[]): Promise<GraphPart>;
  neighbourhood(
    focus: string,
    depth: number,
    options?: RemoteNeighbourhoodOptions,
  ): Promise<GraphPart>;
  paths(from: string, to: string, options?: RemotePathOptions): Promise<RemotePath[]>;
  /** Where the server streams a neighbourhood (or everything) as a file to download. */
  exportUrl(format: string, focus?: { key: string; depth: number } & RemoteFilters): string;
}

export interface HttpStoreOptions {
  baseUrl?: string;
  /** Default 15 s: the server's own per-request timeout is shorter. */
  timeoutMs?: number;
  fetch?: FetchFunction;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

function filterQuery(options: RemoteFilters) {
  return { hiddenKinds: options.hiddenKinds, hiddenRelations: options.hiddenRelations };
}

export function createHttpStore(options: HttpStoreOptions = {}): RemoteGraph {
  const request: RequestOptions = {
    baseUrl: (options.baseUrl ?? "").replace(/\/$/, ""),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  const get = (endpoint: string, query?: Parameters<typeof apiPath>[1]) =>
    getJson(apiPath(endpoint, query), request);

  return {
    info: async () => parseInfo(await get("info")),
    search: async (text, limit) => parseSearch(await get("search", { q: text, limit })),
    hubs: async (limit) => parseHubs(await get("hubs", { limit })),
    nodes: async (keys) => parseGraphPart(await get("nodes", { keys }), "nodes"),
    async neighbourhood(focus, depth, neighbourhoodOptions = {}) {
      const query = {
        focus,
        depth,
        limit: neighbourhoodOptions.limit,
        ...filterQuery(neighbourhoodOptions),
      };
      return parseGraphPart(await get("neighbourhood", query), "neighbourhood");
    },
    async paths(from, to, pathOptions = {}) {
      const query = {
        from,
        to,
        max: pathOptions.max,
        maxLength: pathOptions.maxLength,
        ...filterQuery(pathOptions),
      };
      return parsePaths(await get("paths", query));
    },
    exportUrl(format, focus) {
      const query = focus
        ? { format, focus: focus.key, depth: focus.depth, ...filterQuery(focus) }
        : { format };
      return `${request.baseUrl}${apiPath("export", query)}`;
    },
  };
}
