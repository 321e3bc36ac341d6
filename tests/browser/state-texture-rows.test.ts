// The item states reach the GPU as a texture of 2048-slot rows, and each WebGL context uploads
// only the rows of what it draws (nodes or edges: src/view/item-state-programs.ts). The built-in
// graph fits in one row, so this opens a graph of 2,100 nodes, whose last nodes sit in the second
// row, and checks that a focus dims them on screen and that clearing it brings them back, and that
// a hover (whose spotlight is written by item number, src/state/hover-light.ts) lights up a
// neighbour in that row while the node beside it dims.
import { describe, expect, it } from "vitest";
import { brightnessAt, nodePosition, openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
const NODES = 2100;
const COLUMNS = 50;

/** A laid-out graphology file: nodes on a grid (kept as placed), a chain of edges along it. */
function gridGraph(hubEdges: readonly number[] = []): Buffer {
  const nodes = Array.from({ length: NODES }, (_, index) => ({
    key: `n${index}`,
    attributes: {
      label: `Node ${index}`,
      x: (index % COLUMNS) * 10,
      y: Math.floor(index / COLUMNS) * 10,
      size: 10,
    },
  }));
  const edges = Array.from({ length: 40 }, (_, index) => ({
    key: `e${index}`,
    source: `n${index}`,
    target: `n${index + 1}`,
  }));
  // The hub n0 links to nodes far down the grid (their slots are in the texture's second row).
  for (const target of hubEdges)
    edges.push({ key: `hub${target}`, source: "n0", target: `n${target}` });
  return Buffer.from(JSON.stringify({ options: { type: "directed", multi: true }, nodes, edges }));
}

interface Kg {
  nodeState(key: string): number;
  ctx: {
    view: { update(change: (state: object) => object): void };
    derived: { setHover(key: string | null): void };
  };
}

describe("state texture rows", () => {
  it("dims and restores nodes past the first row of 2,048 slots", async () => {
    const { page } = await open();
    await page
      .getByLabel("Open graph file")
      .setInputFiles({ name: "grid.json", mimeType: "application/json", buffer: gridGraph() });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(NODES);
    const last = `n${NODES - 1}`;
    const point = await nodePosition(page, last);
    const before = await brightnessAt(page, point);
    await page.evaluate(() => {
      const kg = (window as unknown as { __kg: Kg }).__kg;
      kg.ctx.view.update((state) => ({ ...state, focus: "n0" }));
    });
    const state = () =>
      page.evaluate((key) => (window as unknown as { __kg: Kg }).__kg.nodeState(key), last);
    await expect.poll(state).toBe(1);
    // Focusing moves the camera: read the node where it is now.
    const dimmedAt = await nodePosition(page, last);
    await expect.poll(() => brightnessAt(page, dimmedAt)).toBeGreaterThan(before + 40);
    await page.evaluate(() => {
      const kg = (window as unknown as { __kg: Kg }).__kg;
      kg.ctx.view.update((state) => ({ ...state, focus: null }));
    });
    await expect.poll(state).toBe(0);
    const restoredAt = await nodePosition(page, last);
    await expect.poll(() => brightnessAt(page, restoredAt)).toBeLessThan(before + 10);
  });

  it("a hover lights up its neighbours past the first row and dims the node beside them", async () => {
    const { page } = await open();
    const lit = NODES - 1;
    const beside = NODES - 2;
    await page.getByLabel("Open graph file").setInputFiles({
      name: "hub.json",
      mimeType: "application/json",
      buffer: gridGraph([lit, NODES - 50]),
    });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(NODES);
    const litAt = await nodePosition(page, `n${lit}`);
    const besideAt = await nodePosition(page, `n${beside}`);
    const litBefore = await brightnessAt(page, litAt);
    const besideBefore = await brightnessAt(page, besideAt);
    const hover = (key: string | null) =>
      page.evaluate((node) => {
        (window as unknown as { __kg: Kg }).__kg.ctx.derived.setHover(node);
      }, key);
    const state = (key: string) =>
      page.evaluate((node) => (window as unknown as { __kg: Kg }).__kg.nodeState(node), key);
    await hover("n0");
    await expect.poll(() => state(`n${beside}`)).toBe(1);
    expect(await state(`n${lit}`)).toBe(0);
    await expect.poll(() => brightnessAt(page, besideAt)).toBeGreaterThan(besideBefore + 40);
    expect(await brightnessAt(page, litAt)).toBeLessThan(litBefore + 10);
    await hover(null);
    await expect.poll(() => state(`n${beside}`)).toBe(0);
    await expect.poll(() => brightnessAt(page, besideAt)).toBeLessThan(besideBefore + 10);
  });
});
