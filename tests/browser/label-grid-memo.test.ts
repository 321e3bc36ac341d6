// src/view/label-grid-memo.ts keeps sigma's list of candidate labels until its label grid or the
// count per cell changes. These tests watch sigma's real grid: a pan computes no new list, a
// changed grid does, and the labels printed are the ones a fresh list gives, after a pan and a
// zoom. They fail if sigma stops reading its grid the way that module expects.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

/**
 * Page source: counts how often sigma's grid lists its cells (each fresh candidate list does),
 * through a proxy on the cells, and returns the labels printed by one frame per camera change.
 */
const WATCH_GRID = `(() => {
  const sigma = window.__kg.sigma;
  window.__listings = 0;
  const watch = () => {
    const grid = sigma.labelGrid;
    if (grid.__watched === grid.cells) return;
    grid.cells = new Proxy(grid.cells, {
      ownKeys(target) { window.__listings++; return Reflect.ownKeys(target); },
    });
    grid.__watched = grid.cells;
  };
  watch();
  window.__frameAt = (change) => new Promise((resolve) => {
    sigma.once("afterRender", () => resolve([...sigma.displayedNodeLabels].sort()));
    const camera = sigma.getCamera();
    const state = camera.getState();
    camera.setState({ x: state.x + (change.dx ?? 0), ratio: state.ratio * (change.zoom ?? 1) });
    sigma.scheduleRender();
  });
  window.__freshGrid = () => { sigma.labelGrid.organize(); watch(); };
})()`;

const frameAt = (page: Page, change: { dx?: number; zoom?: number }) =>
  page.evaluate(
    (arg) => (window as unknown as { __frameAt(c: unknown): Promise<string[]> }).__frameAt(arg),
    change,
  ) as Promise<string[]>;
const listings = (page: Page) =>
  page.evaluate(() => (window as unknown as { __listings: number }).__listings);
const freshGrid = (page: Page) =>
  page.evaluate(() => (window as unknown as { __freshGrid(): void }).__freshGrid());

describe("label grid memo", () => {
  it("a pan lists no cells again; a changed grid does", async () => {
    const { page, errors } = await open();
    await page.waitForFunction(() => {
      const { sigma } = (
        window as unknown as { __kg: { sigma: { getCamera(): { isAnimated(): boolean } } } }
      ).__kg;
      return !sigma.getCamera().isAnimated();
    });
    await page.evaluate(WATCH_GRID);
    await frameAt(page, {});
    const before = await listings(page);
    await frameAt(page, { dx: 0.01 });
    await frameAt(page, { dx: 0.01 });
    expect(await listings(page), "cells listed by two pan frames").toBe(before);
    await freshGrid(page);
    // Sorting the grid's cells lists them too.
    const changed = await listings(page);
    await frameAt(page, {});
    expect(await listings(page), "cells listed after the grid changed").toBe(changed + 1);
    expect(errors).toEqual([]);
  });

  it("prints the labels a fresh list gives, after a pan and a zoom", async () => {
    const { page, errors } = await open();
    await page.evaluate(WATCH_GRID);
    for (const change of [{}, { dx: 0.05 }, { zoom: 0.5 }, { zoom: 0.6 }, { zoom: 4 }]) {
      const memoized = await frameAt(page, change);
      await freshGrid(page);
      const fresh = await frameAt(page, {});
      expect(memoized, `labels after ${JSON.stringify(change)}`).toEqual(fresh);
      expect(memoized.length).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});
