// src/view/camera-input-picking.ts keeps sigma from reading its picking textures back while the
// stage is dragged and on wheel ticks nothing listens to. These tests count `readPixels` calls
// per canvas, so they fail loudly if sigma's pointer path changes under that module, and check
// what must still work: the camera pans and zooms, a node dragged still hovers, a node under the
// pointer is hovered after the pan, and a `wheelNode` listener still hears of its node.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nodePosition, openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

/** Page source: counts readPixels calls per canvas class in window.__reads. */
const COUNT_READS = `(() => {
  window.__reads = {};
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const read = proto.readPixels;
    proto.readPixels = function (...args) {
      const canvas = this.canvas.className || "other";
      window.__reads[canvas] = (window.__reads[canvas] ?? 0) + 1;
      return read.apply(this, args);
    };
  }
})()`;

type Reads = Record<string, number>;

interface Sigma {
  getCamera(): { getState(): { x: number; y: number; ratio: number }; isAnimated(): boolean };
  getNodeAtPosition(point: { x: number; y: number }): string | null;
  on(event: string, listener: (payload: { node: string }) => void): void;
}
type Kg = { sigma: Sigma; ctx: { derived: { view(): { hover: string | null } } } };

/** Readings taken since the last call (and the counters reset). */
async function readsSinceLast(page: Page): Promise<Reads> {
  return page.evaluate(() => {
    const all = window as unknown as { __reads: Reads };
    const reads = all.__reads;
    all.__reads = {};
    return reads;
  });
}

const total = (reads: Reads) => Object.values(reads).reduce((sum, count) => sum + count, 0);

/** One animation frame of the page, so what an input scheduled has been drawn. */
const aFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function cameraAtRest(page: Page) {
  await page.waitForFunction(() => {
    const { sigma } = (window as unknown as { __kg: Kg }).__kg;
    return !sigma.getCamera().isAnimated();
  });
  return page.evaluate(() => (window as unknown as { __kg: Kg }).__kg.sigma.getCamera().getState());
}

/** A point of the stage's left margin with no node under it, in page pixels. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const stage = await page.locator("#stage").boundingBox();
  if (!stage) throw new Error("no #stage on the page");
  const local = { x: 12, y: stage.height / 2 };
  const node = await page.evaluate(
    (point) => (window as unknown as { __kg: Kg }).__kg.sigma.getNodeAtPosition(point),
    local,
  );
  expect(node, "a node under the drag's start").toBeNull();
  return { x: stage.x + local.x, y: stage.y + local.y };
}

const hovered = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kg: Kg }).__kg.ctx.derived.view().hover);

describe("pointer look-ups on camera moves", () => {
  it("dragging the stage reads no picking texture, and a node is hovered after it", async () => {
    const { page, errors } = await open();
    const before = await cameraAtRest(page);
    const start = await emptyPoint(page);
    await page.evaluate(COUNT_READS);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await readsSinceLast(page);
    for (let step = 1; step <= 5; step++) {
      await page.mouse.move(start.x + 8 * step, start.y);
      await aFrame(page);
    }
    const whileDragging = await readsSinceLast(page);
    const moved = await page.evaluate(
      () => (window as unknown as { __kg: Kg }).__kg.sigma.getCamera().getState().x,
    );
    await page.mouse.up();
    expect(moved, "the camera followed the drag").not.toBe(before.x);
    expect(whileDragging, "picking textures read during the drag").toEqual({});

    await cameraAtRest(page);
    const undp = await nodePosition(page, "undp");
    await page.mouse.move(undp.x, undp.y, { steps: 3 });
    await expect.poll(() => hovered(page)).toBe("undp");
    expect(total(await readsSinceLast(page)), "look-ups after the drag").toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("dragging a node still looks up what is under the pointer", async () => {
    const { page, errors } = await open();
    await cameraAtRest(page);
    const undp = await nodePosition(page, "undp");
    await page.evaluate(COUNT_READS);
    await page.mouse.move(undp.x, undp.y, { steps: 3 });
    await page.mouse.down();
    await readsSinceLast(page);
    await page.mouse.move(undp.x + 20, undp.y + 10, { steps: 4 });
    const whileDragging = await readsSinceLast(page);
    await page.mouse.up();
    expect(whileDragging["sigma-nodes"] ?? 0, "node look-ups during a node drag").toBeGreaterThan(
      0,
    );
    expect(errors).toEqual([]);
  });

  it("a wheel tick zooms without a look-up, unless something listens to wheelNode", async () => {
    const { page, errors } = await open();
    const before = await cameraAtRest(page);
    const undp = await nodePosition(page, "undp");
    await page.evaluate(COUNT_READS);
    await page.mouse.move(undp.x, undp.y, { steps: 3 });
    await readsSinceLast(page);
    await page.mouse.wheel(0, -120);
    const onWheel = await readsSinceLast(page);
    const after = await cameraAtRest(page);
    expect(after.ratio, "the wheel zoomed in").toBeLessThan(before.ratio);
    expect(onWheel, "picking textures read by the wheel").toEqual({});

    const spot = await nodePosition(page, "undp");
    await page.mouse.move(spot.x, spot.y, { steps: 3 });
    await page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: Kg }).__kg;
      const heard = window as unknown as { __wheelNode: string | null };
      heard.__wheelNode = null;
      sigma.on("wheelNode", ({ node }) => {
        heard.__wheelNode = node;
      });
    });
    await page.mouse.wheel(0, 120);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __wheelNode: string }).__wheelNode))
      .toBe("undp");
    expect(errors).toEqual([]);
  });
});
