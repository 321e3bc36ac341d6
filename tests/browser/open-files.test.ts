// Opening other people's files: Gephi Lite's JSON, a file whose edges name unlisted nodes (refused,
// then "Open anyway"), JSON of another tool (named, with what to export), counts in words.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
const fileInput = (page: Page) => page.getByLabel("Open graph file");
const opened = (page: Page) => page.getByRole("status").filter({ hasText: "Opened" });

describe("opening other tools' files", () => {
  it("a file whose edges name unlisted nodes is refused, then opens anyway creating them", async () => {
    const { page, errors } = await open();
    const before = await statusCounts(page);
    await fileInput(page).setInputFiles({
      name: "partial.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          nodes: [{ key: "a" }, { key: "b" }],
          edges: [
            { key: "e1", source: "a", target: "ghost" },
            { key: "e2", source: "spectre", target: "b" },
          ],
        }),
      ),
    });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain('names target "ghost"');
    expect(await statusCounts(page)).toEqual(before);
    const anyway = page.getByRole("button", { name: "Open anyway, creating the 2 missing nodes" });
    await anyway.waitFor();
    // The offer is where the keyboard is.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Open anyway, creating the 2 missing nodes",
    );
    await anyway.click();
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(4);
    await expect
      .poll(() => opened(page).textContent())
      .toContain("partial.json: 4 nodes, 2 edges. Notes: created 2 nodes that edges name");
    expect(await anyway.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("Gephi Lite's JSON opens with its colours; the message says 1 edge, not 1 edges", async () => {
    const { page, errors } = await open();
    await fileInput(page).setInputFiles(fixturePath("les-miserables.gephi-lite.json"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    await expect.poll(() => opened(page).textContent()).toContain("77 nodes, 254 edges");

    await fileInput(page).setInputFiles({
      name: "pair.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          nodes: [{ key: "a" }, { key: "b" }],
          edges: [{ source: "a", target: "b" }],
        }),
      ),
    });
    await expect.poll(() => opened(page).textContent()).toContain("pair.json: 2 nodes, 1 edge.");
    expect(errors).toEqual([]);
  });

  it("Cytoscape JSON is named, with what to export instead, and the graph stays", async () => {
    const { page } = await open();
    const before = await statusCounts(page);
    await fileInput(page).setInputFiles({
      name: "network.cyjs.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ elements: { nodes: [], edges: [] } })),
    });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("looks like Cytoscape JSON");
    expect(await alert.textContent()).toContain("GraphML");
    expect(await alert.textContent()).not.toMatch(/give the graph a "nodes" list/);
    expect(await statusCounts(page)).toEqual(before);
  });
});

describe("search, first five minutes", () => {
  it('typing "China" and Enter focuses China, not a document named after it', async () => {
    const { page } = await open();
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("China");
    await expect.poll(() => page.getByRole("option").first().textContent()).toMatch(/^China/);
    await search.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("focus")).toBe("china");
  });
});
