// Shift+drag on empty stage draws a box; the nodes inside it join the selection (shift-click on
// a node, in renderer.ts, adds or removes one). The camera stays still while the box is drawn.
import { ITEM_HIDDEN } from "../state/item-states.ts";
import { addToSelection } from "../state/selection.ts";
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";

/** Smaller than this (pixels) is a shift-click with a shaky hand, not a box. */
const MIN_BOX_SIZE = 4;

interface Point {
  x: number;
  y: number;
}

export interface SelectionBoxOptions {
  say(message: string): void;
}

function drawBox(box: HTMLElement, start: Point, end: Point) {
  box.hidden = false;
  box.style.left = `${Math.min(start.x, end.x)}px`;
  box.style.top = `${Math.min(start.y, end.y)}px`;
  box.style.width = `${Math.abs(end.x - start.x)}px`;
  box.style.height = `${Math.abs(end.y - start.y)}px`;
}

/** The drawn nodes whose centre is inside the box. */
function nodesInside(ctx: AppContext, from: Point, to: Point): string[] {
  const { sigma } = ctx.renderer;
  const [left, right] = [Math.min(from.x, to.x), Math.max(from.x, to.x)];
  const [top, bottom] = [Math.min(from.y, to.y), Math.max(from.y, to.y)];
  const inside: string[] = [];
  sigma.getGraph().forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || ctx.renderer.nodeState(key) === ITEM_HIDDEN) return;
    const point = sigma.framedGraphToViewport(data);
    if (point.x >= left && point.x <= right && point.y >= top && point.y <= bottom) {
      inside.push(key);
    }
  });
  return inside;
}

export function enableSelectionBox(ctx: AppContext, options: SelectionBoxOptions): () => void {
  const { sigma } = ctx.renderer;
  const container = sigma.getContainer();
  const box = element("div", { className: "selection-box", attributes: { hidden: "" } });
  container.append(box);
  let start: Point | null = null;
  let end: Point | null = null;
  let isSwallowingClick = false;

  sigma.on("downStage", ({ event }) => {
    const original = event.original;
    if (!original.shiftKey || (original instanceof MouseEvent && original.button !== 0)) return;
    start = { x: event.x, y: event.y };
    end = start;
    sigma.getCamera().disable();
  });

  sigma.on("moveBody", ({ event }) => {
    if (start === null) return;
    end = { x: event.x, y: event.y };
    drawBox(box, start, end);
    event.preventSigmaDefault();
    event.original.preventDefault();
  });

  const finish = () => {
    if (start === null || end === null) return;
    const [from, to] = [start, end];
    start = null;
    end = null;
    box.hidden = true;
    sigma.getCamera().enable();
    if (Math.abs(to.x - from.x) < MIN_BOX_SIZE && Math.abs(to.y - from.y) < MIN_BOX_SIZE) return;
    // The click that ends the drag would clear the focus (a click on empty stage): swallow it.
    isSwallowingClick = true;
    setTimeout(() => {
      isSwallowingClick = false;
    }, 0);
    const inside = nodesInside(ctx, from, to);
    ctx.view.update(addToSelection(inside));
    const total = ctx.view.get().selection.length;
    options.say(
      `${inside.length} ${inside.length === 1 ? "node" : "nodes"} in the box; ${total} selected.`,
    );
  };
  sigma.on("upStage", finish);
  sigma.on("upNode", finish);

  const onClick = (event: MouseEvent) => {
    if (!isSwallowingClick) return;
    isSwallowingClick = false;
    event.stopPropagation();
  };
  // Capture phase: runs before sigma's own listener on the canvas inside the container.
  container.addEventListener("click", onClick, { capture: true });

  return () => {
    container.removeEventListener("click", onClick, { capture: true });
    box.remove();
  };
}
