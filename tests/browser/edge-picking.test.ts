// src/view/edge-picking-on-demand.ts leaves the edges' picking pass out of sigma's frames and
// draws it when an edge is looked up. These tests count the draw calls into the picking texture
// per canvas, so they fail loudly if sigma's render or picking path changes under that module,
// and click an edge for real: the edge under the pointer must still be found.
import { describe, expect, it } from "vitest";
import { openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

/** Page source: counts draw calls into a framebuffer (picking) and to the screen, per canvas. */
const COUNT_DRAWS = `(() => {
  const counts = {};
  const bound = new WeakMap();
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const bind = proto.bindFramebuffer;
    proto.bindFramebuffer = function (target, framebuffer) {
      bound.set(this, framebuffer);
      return bind.call(this, target, framebuffer);
    };
    for (const name of ["drawArrays", "drawArraysInstanced", "drawElements"]) {
      const draw = proto[name];
      if (!draw) continue;
      proto[name] = function (...args) {
        const canvas = this.canvas.className || "other";
        counts[canvas] ??= { picking: 0, display: 0 };
        counts[canvas][bound.get(this) ? "picking" : "display"]++;
        return draw.apply(this, args);
      };
    }
  }
  window.__draws = counts;
})()`;

type Draws = Record<string, { picking: number; display: number } | undefined>;

/** Page source: one whole frame of sigma's, drawn at the same camera. */
const A_FRAME = `new Promise((resolve) => {
  window.__kg.sigma.once("afterRender", resolve);
  window.__kg.sigma.scheduleRender();
})`;

/** Page source: the draws of one whole frame, counted from a clean slate. */
const DRAWS_OF_A_FRAME = `(async () => {
  for (const key of Object.keys(window.__draws)) delete window.__draws[key];
  await ${A_FRAME};
  return structuredClone(window.__draws);
})()`;

/**
 * Page source: a straight edge's midpoint (viewport pixels) with no node under it, found by
 * asking sigma which edge is there; null when no edge is found anywhere.
 */
const AN_EDGE_AND_ITS_MIDPOINT = `(() => {
  const sigma = window.__kg.sigma;
  const graph = sigma.getGraph();
  for (const edge of graph.edges()) {
    const [source, target] = graph.extremities(edge);
    const a = sigma.framedGraphToViewport(sigma.getNodeDisplayData(source));
    const b = sigma.framedGraphToViewport(sigma.getNodeDisplayData(target));
    if (Math.hypot(a.x - b.x, a.y - b.y) < 80) continue;
    const point = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    if (sigma.getNodeAtPosition(point) !== null) continue;
    if (sigma.getEdgeAtPoint(point.x, point.y) === edge) return { edge, ...point };
  }
  return null;
})()`;

describe("edge picking on demand", () => {
  it("a frame draws no edge into the picking texture; looking an edge up draws them once", async () => {
    const { page, errors } = await open();
    await page.evaluate(COUNT_DRAWS);
    const frame = (await page.evaluate(DRAWS_OF_A_FRAME)) as Draws;
    expect(frame["sigma-edges"]?.display, "edges drawn to the screen").toBeGreaterThan(0);
    expect(frame["sigma-edges"]?.picking ?? 0, "edges drawn for picking").toBe(0);
    // Nodes are picked on every pointer move: their pass stays in the frame.
    expect(frame["sigma-nodes"]?.picking, "nodes drawn for picking").toBeGreaterThan(0);

    const lookUps = (await page.evaluate(`(() => {
      for (const key of Object.keys(window.__draws)) delete window.__draws[key];
      const sigma = window.__kg.sigma;
      sigma.getEdgeAtPoint(10, 10);
      const first = structuredClone(window.__draws);
      sigma.getEdgeAtPoint(20, 20);
      return { first, second: window.__draws };
    })()`)) as { first: Draws; second: Draws };
    expect(lookUps.first["sigma-edges"]?.picking).toBe(frame["sigma-edges"]?.display);
    expect(lookUps.second["sigma-edges"]?.picking, "the texture is drawn once per frame").toBe(
      lookUps.first["sigma-edges"]?.picking,
    );
    expect(errors).toEqual([]);
  });

  it("a frame makes no new edge picking texture; the first look-up after it does", async () => {
    const { page, errors } = await open();
    await page.evaluate(A_FRAME);
    const made = (await page.evaluate(`(async () => {
      const made = {};
      const count = (gl) => { const name = gl.canvas.className || "other"; made[name] = (made[name] ?? 0) + 1; };
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const create = proto.createTexture;
        proto.createTexture = function () { count(this); return create.call(this); };
      }
      await ${A_FRAME};
      const frame = { ...made };
      for (const key of Object.keys(made)) delete made[key];
      const sigma = window.__kg.sigma;
      sigma.getEdgeAtPoint(10, 10);
      sigma.getEdgeAtPoint(20, 20);
      return { frame, lookUps: { ...made } };
    })()`)) as { frame: Record<string, number>; lookUps: Record<string, number> };
    // Nodes are picked on every pointer move: sigma still makes theirs per frame.
    expect(made.frame["sigma-nodes"], "node picking textures per frame").toBe(1);
    expect(made.frame["sigma-edges"] ?? 0, "edge picking textures per frame").toBe(0);
    expect(made.lookUps["sigma-edges"], "edge picking textures for two look-ups").toBe(1);
    expect(errors).toEqual([]);
  });

  it("finds the edge under the pointer after a frame, and a click selects it", async () => {
    const { page, errors } = await open();
    await page.evaluate(A_FRAME);
    const found = (await page.evaluate(AN_EDGE_AND_ITS_MIDPOINT)) as {
      edge: string;
      x: number;
      y: number;
    } | null;
    expect(found, "an edge found at its midpoint").not.toBeNull();
    if (!found) return;
    const stage = await page.locator("#stage").boundingBox();
    if (!stage) throw new Error("no #stage on the page");
    // A new frame owes the picking pass again; the click must still find the edge.
    await page.evaluate(A_FRAME);
    await page.mouse.click(stage.x + found.x, stage.y + found.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("edge")).toBe(found.edge);
    expect(errors).toEqual([]);
  });
});
