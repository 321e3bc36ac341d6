// Files for other tools (Gephi above all) should open looking as they do here: this writes the
// colour and size each node is drawn with, and each edge's colour, onto an export's copy.
import type { KnowledgeGraph } from "../model/types.ts";
import type { Palette } from "../state/palette.ts";
import type { GraphRenderer } from "./renderer.ts";

/**
 * Sets `size` (radius in pixels at the default zoom) and `color` (its kind's colour, never the
 * dimmed one) on the nodes of `exported`, and `color` on its edges. x and y are already there.
 * `exported` must be a copy (exportSubgraph makes one): the shown graph is left untouched.
 */
export function addDrawnAttributes(
  exported: KnowledgeGraph,
  sigma: GraphRenderer,
  palette: Palette,
): void {
  exported.updateEachNodeAttributes((key, attributes) => {
    const drawn = sigma.getNodeDisplayData(key);
    const colour = palette.kinds.get(String(attributes.nodeKind));
    if (drawn && Number.isFinite(drawn.size)) attributes.size = round(drawn.size);
    if (colour) attributes.color = colour;
    return attributes;
  });
  exported.updateEachEdgeAttributes((_key, attributes) => {
    const colour = palette.relations.get(String(attributes.relation));
    if (colour) attributes.color = colour;
    return attributes;
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
