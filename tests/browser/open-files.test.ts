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

describe("overlays", () => {
  it("the Opened note covers neither the graph's top nor an alert; the header stays one row", async () => {
    const { page } = await open();
    await fileInput(page).setInputFiles({
      name: "partial.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({ nodes: [{ key: "a" }], edges: [{ source: "a", target: "z" }] }),
      ),
    });
    await page.getByRole("alert").filter({ hasText: "partial.json" }).waitFor();
    await fileInput(page).setInputFiles(fixturePath("les-miserables.gexf"));
    const note = opened(page);
    await note.waitFor();
    const noteBox = await note.boundingBox();
    const stage = await page.locator("#stage").boundingBox();
    const alert = await page.getByRole("alert").boundingBox();
    if (!noteBox || !stage || !alert) throw new Error("missing boxes");
    expect(noteBox.y).toBeGreaterThan(stage.y + stage.height / 2);
    expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(stage.y + stage.height);
    expect(noteBox.y).toBeGreaterThanOrEqual(alert.y + alert.height);
    // At 1280 px, with "Built-in graph" shown, the header's parts sit on one row.
    expect(await page.getByRole("button", { name: "Built-in graph" }).isVisible()).toBe(true);
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll(".app-header > *")].map((child) =>
        Math.round(child.getBoundingClientRect().top),
      ),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
  });
});

describe("Copy link on an opened file", () => {
  it("says plainly that the link cannot bring the file back, and copies nothing", async () => {
    const { page } = await open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.evaluate(() => navigator.clipboard.writeText("untouched"));
    await fileInput(page).setInputFiles(fixturePath("les-miserables.gexf"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    const button = page.getByRole("button", { name: "Copy link" });
    await button.click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "No link copied" }).textContent())
      .toContain("can only restore views of the built-in graph");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("untouched");
    // The keyboard stays on the button acted on.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Copy link");
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

  it("the suggestions close when focus leaves the box or the stage is pressed", async () => {
    const { page } = await open();
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("secur");
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("true");
    const box = await page.locator("#stage").boundingBox();
    if (!box) throw new Error("no stage");
    await page.mouse.click(box.x + 8, box.y + box.height - 8);
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("listbox", { name: "Suggestions" }).isVisible()).toBe(false);

    await search.focus();
    await search.fill("terror");
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Tab");
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("false");
  });
});
