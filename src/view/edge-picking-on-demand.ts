// Sigma 3.0.3 draws every edge twice per frame when edge events are on: once to the screen and
// once to an offscreen picking texture, which is only read when the pointer asks which edge is
// under it (`getEdgeAtPoint`: a pointer move off the nodes, a click). On a slow GPU that second
// pass is about as dear as the first (on SwiftShader at 20k nodes / 100k edges it made a frame
// 1.7x the GPU time of sigma's defaults: `npx tsx bench/gpu-causes.ts`), and most frames (a
// camera move, the layout, a highlight) are never asked. So our edge programs skip it when they render, and draw it the first time
// `getEdgeAtPoint` is called after a frame: the same pass, into the same (freshly cleared)
// texture, with the same frame's parameters, so what is picked does not change. Sigma also makes
// each picking texture anew on every frame (`resetWebGLTexture`: a new width × height texture,
// 4 MB at 1280 × 800); the edges' is made when the pass is drawn, not per frame.
// tests/browser/edge-picking.test.ts fails if sigma's render or picking path changes under it.

interface ProgramInfoLike {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
}
interface RenderParamsLike {
  width: number;
  height: number;
  pixelRatio: number;
  downSizingRatio: number;
}
interface PickingProgramLike {
  /** The sigma instance that owns the program (set by sigma's Program constructor). */
  renderer: object;
  pickProgram: ProgramInfoLike | null;
  render(params: RenderParamsLike): void;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfoLike): void;
  unbindProgram(program: ProgramInfoLike): void;
  renderProgram(params: RenderParamsLike, program: ProgramInfoLike): void;
}
type ProgramClassLike = new (...args: never[]) => PickingProgramLike;

/** Per sigma instance: the programs whose picking pass the last frame still owes, in order. */
const owedBySigma = new WeakMap<object, Map<PickingProgramLike, RenderParamsLike>>();

function owed(sigma: object): Map<PickingProgramLike, RenderParamsLike> {
  let programs = owedBySigma.get(sigma);
  if (!programs) {
    programs = new Map();
    owedBySigma.set(sigma, programs);
  }
  return programs;
}

/** Sigma's picking half of `Program.render`, drawn now. */
function drawPicking(program: PickingProgramLike, params: RenderParamsLike): void {
  const pick = program.pickProgram;
  if (!pick) return;
  const { width, height, pixelRatio, downSizingRatio } = params;
  pick.gl.viewport(
    0,
    0,
    (width * pixelRatio) / downSizingRatio,
    (height * pixelRatio) / downSizingRatio,
  );
  program.bindProgram(pick);
  program.renderProgram({ ...params, pixelRatio: pixelRatio / downSizingRatio }, pick);
  program.unbindProgram(pick);
}

function checkProgramClass(BaseClass: ProgramClassLike): void {
  const methods = [
    "render",
    "hasNothingToRender",
    "bindProgram",
    "unbindProgram",
    "renderProgram",
  ] as const;
  for (const method of methods) {
    if (typeof BaseClass.prototype[method] !== "function") {
      throw new Error(
        `edge-picking-on-demand: sigma's programs have no ${method}(); update this module.`,
      );
    }
  }
}

/** A subclass of a sigma edge program class whose picking pass waits until it is asked for. */
export function pickingOnDemand<T>(Base: T): T {
  const BaseClass = Base as unknown as ProgramClassLike;
  checkProgramClass(BaseClass);
  class PickingOnDemandProgram extends BaseClass {
    override render(params: RenderParamsLike): void {
      const pick = this.pickProgram;
      if (!pick || this.hasNothingToRender()) {
        super.render(params);
        return;
      }
      // Sigma's render draws the picking pass whenever pickProgram is set: hide it for a moment.
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
      owed(this.renderer).set(this, params);
    }
  }
  return PickingOnDemandProgram as unknown as T;
}

interface EdgePickingSigma {
  getEdgeAtPoint(x: number, y: number): string | null;
  on(event: "beforeRender", listener: () => void): unknown;
  /** Makes the picking texture of a layer ("nodes", "edges") anew, cleared. */
  resetWebGLTexture(layer: string): unknown;
}

/** Sigma's WebGL layer the edges are drawn (and picked) on. */
const EDGE_LAYER = "edges";

/** Sigma's frames leave the edge picking texture as it was; `fresh()` makes it anew when owed. */
function deferEdgeTextureReset(sigma: EdgePickingSigma): { fresh(): void } {
  const reset = sigma.resetWebGLTexture;
  if (typeof reset !== "function") {
    throw new Error(
      "edge-picking-on-demand: sigma has no resetWebGLTexture(); update this module.",
    );
  }
  let isStale = false;
  sigma.resetWebGLTexture = function resetLater(this: EdgePickingSigma, layer) {
    if (layer !== EDGE_LAYER) return reset.call(this, layer);
    isStale = true;
    return this;
  };
  return {
    fresh() {
      if (!isStale) return;
      isStale = false;
      reset.call(sigma, EDGE_LAYER);
    },
  };
}

/**
 * Makes `sigma.getEdgeAtPoint` draw the edge picking passes the last frame skipped before it
 * reads the texture, into a texture made anew after that frame. A new frame starts from
 * nothing owed.
 */
export function pickEdgesOnDemand(renderer: object): void {
  // getEdgeAtPoint is private in sigma's types; it is what sigma's pointer handlers call.
  const sigma = renderer as EdgePickingSigma;
  const getEdgeAtPoint = sigma.getEdgeAtPoint;
  if (typeof getEdgeAtPoint !== "function") {
    throw new Error("edge-picking-on-demand: sigma has no getEdgeAtPoint(); update this module.");
  }
  const texture = deferEdgeTextureReset(sigma);
  sigma.on("beforeRender", () => owed(sigma).clear());
  sigma.getEdgeAtPoint = function pickAfterDrawing(this: EdgePickingSigma, x, y) {
    // Cleared since the last frame: a frame that drew no edge (hidden while the camera moves)
    // leaves nothing to pick.
    texture.fresh();
    const programs = owed(sigma);
    for (const [program, params] of programs) drawPicking(program, params);
    programs.clear();
    return getEdgeAtPoint.call(this, x, y);
  };
}
