// A Gephi file drawn as its author drew it: the file's colours and sizes (sampled pixels at the
// nodes), undirected edges without arrowheads, and the Appearance panel restyling it, with its
// choice in the URL.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { nodePosition, openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

/** The colour at the centre of a node on the stage, from a real screenshot. */
async function colourAt(page: Page, key: string): Promise<[number, number, number]> {
  const point = await nodePosition(page, key);
  const png = await page.screenshot({
    clip: { x: point.x - 1, y: point.y - 1, width: 3, height: 3 },
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(bitmap, 0, 0);
    const centre = Math.floor(bitmap.width / 2) * 4 * (bitmap.width + 1);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return [data[centre], data[centre + 1], data[centre + 2]] as [number, number, number];
  }, png.toString("base64"));
}

function near(actual: number[], expected: number[], tolerance = 12): boolean {
  return actual.every((value, index) => Math.abs(value - expected[index]) <= tolerance);
}

const display = (page: Page, kind: "node" | "edge", key: string) =>
  page.evaluate(
    ([what, item]) => {
      const { sigma } = (
        window as unknown as { __kg: { sigma: Record<string, (key: string) => unknown> } }
      ).__kg;
      const data = (
        what === "node" ? sigma.getNodeDisplayData(item) : sigma.getEdgeDisplayData(item)
      ) as Record<string, unknown>;
      return { type: data.type, size: data.size, color: data.color };
    },
    [kind, key] as const,
  );

async function openLesMiserables(page: Page): Promise<void> {
  await page.getByLabel("Open graph file").setInputFiles(fixturePath("les-miserables.gexf"));
  await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
  await page.waitForTimeout(400);
}

describe("a Gephi file as its author drew it", () => {
  it("draws the file's colours and sizes, and undirected edges without arrowheads", async () => {
    const { page, errors } = await open();
    await openLesMiserables(page);
    // Valjean rgb(245,91,91), Gavroche rgb(91,245,91), Marius rgb(194,91,245).
    expect(near(await colourAt(page, "11"), [245, 91, 91])).toBe(true);
    expect(near(await colourAt(page, "48"), [91, 245, 91])).toBe(true);
    expect(near(await colourAt(page, "55"), [194, 91, 245])).toBe(true);
    const valjean = await display(page, "node", "11");
    const gavroche = await display(page, "node", "48");
    expect((valjean.size as number) / (gavroche.size as number)).toBeCloseTo(100 / 61.600006, 2);
    const edge = await display(page, "edge", "geid_138_13");
    expect(edge.type).toBe("line");
    expect(edge.color).toBe("#f55b5b");
    // Our own graph keeps its arrows.
    await page.getByRole("button", { name: "Built-in graph" }).click();
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(80);
    expect((await display(page, "edge", "china~proposed~new-security-concept")).type).toBe("arrow");
    expect(errors).toEqual([]);
  });

  it("the Appearance panel recolours by an attribute and resizes by degree, in the URL", async () => {
    const { page, errors } = await open();
    await openLesMiserables(page);
    const panel = page.getByRole("region", { name: "Appearance" });
    await panel.getByLabel("Colour nodes by").selectOption("attr:modularity_class");
    await expect
      .poll(() => new URL(page.url()).searchParams.get("nodeColour"))
      .toBe("attr:modularity_class");
    // Valjean's community (1) is among the biggest: an Okabe-Ito colour, not the file's red.
    await page.waitForTimeout(300);
    expect(near(await colourAt(page, "11"), [245, 91, 91])).toBe(false);
    expect(
      await panel.getByRole("list", { name: "Colours by modularity_class" }).textContent(),
    ).toContain("other");
    await panel.getByLabel("Size nodes by").focus();
    await panel.getByLabel("Size nodes by").selectOption("degree");
    await expect.poll(async () => (await display(page, "node", "11")).size).toBe(16);
    // The keyboard stays on the control just used.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("appearance-size");
    await panel.getByLabel("Colour nodes by").selectOption("file");
    await page.waitForTimeout(300);
    expect(near(await colourAt(page, "11"), [245, 91, 91])).toBe(true);
    expect(errors).toEqual([]);
  });

  it("Details lists an undirected neighbour once, without arrows", async () => {
    const { page } = await open();
    await openLesMiserables(page);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Labarre");
    await search.press("Enter");
    const details = page.getByRole("region", { name: "Details" });
    await expect
      .poll(() => details.getByRole("heading", { level: 3 }).textContent())
      .toBe("Labarre");
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("linked (no direction)");
    expect(text).not.toMatch(/[→←]/);
    // Labarre's one link, to Valjean, listed once.
    expect(await details.getByRole("button", { name: /^Show link/ }).count()).toBe(1);
  });

  it("Gephi Lite's JSON is drawn with its partition colours", async () => {
    const { page } = await open();
    await page
      .getByLabel("Open graph file")
      .setInputFiles(fixturePath("les-miserables.gephi-lite.json"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    await page.waitForTimeout(400);
    expect(near(await colourAt(page, "11"), [0xca, 0x57, 0x6b])).toBe(true);
  });
});
