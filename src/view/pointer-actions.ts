// What the pointer does on the stage: hovering a node lights up its neighbourhood (through the
// derived state), a click focuses a node, shift-click selects it, a click on an edge shows it,
// a click on empty space clears the focus; a drag moves a node and is not a click.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { DerivedState } from "../state/derived.ts";
import { clearFocus, focusNode, selectEdge } from "../state/focus.ts";
import { toggleSelected } from "../state/selection.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { type DragHooks, enableNodeDragging } from "./node-drag.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";

/** Binds the pointer events of `sigma`; returns how to unbind what outlives sigma (a timer). */
export function bindPointerActions(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  parts: { view: Store<ViewState>; derived: DerivedState; dragHooks: DragHooks },
): () => void {
  const { view, derived } = parts;
  let hoverLeaveTimer: ReturnType<typeof setTimeout> | undefined;
  const drag = enableNodeDragging(sigma, parts.dragHooks);

  sigma.on("enterNode", ({ node }) => {
    clearTimeout(hoverLeaveTimer);
    derived.setHover(node);
  });
  sigma.on("leaveNode", () => {
    clearTimeout(hoverLeaveTimer);
    hoverLeaveTimer = setTimeout(() => derived.setHover(null), DEFAULT_SETTINGS.hoverLeaveDelayMs);
  });
  sigma.on("clickNode", ({ node, event }) => {
    if (drag.wasDragging()) return;
    if (event.original.shiftKey) view.update(toggleSelected(node));
    else view.update(focusNode(node));
  });
  sigma.on("clickEdge", ({ edge }) => {
    if (drag.wasDragging()) return;
    view.update(selectEdge(edge));
  });
  sigma.on("clickStage", () => {
    if (drag.wasDragging()) return;
    view.update(clearFocus());
  });
  return () => clearTimeout(hoverLeaveTimer);
}
