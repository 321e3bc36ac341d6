// "Kind from": which attribute gives each node its kind (and so the legend's colours and filters).
// The import guesses (modularity_class, originalType...); the user may pick any attribute, and go
// back to the kinds the graph came with, which are kept aside for that.
import type { KnowledgeGraph } from "../model/types.ts";
import { categoryValue, isPresent } from "./attribute-survey.ts";

/** The kind nodes without a value for the chosen attribute get (as on import). */
export const NO_KIND = "node";

/** Each node's kind as the graph came: restored when the user picks `nodeKind` again. */
export function originalKinds(graph: KnowledgeGraph): Map<string, string> {
  const kinds = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    kinds.set(key, String(attributes.nodeKind));
  });
  return kinds;
}

/** The kind of every node when kinds are read from `attribute`. */
export function kindsFrom(
  graph: KnowledgeGraph,
  attribute: string,
  original: ReadonlyMap<string, string>,
): Map<string, string> {
  const kinds = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attribute === "nodeKind") kinds.set(key, original.get(key) ?? NO_KIND);
    else {
      const value = attributes[attribute];
      kinds.set(key, isPresent(value) ? categoryValue(value) : NO_KIND);
    }
  });
  return kinds;
}
