// The `kg serve` HTTP server: Fastify with the read-only JSON API over a GraphStore and, when
// given, the built explorer (with the CSP of `npm run preview`). Fastify because it checks each
// request against a JSON schema before the handler runs, serialises fast, answers tests through
// inject() without a socket, and is widely kept; Hono would need a validator and adapter on top.
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { DEFAULT_NODE_LIMIT, type GraphStore } from "../store/graph-store.ts";
import { ApiError, errorReply } from "./api-errors.ts";
import { registerApi } from "./api-routes.ts";
import { INTEGER_PARAMETERS } from "./api-schemas.ts";
import { DEFAULT_EXPORT_MAX_NODES, DEFAULT_TIMEOUT_MS } from "./limits.ts";
import { SECURITY_HEADERS } from "./security-headers.ts";

export interface ServerOptions {
  store: GraphStore;
  /** Folder of the built explorer (dist/); without it only the API is served. */
  appDir?: string;
  /** Most nodes one neighbourhood request may ask for (default 5,000). */
  maxNodes?: number;
  /** Most nodes a neighbourhood export may stream (default 100,000). */
  exportMaxNodes?: number;
  /** Per-request time limit of a store call, in ms (default 10 s). */
  timeoutMs?: number;
}

export { DEFAULT_EXPORT_MAX_NODES, DEFAULT_TIMEOUT_MS };

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  return Array.isArray(value) && value.some(hasNul);
}

/** What the schemas cannot catch: NUL characters, and numbers like "1e309" Ajv would coerce. */
function checkQuery(query: unknown): void {
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (hasNul(value)) {
      throw new ApiError(
        400,
        `${name} contains a NUL character`,
        `remove the NUL (%00) from ${name}`,
      );
    }
    if (INTEGER_PARAMETERS.has(name) && typeof value === "string" && !/^-?\d{1,15}$/.test(value)) {
      throw new ApiError(
        400,
        `${name} must be a whole number, not ${JSON.stringify(value.slice(0, 20))}`,
        `send ${name} as digits, like ${name}=2`,
      );
    }
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    // Unknown parameters are refused (a typo must not be ignored silently).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: false } },
  });
  app.setErrorHandler(errorReply);
  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
  app.addHook("preValidation", async (request) => checkQuery(request.query));
  registerApi(app, {
    store: options.store,
    maxNodes: options.maxNodes ?? DEFAULT_NODE_LIMIT,
    exportMaxNodes: options.exportMaxNodes ?? DEFAULT_EXPORT_MAX_NODES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  if (options.appDir) {
    await app.register(fastifyStatic, {
      root: options.appDir,
      index: "index.html",
      wildcard: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (!isApi && options.appDir && request.method === "GET") return reply.sendFile("index.html");
    const method = request.method === "GET" ? "" : " (the server is read-only: GET only)";
    const isRead = request.method === "GET" || request.method === "HEAD";
    return reply.status(isRead ? 404 : 405).send({
      error: `no endpoint ${request.method} ${request.url.split("?")[0].slice(0, 200)}${method}`,
      fix: "see docs/api.md for the endpoints",
    });
  });
  return app;
}
