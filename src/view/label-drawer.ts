// Sigma's node label drawer, ours: dimmed and hidden nodes keep their place in sigma's label grid
// but print no label, and a forced label that would cover one already printed is left out,
// except the focus's and the hover's (which always print). Widths are measured once per text
// and font (label-widths.ts).

import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { DerivedView } from "../state/derive-view.ts";
import { createLabelBoxes } from "./label-boxes.ts";
import { createLabelWidths } from "./label-widths.ts";

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  /** Forgets the boxes printed so far: call when a frame starts. */
  clear(): void;
}

export function createLabelDrawer(
  isNodeDrawnNormally: (key: string) => boolean,
  derived: () => DerivedView,
): LabelDrawer {
  // Forced labels skip sigma's label grid: keep them from printing over each other.
  const labelBoxes = createLabelBoxes();
  const widths = createLabelWidths();
  let labelContext: CanvasRenderingContext2D | null = null;
  return {
    clear: () => labelBoxes.clear(),
    draw(context, data, settings) {
      if (!data.label || !isNodeDrawnNormally(data.key)) return;
      // Another canvas (a PNG export's) starts its own set of boxes.
      if (context !== labelContext) {
        labelContext = context;
        labelBoxes.clear();
      }
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = {
        x: data.x + data.size + 3,
        y: data.y - settings.labelSize / 2 - 1,
        width: widths.width(font, data.label, context),
        height: settings.labelSize + 2,
      };
      const { focus, hover } = derived();
      if (data.key === focus || data.key === hover) labelBoxes.force(box);
      else if (!labelBoxes.claim(box)) return;
      drawDiscNodeLabel(context, data, settings);
    },
  };
}
