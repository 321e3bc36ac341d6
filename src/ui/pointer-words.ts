// Help texts name what the hand does: on a touch screen (a coarse pointer, no shift key) nodes are
// tapped and selected by a long-press (view/pointer-actions.ts); with a mouse, clicked and
// shift-clicked.

export interface PointerWords {
  /** "Click" or "Tap", at the start of a sentence. */
  click: string;
  /** How a node joins the selection: "shift-click" or "long-press". */
  select: string;
  isTouch: boolean;
}

export function pointerWords(
  isTouch = typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches,
): PointerWords {
  return isTouch
    ? { click: "Tap", select: "long-press", isTouch }
    : { click: "Click", select: "shift-click", isTouch };
}
