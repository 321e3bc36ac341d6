// "Kind from": which attribute gives each node its kind (and so the legend's colours and filters).
// The import guesses (modularity_class, originalType...); the user may pick any attribute, and go
// back to the kinds the graph came with, which are kept aside for that.
import type { KnowledgeGraph } from "../model/types.ts";
import { categoryValue, type GraphSurvey, isPresent } from "./attribute-survey.ts";

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

/** An attribute with more values than this would make a legend nobody can read: not offered. */
export const MAX_KINDS = 60;

/**
 * The attributes kinds may be read from, the guess first: `nodeKind` (the kinds the graph came
 * with) and every attribute with a few values present on some nodes.
 */
export function kindChoices(survey: GraphSurvey): string[] {
  const others = survey.attributes
    .filter((info) => info.name !== "nodeKind" && info.count > 0 && info.distinct <= MAX_KINDS)
    .map((info) => info.name);
  const choices = ["nodeKind", ...others];
  return [survey.kindSource, ...choices.filter((name) => name !== survey.kindSource)];
}

/** The attribute kinds are read from: the user's choice when the graph offers it, else the guess. */
export function resolveKindFrom(choice: string | undefined, survey: GraphSurvey): string {
  return choice !== undefined && kindChoices(survey).includes(choice) ? choice : survey.kindSource;
}

/**
 * Writes the kinds read from `attribute` into every node's `nodeKind`, so that everything that
 * reads kinds (index, legend, filters, search, exports) follows. Returns whether any changed.
 */
export function applyKinds(
  graph: KnowledgeGraph,
  attribute: string,
  original: ReadonlyMap<string, string>,
): boolean {
  const kinds = kindsFrom(graph, attribute, original);
  let changed = false;
  graph.forEachNode((key, attributes) => {
    if (attributes.nodeKind !== kinds.get(key)) changed = true;
  });
  if (changed) {
    graph.updateEachNodeAttributes((key, attributes) => {
      attributes.nodeKind = kinds.get(key) ?? NO_KIND;
      return attributes;
    });
  }
  return changed;
}
