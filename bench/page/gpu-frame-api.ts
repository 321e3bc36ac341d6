// What a page exposes as `window.__gpuFrame` for the `gpu-frame` row (bench/browser/gpu-frame.ts):
// our explorer (ours.ts) and sigma with its default programs (baseline-defaults.ts) draw the same
// graph, at the same stage size and camera, and redraw it on demand.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** The stage's size in CSS pixels and sigma's camera: enough to draw the same picture. */
export interface StageView {
  width: number;
  height: number;
  camera: { x: number; y: number; ratio: number; angle: number };
}

export interface GpuFramePageApi {
  /** Downloads and draws the graph (untimed); a baseline takes ours' stage and camera. */
  open(url: string, view?: StageView): Promise<void>;
  stageView(): StageView;
  /** One full frame at the same camera (sigma's render: every program, every label pass). */
  redraw(): Promise<void>;
}

declare global {
  interface Window {
    __gpuFrame?: GpuFramePageApi;
  }
}

/**
 * Renders sigma once, as a camera move would (no reprocessing), and resolves two animation
 * frames later: the frame has been composited and the GPU process has the commands.
 */
export function redrawOnce<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
): Promise<void> {
  return new Promise((resolve) => {
    sigma.once("afterRender", () =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
    );
    sigma.scheduleRender();
  });
}

export function stageViewOf<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
): StageView {
  const { width, height } = sigma.getDimensions();
  const { x, y, ratio, angle } = sigma.getCamera().getState();
  return { width, height, camera: { x, y, ratio, angle } };
}
