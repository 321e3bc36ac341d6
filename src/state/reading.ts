// The reading pane's part of the view, as pure producers: open or closed, the document shown and
// the sentence selected in it, so each change goes through the store and the URL follows.
import type { Producer } from "./store.ts";
import type { ViewState } from "./view-state.ts";

export function setReadingOpen(readingOpen: boolean): Producer<ViewState> {
  return (state) => (state.readingOpen === readingOpen ? state : { ...state, readingOpen });
}

/** Shows another source document in the reading pane. */
export function showDocument(sourceDoc: string | null): Producer<ViewState> {
  return (state) => (state.sourceDoc === sourceDoc ? state : { ...state, sourceDoc });
}

/** A second click on the selected sentence deselects it. */
export function toggleSentence(sentence: string): Producer<ViewState> {
  return (state) => ({ ...state, sentence: state.sentence === sentence ? null : sentence });
}
