// Request schemas of the JSON API: Fastify checks every query string against these before a
// handler runs (types, ranges, lengths, unknown parameters), so handlers never parse by hand.
import { DEFAULT_NODE_LIMIT, MAX_DEPTH, MAX_PATHS } from "../store/graph-store.ts";
import { MAX_PATH_LENGTH } from "../store/path-arguments.ts";
import { MAX_QUERY_LENGTH } from "../store/search-text.ts";

/** Longest node key, kind or relation list a request may send. */
export const MAX_KEY_LENGTH = 1000;
export const MAX_SEARCH_RESULTS = 100;
export const MAX_HUBS = 1000;
export const MAX_NODE_KEYS = 1000;

/** Parameters that are whole numbers: checked as digits before the schema coerces them. */
export const INTEGER_PARAMETERS = new Set(["depth", "limit", "max", "maxLength"]);

const key = { type: "string", minLength: 1, maxLength: MAX_KEY_LENGTH } as const;
const list = { type: "string", maxLength: 4 * MAX_KEY_LENGTH } as const;
const filters = { hiddenKinds: list, hiddenRelations: list } as const;

function query(properties: Record<string, unknown>, required: string[] = []) {
  return { querystring: { type: "object", additionalProperties: false, properties, required } };
}

export function apiSchemas(maxNodes: number, exportMaxNodes: number) {
  return {
    info: query({}),
    limits: query({}),
    search: query(
      {
        q: { type: "string", maxLength: MAX_QUERY_LENGTH },
        limit: { type: "integer", minimum: 1, maximum: MAX_SEARCH_RESULTS, default: 8 },
      },
      ["q"],
    ),
    nodes: query({ key: { type: "array", items: key, maxItems: MAX_NODE_KEYS } }, ["key"]),
    neighbourhood: query(
      {
        focus: key,
        depth: { type: "integer", minimum: 0, maximum: MAX_DEPTH, default: 1 },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: maxNodes,
          default: Math.min(DEFAULT_NODE_LIMIT, maxNodes),
        },
        evidence: { type: "boolean", default: true },
        ...filters,
      },
      ["focus"],
    ),
    paths: query(
      {
        from: key,
        to: key,
        max: { type: "integer", minimum: 1, maximum: MAX_PATHS, default: 3 },
        maxLength: { type: "integer", minimum: 1, maximum: MAX_PATH_LENGTH },
        ...filters,
      },
      ["from", "to"],
    ),
    source: query({ id: key }, ["id"]),
    hubs: query({ limit: { type: "integer", minimum: 1, maximum: MAX_HUBS, default: 10 } }),
    export: query({
      focus: key,
      depth: { type: "integer", minimum: 0, maximum: MAX_DEPTH, default: 1 },
      limit: { type: "integer", minimum: 1, maximum: exportMaxNodes, default: exportMaxNodes },
      ...filters,
    }),
  };
}

/** "a,b" -> ["a", "b"]; empty items dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
