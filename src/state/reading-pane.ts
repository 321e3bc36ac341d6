// What the reading pane shows, without the DOM: which document (the one chosen, else the one the
// selected sentence or the focus speaks from), which sentences back the focus or the selected
// edge, the document's title when its text does not open with it, and which sentence to scroll
// to after a change. ui/reading-pane.ts draws it.
import type { SourceDocumentText } from "../model/sentences.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { type EmphasisIndex, edgeSentences, nodeSentences } from "./emphasis.ts";
import type { ViewState } from "./view-state.ts";

/** The sentences of the selected edge, else of the focused node. */
export function relatedSentences(
  graph: KnowledgeGraph,
  index: EmphasisIndex,
  view: ViewState,
): string[] {
  const evidence = index.evidence();
  if (view.selectedEdge !== null && graph.hasEdge(view.selectedEdge)) {
    return edgeSentences(evidence, view.selectedEdge);
  }
  if (view.focus !== null) return nodeSentences(graph, evidence, view.focus);
  return [];
}

/** The chosen document; else the one the selected sentence or the focus speaks from. */
export function documentToShow(
  graph: KnowledgeGraph,
  index: EmphasisIndex,
  view: ViewState,
): SourceDocumentText | null {
  const documents = index.documents();
  const byId = (id: string | null | undefined) =>
    documents.find((doc) => doc.sourceId === id) ?? null;
  const sentences = index.evidence().sentences;
  const related = relatedSentences(graph, index, view)[0];
  return (
    byId(view.sourceDoc) ??
    byId(view.sentence === null ? null : sentences.get(view.sentence)?.sourceId) ??
    byId(related === undefined ? null : sentences.get(related)?.sourceId) ??
    documents[0] ??
    null
  );
}

/** A source's title from the graph's `sources`, else its id. */
export function sourceTitle(graph: KnowledgeGraph, id: string): string {
  const source = (graph.getAttribute("sources") ?? []).find((entry) => entry.id === id);
  return source?.title || id;
}

/** The title to show above a document's text: null when the text opens with it anyway. */
export function titleAboveText(graph: KnowledgeGraph, doc: SourceDocumentText): string | null {
  const title = sourceTitle(graph, doc.sourceId);
  return doc.paragraphs[0]?.sentences[0]?.text === title ? null : title;
}

/**
 * The sentence to scroll into view after the view changed from `previous` (null: the pane was
 * just drawn): a newly selected sentence, else the first sentence of a new focus or edge. Null
 * when nothing new was asked about. `isShown` says whether a sentence is in the text on screen.
 */
export function sentenceToReveal(
  view: ViewState,
  previous: ViewState | null,
  related: readonly string[],
  isShown: (id: string) => boolean,
): string | null {
  const isNew = previous === null;
  const hasNewSentence = isNew || previous.sentence !== view.sentence;
  const hasNewSubject =
    isNew || previous.focus !== view.focus || previous.selectedEdge !== view.selectedEdge;
  if (hasNewSentence && view.sentence !== null && isShown(view.sentence)) return view.sentence;
  if (hasNewSubject) return related.find(isShown) ?? null;
  return null;
}
