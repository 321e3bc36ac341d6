// What an export writes as `color` and `size`: what the file had, where the user kept the file's
// look (a GEXF opened and saved again keeps its colours and sizes exactly), and the drawn
// appearance wherever another one was chosen (kinds, degree, an attribute, edges by relation),
// so the file opens in Gephi looking as it did here.
import type { KnowledgeGraph } from "../model/types.ts";
import type { DrawnAppearance } from "./index.ts";

export interface Palettes {
  kindColour(kind: string): string;
  relationColour(relation: string): string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Writes onto `exported`, a copy (the shown graph is left untouched). Sizes are radii in pixels
 * at the default zoom; colours "#rrggbb".
 */
export function writeAppearance(
  exported: KnowledgeGraph,
  drawn: DrawnAppearance,
  palettes: Palettes,
): void {
  const { resolved } = drawn;
  const writesColour = resolved.nodeColour.by !== "file";
  const writesSize = resolved.nodeSize.by !== "file";
  if (writesColour || writesSize) {
    exported.updateEachNodeAttributes((key, attributes) => {
      if (writesColour) {
        attributes.color =
          drawn.nodeColours?.get(key) ?? palettes.kindColour(String(attributes.nodeKind));
      }
      const size = drawn.nodeSizes.get(key);
      if (writesSize && size !== undefined) attributes.size = round(size);
      return attributes;
    });
  }
  if (resolved.edgeColour === "file") return;
  exported.updateEachEdgeAttributes((key, attributes) => {
    attributes.color = drawn.edgeColours?.get(key) ?? palettes.relationColour(attributes.relation);
    return attributes;
  });
}
