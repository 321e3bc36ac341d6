// The view changes of the reading pane, the Paths panel and the timeline, as pure producers like
// those of view-actions.ts, so that each goes through the store and the URL follows.
import type { Producer } from "./store.ts";
import type { PathEnds, ViewState } from "./view-state.ts";

export function setReadingOpen(readingOpen: boolean): Producer<ViewState> {
  return (state) => (state.readingOpen === readingOpen ? state : { ...state, readingOpen });
}

/** Shows another source document in the reading pane. */
export function showDocument(sourceDoc: string | null): Producer<ViewState> {
  return (state) => (state.sourceDoc === sourceDoc ? state : { ...state, sourceDoc });
}

/** Opens the reading pane on one document: where a quote of evidence comes from. */
export function readDocument(sourceDoc: string): Producer<ViewState> {
  return (state) =>
    state.readingOpen && state.sourceDoc === sourceDoc
      ? state
      : { ...state, readingOpen: true, sourceDoc };
}

/** Selects a sentence (its edges stand out in the graph); null deselects. */
export function selectSentence(sentence: string | null): Producer<ViewState> {
  return (state) => (state.sentence === sentence ? state : { ...state, sentence });
}

/** A second click on the selected sentence deselects it. */
export function toggleSentence(sentence: string): Producer<ViewState> {
  return (state) => ({ ...state, sentence: state.sentence === sentence ? null : sentence });
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

/** Makes the path's nodes the selection, so that Export can write the path as a subgraph. */
export function selectNodes(keys: Iterable<string>): Producer<ViewState> {
  const selection = [...new Set(keys)].sort();
  return (state) =>
    state.selection.length === selection.length &&
    state.selection.every((key, i) => key === selection[i])
      ? state
      : { ...state, selection };
}

/** The graph as of a year (whole years); null shows every year. */
export function setYear(year: number | null): Producer<ViewState> {
  const whole = year === null || !Number.isFinite(year) ? null : Math.round(year);
  return (state) => (state.year === whole ? state : { ...state, year: whole });
}

export function setShowUndated(showUndated: boolean): Producer<ViewState> {
  return (state) => (state.showUndated === showUndated ? state : { ...state, showUndated });
}
