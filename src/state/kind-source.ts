// "Kind from" in the view: which node attribute gives each node its kind, and so the legend's
// filters. The choice is written into the graph's `nodeKind` (see appearance/kinds-from.ts); what
// a graph carried when it was first seen, kinds and survey, is kept here so any choice can be
// undone and the guess stays the import's, not the last choice's.
import { type GraphSurvey, surveyGraph } from "../appearance/attribute-survey.ts";
import { kindChoices, kindsFrom, originalKinds } from "../appearance/kinds-from.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import type { Producer } from "./store.ts";
import type { ViewState } from "./view-state.ts";

export interface LoadedKinds {
  /** Each node's kind as the graph came. */
  original: ReadonlyMap<string, string>;
  /** The graph's attributes as it came, with the guess of where its kinds came from. */
  survey: GraphSurvey;
}

const loaded = new WeakMap<KnowledgeGraph, LoadedKinds>();

/** The graph's kinds and survey as first seen (before any choice rewrote its kinds). */
export function loadedKinds(graph: KnowledgeGraph): LoadedKinds {
  let facts = loaded.get(graph);
  if (!facts) {
    facts = { original: originalKinds(graph), survey: surveyGraph(graph) };
    loaded.set(graph, facts);
  }
  return facts;
}

/**
 * Reads kinds from `attribute` (undefined: back to the guess). Hidden kinds named the old kinds,
 * so they are shown again.
 */
export function chooseKindFrom(attribute: string | undefined): Producer<ViewState> {
  return (state) =>
    state.appearance.kindFrom === attribute
      ? state
      : { ...state, appearance: { ...state.appearance, kindFrom: attribute }, hiddenKinds: [] };
}

/** The kinds a link's `hideKinds` may name when kinds are read from `attribute`; null: no such. */
export function kindsUnder(graph: KnowledgeGraph, attribute: string): Set<string> | null {
  const { original, survey } = loadedKinds(graph);
  if (!kindChoices(survey).includes(attribute)) return null;
  return new Set(kindsFrom(graph, attribute, original).values());
}
