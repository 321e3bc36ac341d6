// What the graph spotlights, as pure producers (state) => state: the focused node and how far its
// neighbourhood reaches, the edge shown in Details, the path explained between two nodes.
import type { Producer } from "./store.ts";
import { MAX_DEPTH, type PathEnds, type ViewState } from "./view-state.ts";

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

/** Shows an edge in Details; null closes it. */
export function selectEdge(key: string | null): Producer<ViewState> {
  return (state) => (state.selectedEdge === key ? state : { ...state, selectedEdge: key });
}

/** Explains how two nodes are connected; null closes the explanation. */
export function showPath(path: PathEnds | null): Producer<ViewState> {
  return (state) => {
    const isSame =
      state.path === path ||
      (state.path !== null &&
        path !== null &&
        state.path.from === path.from &&
        state.path.to === path.to);
    return isSame ? state : { ...state, path };
  };
}
