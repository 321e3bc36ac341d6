// The SVG export prints node labels by the screen's rules (see the renderer's label drawing): a
// label that would cover one already printed is left out, except the focus's, and bigger nodes
// claim their place first, so a depth-2 view around a hub stays readable on paper too.
// Pure: the caller measures text (a canvas in the app, an estimate in tests).
import type { SvgNode } from "../formats/svg.ts";
import { createLabelBoxes } from "./label-boxes.ts";

export interface LabelSpacing {
  labelSize: number;
  /** Width in pixels of a label at labelSize. */
  measure(text: string): number;
  /** Labels that show whatever they cover (the focus). */
  forced: ReadonlySet<string>;
}

/** Turns off `labelVisible` on labels that would collide; returns how many were left out. */
export function spaceSvgLabels(nodes: SvgNode[], spacing: LabelSpacing): number {
  const boxes = createLabelBoxes();
  const boxOf = (node: SvgNode) => ({
    x: node.x + node.size + 3,
    y: node.y - spacing.labelSize / 2 - 1,
    width: spacing.measure(node.label ?? ""),
    height: spacing.labelSize + 2,
  });
  const shown = nodes.filter((node) => node.labelVisible && node.label);
  for (const node of shown) if (spacing.forced.has(node.key)) boxes.force(boxOf(node));
  const rest = shown
    .filter((node) => !spacing.forced.has(node.key))
    .sort((a, b) => b.size - a.size);
  let leftOut = 0;
  for (const node of rest) {
    if (boxes.claim(boxOf(node))) continue;
    node.labelVisible = false;
    leftOut++;
  }
  return leftOut;
}
