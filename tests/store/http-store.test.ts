import { describe, expect, it } from "vitest";
import { StoreRequestError } from "../../src/store/graph-store.ts";
import type { FetchFunction } from "../../src/store/http-request.ts";
import { createHttpStore } from "../../src/store/http-store.ts";
import { describeRemoteError, RemoteError } from "../../src/store/remote-error.ts";

const INFO = {
  title: "T",
  sources: [{ id: "s", title: "S", path: "s.txt" }],
  nodes: 2,
  edges: 1,
  kinds: { actor: 2 },
  relations: { proposed: 1 },
};

/** A fetch that answers every request with `status` and `body`, recording the URLs asked. */
function answering(status: number, body: unknown, asked: string[] = []): FetchFunction {
  return async (input) => {
    asked.push(input);
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "content-type": "application/json" } });
  };
}

async function failure(promise: Promise<unknown>): Promise<RemoteError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RemoteError);
  return error as RemoteError;
}

describe("the HTTP store's requests", () => {
  it("asks the documented endpoints with encoded parameters", async () => {
    const asked: string[] = [];
    const store = createHttpStore({
      baseUrl: "http://127.0.0.1:9/",
      fetch: answering(200, { nodes: [], edges: [], results: [], paths: [] }, asked),
    });
    await store.search("côte d'ivoire & co", 8);
    await store.neighbourhood("a,b", 2, { limit: 50, hiddenKinds: ["threat", "actor"] });
    await store.paths("a", "b", { max: 3, hiddenRelations: [] });
    await store.nodes(["a", "b,c"]);
    expect(asked).toEqual([
      "http://127.0.0.1:9/api/search?q=c%C3%B4te+d%27ivoire+%26+co&limit=8",
      "http://127.0.0.1:9/api/neighbourhood?focus=a%2Cb&depth=2&limit=50&hiddenKinds=threat%2Cactor",
      "http://127.0.0.1:9/api/paths?from=a&to=b&max=3",
      "http://127.0.0.1:9/api/nodes?key=a&key=b%2Cc",
    ]);
    expect(store.exportUrl({ kind: "neighbourhood", focus: "a", depth: 2, limit: 10 })).toBe(
      "http://127.0.0.1:9/api/export?focus=a&depth=2&limit=10",
    );
    expect(store.exportUrl({ kind: "all" })).toBe("http://127.0.0.1:9/api/export");
  });

  it("returns the parsed answers", async () => {
    const store = createHttpStore({ fetch: answering(200, INFO) });
    expect(await store.info()).toEqual(INFO);
    const part = {
      nodes: [{ key: "a", attributes: { label: "A", nodeKind: "actor" } }],
      edges: [],
      truncated: { shown: 1, total: 40, depth: 1 },
    };
    const cut = createHttpStore({ fetch: answering(200, part) });
    expect(await cut.neighbourhood("a", 1)).toEqual(part);
  });

  it("gives null for an unknown node and a StoreRequestError for a refused request", async () => {
    const missing = { error: 'focus: no node has the key "x"', fix: "use a key from /api/search" };
    const notFound = createHttpStore({ fetch: answering(404, missing) });
    expect(await notFound.neighbourhood("x", 1)).toBeNull();
    expect(await notFound.paths("x", "y")).toBeNull();
    const refused = createHttpStore({ fetch: answering(400, { error: "depth", fix: "less" }) });
    await expect(refused.neighbourhood("a", 9)).rejects.toThrow(StoreRequestError);
  });
});

describe("the HTTP store's errors", () => {
  it("passes on the server's error and fix with the status's reason", async () => {
    const body = { error: 'no node "atlantis"', fix: "Search for the node first." };
    const error = await failure(createHttpStore({ fetch: answering(404, body) }).info());
    expect(error).toMatchObject({
      reason: "not-found",
      status: 404,
      message: body.error,
      fix: body.fix,
    });
    const bad = await failure(createHttpStore({ fetch: answering(400, body) }).info());
    expect(bad.reason).toBe("bad-request");
    expect(describeRemoteError(bad, "load it")).toBe(
      'Could not load it: no node "atlantis". Search for the node first.',
    );
  });

  it("says the server is unreachable when fetch fails", async () => {
    const store = createHttpStore({
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    const error = await failure(store.search("a", 3));
    expect(error.reason).toBe("unreachable");
    expect(describeRemoteError(error, "search")).toMatch(
      /^Could not search: the server does not answer\. Check that `kg serve`/,
    );
  });

  it("gives up after the timeout", async () => {
    const never: FetchFunction = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const error = await failure(createHttpStore({ fetch: never, timeoutMs: 20 }).info());
    expect(error.reason).toBe("timeout");
  });

  it("turns a 5xx page that is not JSON into a server error", async () => {
    const error = await failure(
      createHttpStore({ fetch: answering(502, "<html>Bad gateway") }).info(),
    );
    expect(error).toMatchObject({ reason: "server", status: 502 });
  });

  it("refuses answers without the documented shape", async () => {
    for (const body of ["not json", { title: 3 }, { ...INFO, nodes: -1 }]) {
      const error = await failure(createHttpStore({ fetch: answering(200, body) }).info());
      expect(error.reason).toBe("bad-response");
    }
    const edgeWithoutTarget = {
      nodes: [{ key: "a", attributes: { label: "A", nodeKind: "actor" } }],
      edges: [{ key: "e", source: "a", attributes: { relation: "r" } }],
    };
    const store = createHttpStore({ fetch: answering(200, edgeWithoutTarget) });
    expect((await failure(store.neighbourhood("a", 1))).reason).toBe("bad-response");
  });
});
