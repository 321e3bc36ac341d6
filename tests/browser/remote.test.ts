// The explorer's remote mode in Chromium against `kg serve` backed by PostgreSQL: a throwaway
// cluster, the built-in graph loaded into it, and kg serve's server (src/server/app.ts) serving
// the test build and the JSON API over a PostgresStore. Checks what the issue asks of the remote
// explorer, then stops the server, and then the database, mid-session.
import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import type pg from "pg";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, freePort, startCluster } from "../../scripts/postgres-cluster.ts";
import { BUILT_IN_GRAPH } from "../../src/cli/paths.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import { buildServer } from "../../src/server/app.ts";
import { createPool } from "../../src/store/postgres/connection.ts";
import { loadGraph } from "../../src/store/postgres/load-graph.ts";
import { PostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { connectBrowser, disconnectBrowser, nodePosition } from "./app-page.ts";

const APP_DIR = resolve(import.meta.dirname, "../../test-artifacts/build");
const GRAPH = "new-security-concept";

let cluster: Cluster;
let pool: pg.Pool;
let store: PostgresStore;
let server: FastifyInstance | null = null;
let port = 0;
const pages: Page[] = [];

async function startServer(): Promise<void> {
  server = await buildServer({ store, appDir: APP_DIR });
  await server.listen({ port, host: "127.0.0.1" });
}

async function stopServer(): Promise<void> {
  await server?.close();
  server = null;
}

beforeAll(async () => {
  cluster = await startCluster();
  pool = createPool({ url: cluster.url });
  const read = readCurated(BUILT_IN_GRAPH);
  if (!read.ok) throw new Error("the built-in graph does not load");
  await loadGraph(pool, read.graph, {
    name: GRAPH,
    replace: false,
    sourceTexts: read.sourceTexts,
    sourceFiles: BUILT_IN_GRAPH,
  });
  store = await PostgresStore.open(pool, GRAPH, "the test cluster");
  port = await freePort();
  await startServer();
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
  if (!server) await startServer();
});

afterAll(async () => {
  await stopServer();
  await disconnectBrowser();
  await pool?.end();
  cluster?.stop();
});

interface RemotePage {
  page: Page;
  errors: string[];
  /** Every /api/ request the page made, as path and query. */
  asked: string[];
}

async function openRemote(query = ""): Promise<RemotePage> {
  const context = await (await connectBrowser()).newContext({
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  pages.push(page);
  const errors: string[] = [];
  const asked: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) asked.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`http://127.0.0.1:${port}/${query ? `?${query}` : ""}`);
  await status(page).waitFor();
  return { page, errors, asked };
}

const status = (page: Page) => page.getByRole("status").filter({ hasText: /in the database/ });

async function drawn(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? "";
  const match = /^([\d,]+) nodes? drawn · ([\d,]+) in the database/.exec(text);
  if (!match) throw new Error(`status line reads "${text}"`);
  return Number(match[1].replace(/,/g, ""));
}

/** Waits until the status line says `count` nodes are drawn. */
async function waitForDrawn(page: Page, count: number): Promise<void> {
  await status(page)
    .filter({ hasText: new RegExp(`^${count.toLocaleString("en-GB")} nodes? drawn`) })
    .waitFor();
}

function drawnKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kg = (
      window as unknown as {
        __kg: { ctx: { dataset: { get(): { graph: { nodes(): string[] } } } } };
      }
    ).__kg;
    return kg.ctx.dataset.get().graph.nodes().sort();
  });
}

async function neighbourhoodKeys(focus: string, depth: number, limit?: number): Promise<string[]> {
  const found = await store.neighbourhood(focus, depth, { limit });
  return (found?.nodes ?? []).map((node) => node.key);
}

/**
 * A node's place once the drawing has settled: the last glide or repaint after a load can
 * still move it by a pixel after the camera is at rest, so read until two reads agree.
 */
async function settledPosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  let last = await nodePosition(page, key);
  for (;;) {
    await page.waitForTimeout(150);
    const now = await nodePosition(page, key);
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
}

/** Where sigma's stage is in the page. */
async function stageCorner(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as { __kg: { sigma: { getContainer(): HTMLElement } } })
      .__kg;
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left, y: box.top };
  });
}

