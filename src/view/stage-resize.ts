// A stage that changes size needs a new label grid, not a new graph: sigma 3.0 answers a resize
// (its window listener, and the refresh we used to schedule from a ResizeObserver) with a full
// refresh, which re-runs the reducers on every node and edge and reprocesses the graph: ~20 s of
// main thread on a 500k-edge graph, paid once on every first load, because the panels that
// mount after the renderer change the stage's size. The only thing `process` derives from the
// stage's size is the label grid (which labels win their cell), so this rebuilds just that, as
// `process` does, and schedules a render; sigma's `render` resizes the canvases itself.
// tests/browser/framing.test.ts resizes the stage; this module throws if sigma's internals move.
import { Camera } from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";
import type { GraphRenderer } from "./scene.ts";

interface LabelGridLike {
  resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
  add(key: string, size: number, position: { x: number; y: number }): void;
  organize(): void;
}
interface ResizeInternals {
  labelGrid: LabelGridLike;
  nodeDataCache: Record<string, NodeDisplayData>;
  activeListeners: { handleResize: () => void };
}

function internalsOf(sigma: GraphRenderer): ResizeInternals {
  const internals = sigma as unknown as Partial<ResizeInternals>;
  const grid = internals.labelGrid;
  if (
    typeof grid?.resizeAndClear !== "function" ||
    typeof grid.add !== "function" ||
    typeof internals.nodeDataCache !== "object" ||
    typeof internals.activeListeners?.handleResize !== "function"
  ) {
    throw new Error(
      "stage-resize: sigma's label grid or resize listener moved; update this module.",
    );
  }
  return internals as ResizeInternals;
}

/** Rebuilds sigma's label grid for the stage's size now, as its `process` would. */
function rebuildLabelGrid(sigma: GraphRenderer): void {
  const { labelGrid, nodeDataCache } = internalsOf(sigma);
  sigma.resize();
  const dimensions = sigma.getDimensions();
  labelGrid.resizeAndClear(dimensions, sigma.getSetting("labelGridCellSize"));
  const matrix = matrixFromCamera(
    new Camera().getState(),
    dimensions,
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  sigma.getGraph().forEachNode((key) => {
    const data = nodeDataCache[key];
    if (!data || typeof data.label !== "string" || data.hidden) return;
    labelGrid.add(key, data.size, sigma.framedGraphToViewport(data, { matrix }));
  });
  labelGrid.organize();
}

/** What a stage of a new size needs: the label grid for that size, then a frame. */
export function stageResized(sigma: GraphRenderer): void {
  rebuildLabelGrid(sigma);
  sigma.scheduleRender();
}

/** Sigma's own window listener does a full refresh; the stage's ResizeObserver covers it. */
export function dropWindowResizeRefresh(sigma: GraphRenderer): void {
  const { activeListeners } = internalsOf(sigma);
  (window as Window).removeEventListener("resize", activeListeners.handleResize);
}
