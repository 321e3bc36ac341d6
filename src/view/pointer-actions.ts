// What the pointer does on the stage: hovering a node lights up its neighbourhood (through the
// derived state), a click focuses a node, shift-click selects it (on a touch screen, which has no
// shift, a long-press), a click on an edge shows it, a click on empty space clears the focus; a
// drag moves a node and is not a click.
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
  const longPress = bindLongPress(sigma, (node) => view.update(toggleSelected(node)));
  sigma.on("clickNode", ({ node, event }) => {
    if (longPress.wasLongPress()) return;
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
  return () => {
    clearTimeout(hoverLeaveTimer);
    longPress.cancel();
  };
}

/** How long a finger rests on a node to select it, and how far it may wander meanwhile. */
const LONG_PRESS_MS = 500;
const LONG_PRESS_SLOP_PX = 10;

/** A touch held still on a node runs `onLongPress`; the tap that ends it is then not a click. */
function bindLongPress(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  onLongPress: (node: string) => void,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: { x: number; y: number } | null = null;
  let fired = false;
  const cancel = () => {
    clearTimeout(timer);
    start = null;
  };
  sigma.on("downNode", ({ node, event }) => {
    cancel();
    fired = false;
    if (typeof TouchEvent === "undefined" || !(event.original instanceof TouchEvent)) return;
    start = { x: event.x, y: event.y };
    timer = setTimeout(() => {
      fired = true;
      start = null;
      onLongPress(node);
    }, LONG_PRESS_MS);
  });
  sigma.on("moveBody", ({ event }) => {
    if (start && Math.hypot(event.x - start.x, event.y - start.y) > LONG_PRESS_SLOP_PX) cancel();
  });
  sigma.on("upNode", cancel);
  sigma.on("upStage", cancel);
  return {
    cancel,
    wasLongPress() {
      const answer = fired;
      fired = false;
      return answer;
    },
  };
}
