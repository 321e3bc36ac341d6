// Edge colours: the file's own, by relation (the palette's, so left to the renderer), or the
// source node's fill, which is how Gephi draws a graph. Edges without a usable file colour fall
// back to their source's fill, so a partly coloured file still reads as its author drew it.
import type { KnowledgeGraph } from "../model/types.ts";
import { parseColour } from "./colour-values.ts";
import type { EdgeColourChoice } from "./settings.ts";

/** Colour per edge key; null when edges are coloured by relation (the palette's job). */
export function edgeColours(
  graph: KnowledgeGraph,
  choice: EdgeColourChoice,
  nodeColour: (key: string) => string,
): Map<string, string> | null {
  if (choice === "relation") return null;
  const colours = new Map<string, string>();
  graph.forEachEdge((key, attributes, source) => {
    const own = choice === "file" ? parseColour(attributes.color) : null;
    colours.set(key, own ?? nodeColour(source));
  });
  return colours;
}
