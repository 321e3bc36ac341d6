// Sigma 3.0.3 re-sends every vertex array to WebGL on every render; src/view/upload-on-change.ts
// sends a buffer only what sigma wrote since its last upload. These tests count the uploads per
// canvas, so they fail loudly if sigma's render path changes under that module: a hover frame
// must send no whole array of the graph, and moving a node must send them all again, for
// picking and display.
import { describe, expect, it } from "vitest";
import { nodePosition, openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

/** Per sigma canvas: bytes of each whole upload (bufferData) and each partial one. */
type Uploads = Record<string, { whole: number[]; partial: number[] }>;

/**
 * Page source (it uses nothing from the test's scope): counts bufferData and bufferSubData calls
 * per canvas class from `change` until sigma's next render has finished.
 */
function uploadsDuring(change: string): string {
  return `new Promise((resolve) => {
    const kg = window.__kg;
    const uploads = {};
    const protos = [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype];
    const kinds = { bufferData: "whole", bufferSubData: "partial" };
    const originals = [];
    for (const proto of protos) {
      for (const [method, kind] of Object.entries(kinds)) {
        const original = proto[method];
        originals.push(() => { proto[method] = original; });
        proto[method] = function (...args) {
          const name = this.canvas.className || "other";
          const data = args[method === "bufferData" ? 1 : 2];
          uploads[name] ??= { whole: [], partial: [] };
          uploads[name][kind].push(typeof data === "number" ? data : data.byteLength);
          return original.apply(this, args);
        };
      }
    }
    kg.sigma.once("afterRender", () => {
      for (const restore of originals) restore();
      resolve(uploads);
    });
    (${change})(kg);
  })`;
}

describe("vertex uploads", () => {
  it("a hover frame sends no whole vertex array of the graph, only the items that changed", async () => {
    const { page, errors } = await open();
    const uploads = (await page.evaluate(uploadsDuring(`(kg) => kg.setHover("undp")`))) as Uploads;
    expect(uploads["sigma-nodes"]?.whole ?? [], "whole node arrays").toEqual([]);
    expect(uploads["sigma-edges"]?.whole ?? [], "whole edge arrays").toEqual([]);
    // The hovered node's ring changed: that item, not the array, went to both buffers.
    const nodeBytes = uploads["sigma-nodes"]?.partial ?? [];
    expect(nodeBytes.length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it("moving a node uploads the arrays again, and the node is found where it was moved", async () => {
    const { page, errors } = await open();
    const before = await nodePosition(page, "undp");
    const uploads = (await page.evaluate(
      uploadsDuring(`(kg) => {
        const graph = kg.sigma.getGraph();
        const { x, y } = graph.getNodeAttributes("undp");
        graph.mergeNodeAttributes("undp", { x: x + 0.05 * Math.abs(x || 1), y });
      }`),
    )) as Uploads;
    // A node array goes to two buffers: the picking pass's and the display's. Edges draw their
    // picking pass when an edge is looked up (edge-picking-on-demand.ts): in the frame, the
    // arrows' two programs (line and head) send their display buffers.
    expect(uploads["sigma-nodes"]?.whole.length).toBeGreaterThanOrEqual(2);
    expect(uploads["sigma-edges"]?.whole.length).toBeGreaterThanOrEqual(2);

    const after = await nodePosition(page, "undp");
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(3);
    await page.mouse.move(after.x, after.y, { steps: 3 });
    const hovered = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __kg: { ctx: { derived: { view(): { hover: unknown } } } } }
          ).__kg.ctx.derived.view().hover,
      );
    await expect.poll(hovered).toBe("undp");
    expect(errors).toEqual([]);
  });
});
