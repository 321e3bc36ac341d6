// The first five minutes on the built-in graph, as a newcomer meets them: each point of issue 11
// that is about the explorer's behaviour rather than about opening files.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
const AXE = resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

/** axe's colour-contrast check on one part of the page: the failing nodes' selectors. */
async function contrastFailures(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (include) => {
    type Result = { violations: { nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } })
      .axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: "rule", values: ["color-contrast"] } },
    );
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => node.target.join(" ")),
    );
  }, selector);
}

/** Whether the element's top is inside the viewport (scrolled into view). */
async function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((query) => {
    const box = document.querySelector(query)?.getBoundingClientRect();
    return box !== undefined && box.top >= -1 && box.top < window.innerHeight - 40;
  }, selector);
}

describe("phone width (390 px)", () => {
  it("focusing a node brings Details into view; opening Source brings the document", async () => {
    const { page } = await open("", { viewport: { width: 390, height: 844 } });
    expect(await isInView(page, "#details")).toBe(false);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("UNDP");
    await search.press("Enter");
    await expect.poll(() => isInView(page, "#details")).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("button", { name: "Source" }).click();
    await expect.poll(() => isInView(page, "#reading")).toBe(true);
  });
});

describe("the reading pane", () => {
  it("a selected sentence stays readable while pointed at (axe colour contrast)", async () => {
    const { page } = await open("", { bypassCSP: true });
    await page.getByRole("button", { name: "Source" }).click();
    const sentence = page.locator(".sentence.is-evidence").first();
    await sentence.click();
    await expect.poll(() => sentence.getAttribute("aria-pressed")).toBe("true");
    await sentence.hover();
    await page.waitForTimeout(100);
    expect(await contrastFailures(page, "#reading")).toEqual([]);
    const colours = await sentence.evaluate((node) => {
      const style = getComputedStyle(node);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(["rgb(255, 255, 255)", "rgb(31, 78, 154)"]);
  });
});

describe("the timeline is honest", () => {
  it("says how much is dated, and Play on a mostly undated graph hides the undated so it grows", async () => {
    const { page } = await open();
    const timeline = page.getByRole("group", { name: "Timeline" });
    expect(await timeline.textContent()).toContain(
      "9 of 80 nodes and 29 of 122 edges carry a date",
    );
    const undated = page.getByRole("checkbox", { name: "Show undated" });
    expect(await undated.isChecked()).toBe(true);
    await page.getByRole("button", { name: "Play" }).click();
    await expect.poll(() => undated.isChecked()).toBe(false);
    const first = (await statusCounts(page)).nodesShown;
    expect(first).toBeLessThanOrEqual(9);
    await page.getByRole("button", { name: "Pause" }).click();
    await page.getByRole("slider", { name: "Year" }).focus();
    await page.keyboard.press("End");
    await expect.poll(async () => (await statusCounts(page)).nodesShown).toBe(9);
    expect(first).toBeLessThan(9);
  });

  it("a choice the user made about undated items is kept", async () => {
    const { page } = await open();
    const undated = page.getByRole("checkbox", { name: "Show undated" });
    await undated.uncheck();
    await undated.check();
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForTimeout(300);
    expect(await undated.isChecked()).toBe(true);
    expect((await statusCounts(page)).nodesShown).toBeGreaterThan(70);
  });
});

describe("the SVG export", () => {
  it("at depth 2 around a hub, no two node labels print over each other", async () => {
    const { page } = await open("focus=china&depth=2");
    await page.waitForTimeout(600);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const panel = page.getByRole("region", { name: "Export" });
    await panel.getByRole("radio", { name: "SVG" }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const svg = Buffer.concat(chunks).toString("utf8");
    const group = /<g class="node-labels"[^>]*font-size="([\d.]+)"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
    if (!group) throw new Error("no node labels in the SVG");
    const size = Number(group[1]);
    const labels = [...group[2].matchAll(/<text x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/text>/g)].map(
      (match) => ({ x: Number(match[1]), y: Number(match[2]), text: match[3] }),
    );
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.map((label) => label.text)).toContain("China");
    const widths = await page.evaluate(
      ({ texts, font }) => {
        const context = document.createElement("canvas").getContext("2d");
        if (!context) return texts.map(() => 0);
        context.font = font;
        return texts.map((text) => context.measureText(text).width);
      },
      { texts: labels.map((label) => label.text), font: `500 ${size}px system-ui, sans-serif` },
    );
    const boxes = labels.map((label, index) => ({
      left: label.x,
      right: label.x + widths[index],
      top: label.y - size,
      bottom: label.y,
    }));
    const overlapping: string[] = [];
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b, offset) => {
        const j = i + 1 + offset;
        const overlaps =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1;
        if (overlaps) overlapping.push(`${labels[i].text} / ${labels[j].text}`);
      });
    });
    expect(overlapping).toEqual([]);
  });
});
