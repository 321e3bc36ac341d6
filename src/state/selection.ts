// The multi-selection an export can hold, changed like the rest of the view through pure
// producers: shift-click toggles a node, a box on the stage adds nodes, a path's nodes replace
// it, "Select neighbours" grows it by one hop.
import type { KnowledgeGraph } from "../model/types.ts";
import { neighbourhood } from "../query/neighbourhood.ts";
import type { Producer } from "./store.ts";
import { type ViewState, withName } from "./view-state.ts";

/** The union of two key lists, sorted so that equal selections give equal URLs. */
function union(selection: readonly string[], keys: Iterable<string>): string[] {
  return [...new Set([...selection, ...keys])].sort();
}

/** Adds nodes (a box drawn on the stage, the focused node) to the selection. */
export function addToSelection(keys: Iterable<string>): Producer<ViewState> {
  return (state) => {
    const selection = union(state.selection, keys);
    return selection.length === state.selection.length ? state : { ...state, selection };
  };
}

/** Shift-click: adds a node to the multi-selection, or takes it out. */
export function toggleSelected(key: string): Producer<ViewState> {
  return (state) => ({
    ...state,
    selection: withName(state.selection, key, !state.selection.includes(key)),
  });
}

/** Makes the path's nodes the selection, so that Export can write the path as a subgraph. */
export function selectNodes(keys: Iterable<string>): Producer<ViewState> {
  const selection = [...new Set(keys)].sort();
  return (state) =>
    state.selection.length === selection.length &&
    state.selection.every((key, i) => key === selection[i])
      ? state
      : { ...state, selection };
}

export function clearSelection(): Producer<ViewState> {
  return (state) => (state.selection.length === 0 ? state : { ...state, selection: [] });
}

/**
 * Grows the selection by one hop in both directions, along the edges the legend shows and
 * into the kinds it shows, as a focus at depth 1 would.
 */
export function growSelection(graph: KnowledgeGraph): Producer<ViewState> {
  return (state) => {
    const filters = { hiddenKinds: state.hiddenKinds, hiddenRelations: state.hiddenRelations };
    const grown = new Set<string>();
    for (const key of state.selection) {
      for (const neighbour of neighbourhood(graph, key, 1, filters)) grown.add(neighbour);
    }
    return addToSelection(grown)(state);
  };
}
