// Where the camera goes: onto what is shown (a path, the focus neighbourhood, else everything
// not filtered out) with every label inside the stage, on the first picture and whenever the
// depth, the path or the stage's width (the reading pane) changes.

import { frameCamera, shownNodes } from "./frame-nodes.ts";
import type { Scene } from "./scene.ts";

/** Moves the camera onto the nodes, their labels inside the stage. */
export function frame(scene: Scene, keys: string[], animate = true): void {
  const { sigma, container } = scene;
  // The stage may have just changed size (the reading pane opened): measure it now.
  const box = container.getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  if (Math.round(box.width) !== width || Math.round(box.height) !== height) sigma.resize();
  const labelled = scene.current.inputs.derived.labelledNodes;
  const state = frameCamera(sigma, keys, (key) => labelled.has(key));
  if (!state) return;
  if (animate) sigma.getCamera().animate(state, { duration: 500 });
  else sigma.getCamera().setState(state);
}

/** What is shown now: a path, the focus neighbourhood, else everything not filtered out. */
export function shown(scene: Scene): string[] {
  const graph = scene.current.facts.dataset.graph;
  return shownNodes(scene.derived.view(), scene.view.get(), () => graph.nodes());
}

/** Changing the depth, showing a path or opening the reading pane (the stage narrows) reframes. */
export function reframeOnViewChanges(scene: Scene): () => void {
  return scene.view.subscribe((next, previous) => {
    const isNewPath =
      next.path !== null &&
      (next.path.from !== previous.path?.from || next.path.to !== previous.path?.to);
    if ((next.depth !== previous.depth && next.focus !== null) || isNewPath) {
      frame(scene, shown(scene));
    } else if (next.readingOpen !== previous.readingOpen) {
      requestAnimationFrame(() => frame(scene, shown(scene)));
    }
  });
}
