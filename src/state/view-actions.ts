// Every change to the view goes through one of these pure producers (state) => state, so the
// panels, the keyboard and the URL change the view the same way and each change is testable.
import type { Producer } from "./store.ts";
import { MAX_DEPTH, type ViewState } from "./view-state.ts";

/**
 * Focus a node (and forget a selected edge, which Details would otherwise show instead, and a
 * selected sentence, whose emphasis would otherwise hide the focus in the graph).
 */
export function focusNode(key: string): Producer<ViewState> {
  return (state) =>
    state.focus === key && state.selectedEdge === null && state.sentence === null
      ? state
      : { ...state, focus: key, selectedEdge: null, sentence: null };
}

/** Click on empty space or Esc: nothing focused, no edge or sentence selected. */
export function clearFocus(): Producer<ViewState> {
  return (state) =>
    state.focus === null && state.selectedEdge === null && state.sentence === null
      ? state
      : { ...state, focus: null, selectedEdge: null, sentence: null };
}

export function setDepth(depth: number): Producer<ViewState> {
  const clamped = Math.min(MAX_DEPTH, Math.max(1, Math.round(depth) || 1));
  return (state) => (state.depth === clamped ? state : { ...state, depth: clamped });
}

export function setHideOthers(hideOthers: boolean): Producer<ViewState> {
  return (state) => (state.hideOthers === hideOthers ? state : { ...state, hideOthers });
}

/** Adds or removes a name, keeping the list sorted so equal views give equal URLs. */
function withName(names: string[], name: string, isIncluded: boolean): string[] {
  if (names.includes(name) === isIncluded) return names;
  return isIncluded ? [...names, name].sort() : names.filter((other) => other !== name);
}

export function setKindHidden(kind: string, isHidden: boolean): Producer<ViewState> {
  return (state) => {
    const hiddenKinds = withName(state.hiddenKinds, kind, isHidden);
    return hiddenKinds === state.hiddenKinds ? state : { ...state, hiddenKinds };
  };
}

export function setRelationHidden(relation: string, isHidden: boolean): Producer<ViewState> {
  return (state) => {
    const hiddenRelations = withName(state.hiddenRelations, relation, isHidden);
    return hiddenRelations === state.hiddenRelations ? state : { ...state, hiddenRelations };
  };
}

export function setSearch(search: string): Producer<ViewState> {
  return (state) => (state.search === search ? state : { ...state, search });
}

/** Shows an edge in Details; null closes it. */
export function selectEdge(key: string | null): Producer<ViewState> {
  return (state) => (state.selectedEdge === key ? state : { ...state, selectedEdge: key });
}

/** Shift-click: adds a node to the multi-selection, or takes it out. */
export function toggleSelected(key: string): Producer<ViewState> {
  return (state) => ({
    ...state,
    selection: withName(state.selection, key, !state.selection.includes(key)),
  });
}

/** Back/forward and shared links replace the whole view. */
export function replaceView(next: ViewState): Producer<ViewState> {
  return () => next;
}
