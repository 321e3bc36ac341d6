// Framing (issue 11): changing Depth, showing a path, opening Source or opening a file frames what
// is shown, with room for labels: every shown node, and its label, ends up inside the canvas.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

interface Display {
  x: number;
  y: number;
  size: number;
  label?: string | null;
}

/** What the tests read of window.__kg (see main.ts). */
interface Kg {
  sigma: {
    getGraph(): { nodes(): string[] };
    getDimensions(): { width: number; height: number };
    getSetting(name: "labelSize"): number;
    getSetting(name: "labelWeight" | "labelFont"): string;
    getNodeDisplayData(key: string): Display;
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    scaleSize(size: number): number;
  };
  ctx: {
    view: { get(): { path: unknown }; update(change: (state: object) => object): void };
    derived: { view(): Sets };
  };
  nodeState(key: string): number;
}

interface Sets {
  spotlight: { nodes: Set<string> } | null;
  focusSpotlight: { nodes: Set<string> } | null;
}

/**
 * The shown nodes (a path's or the focus's, else all the filters leave) whose disc or label
 * (printed right of the node, as sigma does) reaches past the canvas; also how many were checked.
 */
function clipped(page: Page): Promise<{ checked: number; outside: string[] }> {
  return page.evaluate(() => {
    const kg = (window as unknown as { __kg: Kg }).__kg;
    const { sigma } = kg;
    const view = kg.ctx.view.get();
    const derived = kg.ctx.derived.view() as Sets;
    const emphasis = view.path !== null ? derived.spotlight : null;
    const keys: string[] = emphasis
      ? [...emphasis.nodes]
      : derived.focusSpotlight
        ? [...derived.focusSpotlight.nodes]
        : sigma
            .getGraph()
            .nodes()
            .filter((key) => kg.nodeState(key) !== 2);
    const { width, height } = sigma.getDimensions();
    const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    context.font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
    const outside: string[] = [];
    for (const key of keys) {
      const data = sigma.getNodeDisplayData(key);
      const point = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      const label = data.label ? context.measureText(data.label).width + 3 : 0;
      const half = data.label ? Math.max(radius, sigma.getSetting("labelSize") / 2) : radius;
      const isInside =
        point.x - radius >= 0 &&
        point.x + radius + label <= width &&
        point.y - half >= 0 &&
        point.y + half <= height;
      if (!isInside) outside.push(key);
    }
    return { checked: keys.length, outside };
  });
}

/** Polls until the camera settled with nothing clipped (or fails with what is clipped). */
async function expectFramed(page: Page, atLeast: number): Promise<void> {
  await expect.poll(async () => (await clipped(page)).outside, { timeout: 5000 }).toEqual([]);
  expect((await clipped(page)).checked).toBeGreaterThanOrEqual(atLeast);
}

describe("framing what is shown", () => {
  it("after a depth change every shown node and its label is inside the canvas", async () => {
    const { page, errors } = await open("focus=china");
    await expectFramed(page, 2);
    await page.getByRole("combobox", { name: "Depth" }).selectOption("3");
    await expect.poll(async () => (await statusCounts(page)).nodesShown).toBeGreaterThan(20);
    await expectFramed(page, 20);
    expect(errors).toEqual([]);
  });

  it("showing a path frames the path", async () => {
    const { page } = await open("focus=undp&depth=1");
    await page.evaluate(() => {
      const kg = (window as unknown as { __kg: Kg }).__kg;
      kg.ctx.view.update((state: object) => ({
        ...state,
        path: { from: "undp", to: "international-terrorism" },
      }));
    });
    await expectFramed(page, 3);
  });

  it("opening Source frames what is shown in the narrower stage", async () => {
    const { page } = await open("focus=china&depth=2");
    await expectFramed(page, 5);
    const before = await page.evaluate(
      () => (window as unknown as { __kg: Kg }).__kg.sigma.getDimensions().width,
    );
    await page.getByRole("button", { name: "Source" }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __kg: Kg }).__kg.sigma.getDimensions().width),
      )
      .toBeLessThan(before);
    await expectFramed(page, 5);
  });

  it("an opened file is framed whole, labels included", async () => {
    const { page } = await open();
    await expectFramed(page, 80);
    await page.getByLabel("Open graph file").setInputFiles(fixturePath("les-miserables.gexf"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    await expectFramed(page, 77);
  });
});

describe("a stage that changes size", () => {
  /** Sigma's label grid (internal: see src/view/stage-resize.ts) and the canvas size now. */
  const gridAndStage = (page: Page) =>
    page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: Kg }).__kg;
      const grid = (sigma as unknown as { labelGrid: { width: number; height: number } }).labelGrid;
      return { grid: { width: grid.width, height: grid.height }, stage: sigma.getDimensions() };
    });

  it("gets a label grid of its new size without reprocessing the graph", async () => {
    const { page, errors } = await open();
    await expectFramed(page, 80);
    const processed = await page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: { sigma: Emitter } }).__kg;
      const counter = { count: 0 };
      sigma.on("beforeProcess", () => counter.count++);
      (window as unknown as { processed: typeof counter }).processed = counter;
    });
    expect(processed).toBeUndefined();
    await page.setViewportSize({ width: 1000, height: 700 });
    await expect
      .poll(async () => {
        const { grid, stage } = await gridAndStage(page);
        return grid.width === stage.width && grid.height === stage.height && stage.width < 1000;
      })
      .toBe(true);
    const count = await page.evaluate(
      () => (window as unknown as { processed: { count: number } }).processed.count,
    );
    expect(count).toBe(0);
    expect(errors).toEqual([]);
  });
});

interface Emitter {
  on(event: string, listener: () => void): void;
}
