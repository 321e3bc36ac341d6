// The API over the in-memory store (what `kg serve` gives with no argument), plus what does not
// depend on the store: the built app with its CSP, the per-request timeout, unexpected failures.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { BUILT_IN_GRAPH } from "../../src/cli/paths.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import { buildServer } from "../../src/server/app.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { MemoryStore } from "../../src/store/memory-store.ts";
import { CONTENT_SECURITY_POLICY } from "../../vite.config.ts";
import { apiSuite } from "./api-suite.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

function builtInStore(): MemoryStore {
  const read = readCurated(BUILT_IN_GRAPH);
  if (!read.ok) throw new Error("the built-in graph does not load");
  return new MemoryStore(read.graph, read.sourceTexts);
}

apiSuite("MemoryStore", async () => builtInStore());

describe("kg serve's HTTP server", () => {
  const appDir = mkdtempSync(join(tmpdir(), "kg-app-"));
  writeFileSync(join(appDir, "index.html"), "<!doctype html><title>kg</title>");
  writeFileSync(join(appDir, "app.js"), "console.log(1)");
  afterAll(() => rmSync(appDir, { recursive: true, force: true }));

  it("serves the built app with the preview's CSP; any other page path gets the app", async () => {
    const app = await buildServer({ store: builtInStore(), appDir });
    for (const path of ["/", "/app.js", "/some/view"]) {
      const response = await app.inject({ url: path });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await app.inject({ url: "/" })).body).toContain("<title>kg</title>");
    expect((await app.inject({ url: "/api/nothing" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/../../etc/passwd" })).body).not.toContain("root:");
    await app.close();
  });

  it("a store call that takes longer than the timeout is a JSON 503", async () => {
    const store = builtInStore();
    const slow: GraphStore = Object.assign(Object.create(store), {
      search: () => new Promise(() => {}),
    });
    const app = await buildServer({ store: slow, timeoutMs: 50 });
    const response = await app.inject({ url: "/api/search?q=x" });
    expect(response.statusCode).toBe(503);
    expect(JSON.parse(response.body)).toEqual({
      error: "the query took longer than 50 ms",
      fix: expect.any(String),
    });
    await app.close();
  });

  it("an unexpected failure is a JSON 500 without a stack trace", async () => {
    const store = builtInStore();
    const broken: GraphStore = Object.assign(Object.create(store), {
      hubs: () => Promise.reject(new Error("secret detail\n    at internal (file.ts:1:1)")),
    });
    const app = await buildServer({ store: broken });
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => {
      written.push(text);
      return true;
    }) as typeof process.stderr.write;
    const response = await app.inject({ url: "/api/hubs" }).finally(() => {
      process.stderr.write = write;
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("secret");
    expect(response.body).not.toContain("file.ts");
    expect(written.join("")).toContain("secret detail");
    await app.close();
  });
});
