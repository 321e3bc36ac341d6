// Dragging a node moves it and pins it there (`fixed`, which ForceAtlas2 respects), following
// sigma's downNode / moveBody pattern; the camera stays still while a node is dragged.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";

export interface DragHooks {
  onDragStart(): void;
  onDragEnd(): void;
}

/** Returns whether the last pointer-up ended a real drag, so the click it fires is ignored. */
export function enableNodeDragging(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  hooks: DragHooks,
): { wasDragging(): boolean } {
  let dragged: string | null = null;
  let hasMoved = false;
  let endedDrag = false;

  sigma.on("downNode", ({ node, event }) => {
    if (event.original instanceof MouseEvent && event.original.button !== 0) return;
    dragged = node;
    hasMoved = false;
    endedDrag = false;
    // Freeze the framing, or the whole picture would rescale under the pointer.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    sigma.getCamera().disable();
  });

  sigma.on("moveBody", ({ event }) => {
    if (dragged === null) return;
    if (!hasMoved) hooks.onDragStart();
    hasMoved = true;
    const position = sigma.viewportToGraph(event);
    sigma.getGraph().mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => {
    if (dragged === null) return;
    endedDrag = hasMoved;
    dragged = null;
    sigma.getCamera().enable();
    if (hasMoved) hooks.onDragEnd();
  };
  sigma.on("upNode", release);
  sigma.on("upStage", release);

  return {
    wasDragging() {
      const answer = endedDrag;
      endedDrag = false;
      return answer;
    },
  };
}
