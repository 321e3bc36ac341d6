// How a graph is drawn under the user's appearance settings: node fills and radii, edge colours,
// and the legends that explain them. Pure (no DOM, no sigma), so the renderer, the exports and
// the tests all get the same answer. See settings.ts for the choices and their defaults.
import type { KnowledgeGraph } from "../model/types.ts";
import { type GraphSurvey, surveyGraph } from "./attribute-survey.ts";
import { edgeColours } from "./edge-colours.ts";
import { type ColourLegend, coloursByAttribute, coloursFromFile } from "./node-colours.ts";
import { type SizeResult, sizesByAttribute, sizesByDegree, sizesFromFile } from "./node-sizes.ts";
import { type AppearanceSettings, type ResolvedAppearance, resolveAppearance } from "./settings.ts";

export type { AttributeInfo, GraphSurvey } from "./attribute-survey.ts";
export { surveyGraph } from "./attribute-survey.ts";
export { parseColour } from "./colour-values.ts";
export type { ColourLegend } from "./node-colours.ts";
export type { AppearanceSettings, ResolvedAppearance } from "./settings.ts";
export { parseAppearance, resolveAppearance } from "./settings.ts";

export interface DrawnAppearance {
  resolved: ResolvedAppearance;
  /** Fill per node; null when nodes are filled by kind (the kind palette). */
  nodeColours: ReadonlyMap<string, string> | null;
  nodeSizes: ReadonlyMap<string, number>;
  /** Colour per edge; null when edges are coloured by relation (the relation palette). */
  edgeColours: ReadonlyMap<string, string> | null;
  colourLegend: ColourLegend;
  sizeLegend: SizeResult["legend"];
}

/** `kindColour` is the kind palette's lookup, used for kind fills and for edges by source. */
export function drawAppearance(
  graph: KnowledgeGraph,
  settings: AppearanceSettings,
  kindColour: (kind: string) => string,
  survey: GraphSurvey = surveyGraph(graph),
): DrawnAppearance {
  const resolved = resolveAppearance(settings, survey);
  const colour = resolved.nodeColour;
  const colours =
    colour.by === "file"
      ? coloursFromFile(graph)
      : colour.by === "attribute"
        ? coloursByAttribute(graph, colour.attribute, colour.scale)
        : { colours: null, legend: { by: "kind" } as const };
  const size = resolved.nodeSize;
  const sizes =
    size.by === "file"
      ? sizesFromFile(graph)
      : size.by === "attribute"
        ? sizesByAttribute(graph, size.attribute)
        : sizesByDegree(graph);
  const nodeColour = (key: string) =>
    colours.colours?.get(key) ?? kindColour(String(graph.getNodeAttribute(key, "nodeKind")));
  return {
    resolved,
    nodeColours: colours.colours,
    nodeSizes: sizes.sizes,
    edgeColours: edgeColours(graph, resolved.edgeColour, nodeColour),
    colourLegend: colours.legend,
    sizeLegend: sizes.legend,
  };
}
