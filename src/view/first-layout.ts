// The renderer's side of the first layout in a worker (layout/first-layout-async.ts): the graph
// is drawn at its seeded start at once, and when the deterministic positions arrive the nodes
// jump there and the camera frames them, unless the user moved the nodes meanwhile (forces,
// Reset, By kind) or another dataset came. The stage's `data-first-layout` attribute says
// where it is ("pending", then "done"), for tests and the benchmark.
import { layOutInBackground } from "../layout/first-layout-async.ts";
import type { Scene } from "./scene.ts";

function markStage(scene: Scene, state: "pending" | "done"): void {
  scene.container.dataset.firstLayout = state;
}

/** Starts the worker for the drawing now, if it awaits its layout; drops an earlier one. */
export function awaitFirstLayout(scene: Scene): void {
  scene.pendingLayout?.cancel();
  scene.pendingLayout = null;
  scene.framesWhenMoved = false;
  if (!scene.current.awaitsLayout) {
    markStage(scene, "done");
    return;
  }
  markStage(scene, "pending");
  const { graph } = scene.current.facts.dataset;
  scene.pendingLayout = layOutInBackground(graph, (positions) => {
    scene.pendingLayout = null;
    if (scene.current.facts.dataset.graph !== graph) return;
    scene.current.firstPositions = positions;
    scene.current.awaitsLayout = false;
    scene.framesWhenMoved = true;
    if (!scene.layout.arriveAtFirstLayout(positions)) scene.framesWhenMoved = false;
    if (!scene.framesWhenMoved) markStage(scene, "done");
  });
}

/** After the layout controller moved the nodes: the first layout's arrival is framed. */
export function firstLayoutMoved(scene: Scene, frameShown: () => void): void {
  if (!scene.framesWhenMoved) return;
  scene.framesWhenMoved = false;
  frameShown();
  markStage(scene, "done");
}

export function stopFirstLayout(scene: Scene): void {
  scene.pendingLayout?.cancel();
  scene.pendingLayout = null;
}
