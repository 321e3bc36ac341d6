// The benchmark's file server: serves the mounted folders and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../../bench/browser/static-server.ts";

describe("serveStatic", () => {
  const root = mkdtempSync(join(tmpdir(), "kg-bench-serve-"));
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(root, "pages"));
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "pages", "index.html"), "<p>page</p>");
    writeFileSync(join(root, "data", "graph.json"), '{"nodes":[]}');
    writeFileSync(join(root, "secret.txt"), "not served");
    server = await serveStatic({ "/": join(root, "pages"), "/data/": join(root, "data") });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves each folder under its prefix, with a content type", async () => {
    const page = await fetch(`${server.url}/`);
    expect(await page.text()).toBe("<p>page</p>");
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const data = await fetch(`${server.url}/data/graph.json`);
    expect(await data.json()).toEqual({ nodes: [] });
  });

  it("answers 404 for missing files and 403 for paths that climb out of a folder", async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    const outside = await fetch(`${server.url}/data/..%2F..%2Fsecret.txt`);
    expect(outside.status).toBe(403);
  });
});
