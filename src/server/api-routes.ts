// The read-only JSON API under /api/ over any GraphStore: the endpoints the explorer's remote
// mode calls (see docs/api.md). Handlers only translate: parameters in, store answers out.
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { checkNeighbourhoodArguments, type GraphStore, MAX_DEPTH } from "../store/graph-store.ts";
import { ApiError } from "./api-errors.ts";
import {
  apiSchemas,
  MAX_HUBS,
  MAX_NODE_KEYS,
  MAX_SEARCH_RESULTS,
  splitList,
} from "./api-schemas.ts";
import { exportJson } from "./export-stream.ts";

export interface ApiOptions {
  store: GraphStore;
  /** Most nodes a neighbourhood request may ask for. */
  maxNodes: number;
  /** Most nodes a neighbourhood export may stream. */
  exportMaxNodes: number;
  /** A request whose store call takes longer is answered 503. */
  timeoutMs: number;
}

type Query = Record<string, string | number | boolean | string[] | undefined>;

function notFound(parameter: string, key: string): ApiError {
  return new ApiError(
    404,
    `${parameter}: no node has the key ${JSON.stringify(key)}`,
    "use a key from /api/search or /api/hubs",
  );
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ApiError(
            503,
            `the query took longer than ${ms} ms`,
            "ask for a smaller depth or limit, or add filters",
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function filtersOf(query: Query) {
  return {
    hiddenKinds: splitList(query.hiddenKinds as string | undefined),
    hiddenRelations: splitList(query.hiddenRelations as string | undefined),
  };
}

export function registerApi(app: FastifyInstance, options: ApiOptions): void {
  const { store, maxNodes, exportMaxNodes, timeoutMs } = options;
  const schemas = apiSchemas(maxNodes, exportMaxNodes);
  const run = <T>(work: () => Promise<T>) => withTimeout(work(), timeoutMs);

  app.get("/api/info", { schema: schemas.info }, () => run(() => store.info()));

  app.get("/api/limits", { schema: schemas.limits }, async () => ({
    maxDepth: MAX_DEPTH,
    maxNodes,
    exportMaxNodes,
    maxSearchResults: MAX_SEARCH_RESULTS,
    maxHubs: MAX_HUBS,
    maxNodeKeys: MAX_NODE_KEYS,
    timeoutMs,
  }));

  app.get("/api/search", { schema: schemas.search }, async (request) => {
    const query = request.query as Query;
    const results = await run(() => store.search(String(query.q), Number(query.limit)));
    return { results };
  });

  app.get("/api/nodes", { schema: schemas.nodes }, async (request) => {
    const keys = (request.query as Query).key as string[];
    return { nodes: await run(() => store.nodes(keys)) };
  });

  app.get("/api/neighbourhood", { schema: schemas.neighbourhood }, async (request) => {
    const query = request.query as Query;
    const focus = String(query.focus);
    const found = await run(() =>
      store.neighbourhood(focus, Number(query.depth), {
        ...filtersOf(query),
        limit: Number(query.limit),
        evidence: query.evidence !== false,
      }),
    );
    if (!found) throw notFound("focus", focus);
    return found;
  });

  app.get("/api/paths", { schema: schemas.paths }, async (request) => {
    const query = request.query as Query;
    const [from, to] = [String(query.from), String(query.to)];
    const paths = await run(() =>
      store.paths(from, to, {
        ...filtersOf(query),
        max: Number(query.max),
        maxLength: query.maxLength === undefined ? undefined : Number(query.maxLength),
      }),
    );
    if (!paths) {
      const [known] = await store.nodes([from]);
      throw known ? notFound("to", to) : notFound("from", from);
    }
    return { from, to, paths };
  });

  app.get("/api/hubs", { schema: schemas.hubs }, async (request) => {
    const limit = Number((request.query as Query).limit);
    return { hubs: await run(() => store.hubs(limit)) };
  });

  registerDocuments(app, options);
}

/** The source texts and the streamed export: what is read as a document rather than a query. */
function registerDocuments(app: FastifyInstance, options: ApiOptions): void {
  const { store, maxNodes, exportMaxNodes, timeoutMs } = options;
  const schemas = apiSchemas(maxNodes, exportMaxNodes);
  const run = <T>(work: () => Promise<T>) => withTimeout(work(), timeoutMs);

  app.get("/api/source", { schema: schemas.source }, async (request) => {
    const id = String((request.query as Query).id);
    const text = await run(() => store.sourceText(id));
    if (text === null) {
      throw new ApiError(
        404,
        `no source document has the id ${JSON.stringify(id)}`,
        "use an id from /api/info's sources",
      );
    }
    const source = (await run(() => store.info())).sources.find((item) => item.id === id);
    return { id, title: source?.title ?? id, text };
  });

  app.get("/api/export", { schema: schemas.export }, async (request, reply) => {
    const query = request.query as Query;
    const focus = query.focus === undefined ? undefined : String(query.focus);
    if (focus !== undefined && (await run(() => store.nodes([focus]))).length === 0) {
      throw notFound("focus", focus);
    }
    if (focus !== undefined) checkNeighbourhoodArguments(Number(query.depth), Number(query.limit));
    const info = await run(() => store.info());
    const scope =
      focus === undefined
        ? ({ kind: "all" } as const)
        : ({
            kind: "neighbourhood",
            focus,
            depth: Number(query.depth),
            limit: Number(query.limit),
            ...filtersOf(query),
          } as const);
    const name =
      (focus ?? info.title ?? "graph").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "graph";
    reply
      .type("application/json; charset=utf-8")
      .header(
        "Content-Disposition",
        `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}.json"`,
      );
    return reply.send(Readable.from(exportJson(info, store.exportItems(scope))));
  });
}