describe("the explorer opened from kg serve over PostgreSQL", () => {
  it("starts on the database's title, counts and hubs without loading the graph", async () => {
    const { page, asked, errors } = await openRemote();
    expect(await status(page).textContent()).toMatch(/^0 nodes drawn · 80 in the database/);
    await expect
      .poll(() => page.locator("#graph-title").textContent())
      .toBe("China’s new security concept");
    const panel = page.getByRole("region", { name: "Database" });
    await expect.poll(() => panel.textContent()).toContain("80 nodes · 122 edges");
    await panel.getByRole("button", { name: "New security concept", exact: true }).waitFor();
    expect(asked.some((path) => path.startsWith("/api/neighbourhood"))).toBe(false);
    expect(asked).toContain("/api/info");
    expect(errors).toEqual([]);
  });

  it("searches the server, draws a focus's neighbourhood, grows it, and a link reopens it", async () => {
    const { page, asked, errors } = await openRemote();
    await page.getByRole("combobox", { name: "Search" }).fill("terror");
    await page.getByRole("option", { name: /International terrorism/ }).waitFor();
    expect(asked).toContain("/api/search?q=terror&limit=8");
    await page.keyboard.press("Enter");
    const first = await neighbourhoodKeys("international-terrorism", 1);
    await waitForDrawn(page, first.length);
    expect(page.url()).toContain("focus=international-terrorism");

    // Focus China from Details: its neighbourhood joins what is drawn; nothing drawn moves.
    const before = await page.evaluate(() => {
      const kg = (
        window as unknown as {
          __kg: {
            ctx: {
              dataset: {
                get(): { graph: { getNodeAttributes(key: string): { x: number; y: number } } };
              };
            };
          };
        }
      ).__kg;
      const { x, y } = kg.ctx.dataset.get().graph.getNodeAttributes("international-terrorism");
      return { x, y };
    });
    await page.locator("#details").getByRole("button", { name: "China", exact: true }).click();
    const union = new Set([...first, ...(await neighbourhoodKeys("china", 1))]);
    await waitForDrawn(page, union.size);

    // Double-click a node: Expand adds its neighbours, and the view stays where it was.
    const target = "new-security-concept";
    const point = await settledPosition(page, target);
    const onScreen = await settledPosition(page, "international-terrorism");
    const stageBefore = await stageCorner(page);
    await page.mouse.dblclick(point.x, point.y);
    for (const key of await neighbourhoodKeys(target, 1)) union.add(key);
    await waitForDrawn(page, union.size);
    // Where it was on the stage, to a fraction of a pixel (sigma renormalises with the kept
    // frame). The stage itself may shift a few pixels in the page as the panels' texts change.
    const stageAfter = await stageCorner(page);
    const moved = async (key: string, before: { x: number; y: number }) => {
      const now = await settledPosition(page, key);
      const dx = now.x - stageAfter.x - (before.x - stageBefore.x);
      const dy = now.y - stageAfter.y - (before.y - stageBefore.y);
      return Math.hypot(dx, dy);
    };
    expect(await moved(target, point)).toBeLessThan(0.5);
    expect(await moved("international-terrorism", onScreen)).toBeLessThan(0.5);
    expect(await drawnKeys(page)).toEqual([...union].sort());
    const after = await page.evaluate(() => {
      const kg = (
        window as unknown as {
          __kg: {
            ctx: {
              dataset: {
                get(): { graph: { getNodeAttributes(key: string): { x: number; y: number } } };
              };
            };
          };
        }
      ).__kg;
      const { x, y } = kg.ctx.dataset.get().graph.getNodeAttributes("international-terrorism");
      return { x, y };
    });
    expect(after).toEqual(before);
    await expect.poll(() => page.url()).toContain(`${target}:1`);

    const link = page.url();
    const reopened = await openRemote(new URL(link).search.slice(1));
    await waitForDrawn(reopened.page, union.size);
    expect(await drawnKeys(reopened.page)).toEqual([...union].sort());
    expect(errors).toEqual([]);
  });

  it("says where the server cut a neighbourhood, and Load more brings the rest", async () => {
    const { page } = await openRemote("focus=new-security-concept&limit=5");
    await waitForDrawn(page, 5);
    const cut = await store.neighbourhood("new-security-concept", 1, { limit: 5 });
    const total = cut?.truncated?.total ?? 0;
    const panel = page.getByRole("region", { name: "Database" });
    await panel.getByText(`5 of ${total} neighbours shown —`).waitFor();
    await panel.getByRole("button", { name: "Load more" }).click();
    await waitForDrawn(page, (await neighbourhoodKeys("new-security-concept", 1)).length);
    await expect.poll(() => panel.getByRole("button", { name: "Load more" }).count()).toBe(0);

    // Expand in Details asks for the node's neighbours with the default cap: all of them here.
    const again = await openRemote("focus=new-security-concept&limit=5");
    await waitForDrawn(again.page, 5);
    await again.page
      .locator("#details")
      .getByRole("button", { name: "Expand New security concept" })
      .click();
    await waitForDrawn(again.page, (await neighbourhoodKeys("new-security-concept", 1)).length);
  });

  it("asks the server for paths and draws them", async () => {
    const { page, asked } = await openRemote("focus=china&path=china,non-traditional-threats");
    await page.getByRole("heading", { name: /Paths/ }).first().waitFor();
    expect(
      asked.some((path) => path.startsWith("/api/paths?from=china&to=non-traditional-threats")),
    ).toBe(true);
    const paths = await store.paths("china", "non-traditional-threats", { max: 3 });
    const keys = await drawnKeys(page);
    for (const key of paths?.flatMap((path) => path.nodes) ?? []) expect(keys).toContain(key);
    await expect.poll(() => page.locator("#paths").textContent()).toMatch(/shortest path/);
  });
});

describe("remote faults", () => {
  it("keeps the drawing and alerts when the server stops, and carries on once it is back", async () => {
    const { page, errors } = await openRemote("focus=china");
    const china = (await neighbourhoodKeys("china", 1)).length;
    await waitForDrawn(page, china);
    await stopServer();
    const panel = page.getByRole("region", { name: "Database" });
    await panel.getByRole("button", { name: "Human security" }).click();
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent())
      .toMatch(/Could not load the neighbourhood of Human security: the server does not answer/);
    expect(await drawn(page)).toBe(china);
    expect(await page.locator("#stage canvas").count()).toBeGreaterThan(0);

    await startServer();
    await panel.getByRole("button", { name: "Human security" }).click();
    const union = new Set([
      ...(await neighbourhoodKeys("china", 1)),
      ...(await neighbourhoodKeys("human-security", 1)),
    ]);
    await waitForDrawn(page, union.size);
    expect(errors).toEqual([]);
  });

  it("keeps the drawing and alerts when the database goes away", async () => {
    const { page } = await openRemote("focus=china");
    const china = (await neighbourhoodKeys("china", 1)).length;
    await waitForDrawn(page, china);
    cluster.stop();
    await page
      .getByRole("region", { name: "Database" })
      .getByRole("button", { name: "Human security" })
      .click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/^Could not load the neighbourhood of Human security: /);
    expect(await drawn(page)).toBe(china);
  });
});
