// HttpStore against kg serve's real server: the GraphStore contract through the JSON API (answers
// identical to the MemoryStore behind it, order included), and a remote session against a real
// `kg serve` process that is stopped mid-session and started again.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/cli/paths.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { buildServer } from "../../src/server/app.ts";
import { openRemoteSession } from "../../src/state/remote-session.ts";
import { StoreRequestError } from "../../src/store/graph-store.ts";
import type { FetchFunction } from "../../src/store/http-request.ts";
import { createHttpStore } from "../../src/store/http-store.ts";
import { MemoryStore } from "../../src/store/memory-store.ts";
import { isRemoteError } from "../../src/store/remote-error.ts";
import { MAX_QUERY_LENGTH } from "../../src/store/search-text.ts";
import { storeAnswer } from "./contract.ts";
import { type QueryCase, queryCases } from "./query-cases.ts";
import { awkwardGraph, builtInGraph } from "./store-graphs.ts";

/** A fetch answered by the Fastify app in-process (inject), without a socket. */
function injectFetch(app: FastifyInstance): FetchFunction {
  return async (input) => {
    const response = await app.inject({ method: "GET", url: input });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    return new Response(response.body, { status: response.statusCode, headers });
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The questions docs/api.md refuses: a NUL, a text over 200 characters, a limit out of range. */
function isRefusedByApi(query: QueryCase): boolean {
  if (query.kind === "search") {
    const { text, limit } = query;
    return text.includes("\u0000") || text.length > MAX_QUERY_LENGTH || limit < 1 || limit > 100;
  }
  return query.kind === "hubs" && (query.limit < 1 || query.limit > 1000);
}

/** Every contract question, asked of the MemoryStore directly and through the API. */
function sameAnswers(graphName: string, makeGraph: () => KnowledgeGraph) {
  it(`answers as the MemoryStore behind it on ${graphName}, order included`, async () => {
    const graph = makeGraph();
    const memory = new MemoryStore(graph);
    const app = await buildServer({ store: memory, maxNodes: 1_000_000 });
    const http = createHttpStore({ fetch: injectFetch(app) });
    expect(await http.info()).toEqual(await memory.info());
    for (const query of queryCases(graph, graphName)) {
      if (isRefusedByApi(query)) {
        // Outside the API's documented ranges (docs/api.md): a 400, the contract's StoreRequestError.
        await expect(storeAnswer(http, query)).rejects.toThrow(StoreRequestError);
        continue;
      }
      const answer = JSON.stringify(await storeAnswer(http, query));
      expect({ query, answer }).toEqual({
        query,
        answer: JSON.stringify(await storeAnswer(memory, query)),
      });
    }
    const keys = [...graph.nodes().slice(0, 3), "no such node"];
    expect(await http.nodes(keys)).toEqual(await memory.nodes(keys));
    expect(await collect(http.exportItems({ kind: "all" }))).toEqual(
      await collect(memory.exportItems({ kind: "all" })),
    );
    await app.close();
  }, 60_000);
}

describe("HttpStore through kg serve's API", () => {
  sameAnswers("the built-in graph", builtInGraph);
  sameAnswers("awkward cases", awkwardGraph);
});

const KG = join(REPO_ROOT, "bin", "kg.js");
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill("SIGKILL");
  child = null;
});

/** Starts `kg serve --api-only` on `port` (0: any) and resolves with its address. */
function startServe(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, [KG, "serve", "--api-only", "--port", String(port)], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    child = started;
    let stderr = "";
    started.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
      const match = /at (http:\/\/\S+)\//.exec(stderr);
      if (match) resolve(match[1]);
    });
    started.on("exit", (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
}

function stop(): Promise<void> {
  const running = child;
  child = null;
  if (!running || running.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    running.on("exit", () => resolve());
    running.kill("SIGKILL");
  });
}

describe("a remote session against a kg serve process", () => {
  it("loads, expands and finds paths; keeps the drawing when the server stops; resumes after", async () => {
    const baseUrl = await startServe(0);
    const errors: string[] = [];
    const session = await openRemoteSession(createHttpStore({ baseUrl, timeoutMs: 5000 }), {
      onChange: () => {},
      onError: (error, action) => errors.push(`${action}: ${isRemoteError(error) && error.reason}`),
    });
    expect(session.snapshot().info).toMatchObject({ nodes: 80, edges: 122 });

    expect(await session.focus("china", 1, {})).toBe(true);
    const focused = session.snapshot().graph.order;
    expect(focused).toBeGreaterThan(1);
    expect(await session.expand("new-security-concept", { hiddenKinds: ["threat"] })).toBe(true);
    const grown = session.snapshot();
    expect(grown.graph.order).toBeGreaterThan(focused);
    for (const key of grown.lastAdded) {
      expect(grown.graph.getNodeAttribute(key, "nodeKind")).not.toBe("threat");
    }
    const paths = await session.paths("china", "international-terrorism", {}, 2);
    expect(paths?.length).toBe(2);
    expect(session.snapshot().graph.hasNode("international-terrorism")).toBe(true);

    const drawn = session.snapshot();
    await stop();
    expect(await session.expand("china", {})).toBe(false);
    expect(session.snapshot()).toBe(drawn);
    expect(errors).toEqual(["load the neighbourhood of China: unreachable"]);

    await startServe(Number(new URL(baseUrl).port));
    expect(await session.focus("human-security", 2, {})).toBe(true);
    expect(session.snapshot().graph.order).toBeGreaterThan(drawn.graph.order);
  }, 60_000);
});
