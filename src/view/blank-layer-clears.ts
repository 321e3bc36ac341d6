// Sigma 3.0.3 clears each of its three WebGL canvases (edges, nodes, hover nodes) on every render,
// blank or not. A clear marks a canvas as changed, and a changed canvas is composited again: with
// software compositing (no GPU, as on this machine), that is a synchronous `readPixels` of the
// whole canvas on the main thread, waiting for the GPU process to finish, in every frame's commit.
// Most frames change fewer layers than that: the hover-node layer stays empty unless something is
// hovered, and the edge layer stays empty while a big graph's camera moves (`hideEdgesOnMove`).
// This skips a clear of a canvas that shows nothing and has had nothing drawn since its last
// clear, so such a layer is left alone. Clears of offscreen framebuffers (sigma's picking
// passes) always go through. tests/browser/blank-layer-clears.test.ts fails if sigma's layers or
// its clearing change under it.

type GL = WebGLRenderingContext | WebGL2RenderingContext;
/** WebGL2's DRAW_FRAMEBUFFER target, which WebGL1's typings lack. */
const DRAW_FRAMEBUFFER = 0x8ca9;

/** Each draw call, with where its vertex count and its instance count sit among its arguments. */
const DRAW_CALLS = [
  ["drawArrays", 2, -1],
  ["drawElements", 1, -1],
  ["drawArraysInstanced", 2, 3],
  ["drawElementsInstanced", 1, 4],
] as const;

/** Whether a draw call's arguments draw anything: sigma draws empty programs too. */
function drawsSomething(args: readonly unknown[], count: number, instances: number): boolean {
  return args[count] !== 0 && (instances < 0 || args[instances] !== 0);
}

interface SigmaLayersLike {
  webGLContexts: Record<string, GL>;
}

/** What a skipping context counts, for the tests. */
export interface LayerClears {
  /** Clears of the canvas that reached WebGL. */
  done: number;
  /** Clears of the canvas skipped because it was already blank. */
  skipped: number;
}

/**
 * Wraps one context's `bindFramebuffer`, draw calls and `clear`; returns its counts. A WebGL1
 * context is left as it is: sigma draws instances there through an extension's method.
 */
export function skipBlankClears(gl: GL): LayerClears {
  const counts: LayerClears = { done: 0, skipped: 0 };
  if (typeof WebGL2RenderingContext === "undefined" || !(gl instanceof WebGL2RenderingContext)) {
    return counts;
  }
  // A new drawing buffer is blank; "blank" means cleared and not drawn on since.
  let isBlank = true;
  let isOnCanvas = true;
  // Each call goes to the prototype's method as it is then, so tools that wrap it later still
  // see the calls.
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, unknown>;
  const callProto = (name: string, args: unknown[]) =>
    (proto[name] as (...values: unknown[]) => unknown).apply(gl, args);
  gl.bindFramebuffer = (target: GLenum, framebuffer: WebGLFramebuffer | null) => {
    if (target === gl.FRAMEBUFFER || target === DRAW_FRAMEBUFFER) isOnCanvas = !framebuffer;
    callProto("bindFramebuffer", [target, framebuffer]);
  };
  for (const [name, count, instances] of DRAW_CALLS) {
    (gl as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (isOnCanvas && drawsSomething(args, count, instances)) isBlank = false;
      return callProto(name, args);
    };
  }
  const clear = (mask: GLbitfield) => callProto("clear", [mask]);
  gl.clear = (mask: GLbitfield) => {
    if (!isOnCanvas) return clear(mask);
    if (isBlank && mask === gl.COLOR_BUFFER_BIT) {
      counts.skipped++;
      return;
    }
    counts.done++;
    clear(mask);
    if (mask & gl.COLOR_BUFFER_BIT) isBlank = true;
  };
  return counts;
}

const LAYERS = ["edges", "nodes", "hoverNodes"] as const;

/** Skips blank clears on sigma's WebGL layers; throws if sigma no longer has them. */
export function skipBlankLayerClears(sigma: unknown): Record<string, LayerClears> {
  const contexts = (sigma as Partial<SigmaLayersLike>).webGLContexts;
  const counts: Record<string, LayerClears> = {};
  for (const layer of LAYERS) {
    const gl = contexts?.[layer];
    if (!gl || typeof gl.clear !== "function" || typeof gl.bindFramebuffer !== "function") {
      throw new Error(
        `blank-layer-clears: sigma has no WebGL context "${layer}" any more; update this module for the installed sigma.`,
      );
    }
    counts[layer] = skipBlankClears(gl);
  }
  return counts;
}
