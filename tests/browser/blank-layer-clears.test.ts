// Sigma clears its three WebGL canvases on every render, and a cleared canvas is composited again
// (with software compositing, a read-back of the whole canvas in the frame). The renderer skips
// the clear of a layer already blank (src/view/blank-layer-clears.ts). This counts, per canvas,
// the clears that reach WebGL (wrapped before the app starts) and checks that an empty hover
// layer is left alone frame after frame, that a hover still draws on it, and that the first
// render after the hover ends does clear it, so no stale node stays on screen.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connectBrowser, disconnectBrowser, nodePosition } from "./app-page.ts";

afterAll(disconnectBrowser);

interface Counted {
  __clears: Record<string, number>;
  __kg: { sigma: { refresh(): void; getGraph(): { nodes(): string[] } } };
}

/** Counts each WebGL clear and non-empty draw of the canvas, by its sigma class, before sigma. */
function countClears() {
  const counts: Record<string, number> = {};
  (window as unknown as { __clears: typeof counts }).__clears = counts;
  const onCanvas = (gl: WebGL2RenderingContext) => gl.getParameter(gl.FRAMEBUFFER_BINDING) === null;
  const { clear, drawArraysInstanced } = WebGL2RenderingContext.prototype;
  WebGL2RenderingContext.prototype.drawArraysInstanced = function (
    this: WebGL2RenderingContext,
    ...args: Parameters<WebGL2RenderingContext["drawArraysInstanced"]>
  ) {
    const key = `draws ${(this.canvas as HTMLCanvasElement).className}`;
    if (onCanvas(this) && args[3] > 0) counts[key] = (counts[key] ?? 0) + 1;
    return drawArraysInstanced.apply(this, args);
  };
  WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask) {
    const layer = (this.canvas as HTMLCanvasElement).className;
    if (onCanvas(this)) {
      counts[layer] = (counts[layer] ?? 0) + 1;
    }
    return clear.call(this, mask);
  };
}

/** The count under `prefix` + `layer`: clears by default. */
async function clearsOf(page: Page, layer: string, prefix = "sigma-"): Promise<number> {
  return page.evaluate(
    (name) => (window as unknown as Counted).__clears[name] ?? 0,
    `${prefix}${layer}`,
  );
}

/** Renders the whole graph again, synchronously, `times` times. */
async function refresh(page: Page, times: number): Promise<void> {
  await page.evaluate((count) => {
    for (let i = 0; i < count; i++) (window as unknown as Counted).__kg.sigma.refresh();
  }, times);
}

describe("blank layer clears", () => {
  it("leaves an empty hover layer alone, and clears it once after a hover", async () => {
    const context = await (await connectBrowser()).newContext({
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.addInitScript(countClears);
      await page.goto(inject("appUrl"));
      await page
        .getByRole("status")
        .filter({ hasText: /of \d+ nodes/ })
        .waitFor();
      await page.waitForFunction(() => (window as unknown as Counted).__kg !== undefined);

      const hoverBefore = await clearsOf(page, "hoverNodes");
      const nodesBefore = await clearsOf(page, "nodes");
      await refresh(page, 3);
      // The node layer shows the graph, so each render clears it; the hover layer is empty.
      expect(await clearsOf(page, "nodes")).toBe(nodesBefore + 3);
      expect(await clearsOf(page, "hoverNodes")).toBe(hoverBefore);

      const key = await page.evaluate(
        () => (window as unknown as Counted).__kg.sigma.getGraph().nodes()[0],
      );
      const point = await nodePosition(page, key);
      const drawsBefore = await clearsOf(page, "draws sigma-hoverNodes", "");
      await page.mouse.move(point.x, point.y);
      // The hover draws the node on the hover layer, which was blank.
      await expect
        .poll(() => clearsOf(page, "draws sigma-hoverNodes", ""))
        .toBeGreaterThan(drawsBefore);
      const hoverDrawn = await clearsOf(page, "hoverNodes");
      // Off the node, to an empty corner of the stage (leaving the stage keeps the hover).
      const stage = await page.locator("#stage").boundingBox();
      if (!stage) throw new Error("no #stage");
      await page.mouse.move(stage.x + stage.width - 8, stage.y + stage.height - 8);
      await page.waitForFunction(
        () =>
          (window as unknown as { __kg: { sigma: { hoveredNode: unknown } } }).__kg.sigma
            .hoveredNode === null,
      );
      await refresh(page, 1);
      // The render after the hover ended clears what the hover drew (sigma clears the layer
      // twice per render; one reaches WebGL), and the renders after that leave it alone.
      await expect.poll(() => clearsOf(page, "hoverNodes")).toBeGreaterThan(hoverDrawn);
      const afterHover = await clearsOf(page, "hoverNodes");
      await refresh(page, 3);
      expect(await clearsOf(page, "hoverNodes")).toBe(afterHover);
    } finally {
      await context.close();
    }
  });
});
