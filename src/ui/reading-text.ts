// The text of a source document in the reading pane: its paragraphs as in the original, each
// sentence a span, the sentences that are evidence marked and operable (point, focus, click,
// Enter or Space). Kept apart from ui/reading-pane.ts, which decides what to show and marks it.
import type { EvidenceIndex } from "../model/evidence-index.ts";
import type { Sentence, SourceDocumentText } from "../model/sentences.ts";
import { element } from "./dom.ts";

/** The id of the pane's hint, which every evidence sentence names as its description. */
export const HINT_ID = "reading-hint";

export interface SentenceHandlers {
  /** The sentence pointed at or focused; null when the pointer or focus leaves. */
  preview(id: string | null): void;
  /** The sentence clicked, or pressed with Enter or Space. */
  toggle(id: string): void;
}

export interface ReadingText {
  element: HTMLElement;
  /** Each sentence's span, by sentence id. */
  spans: Map<string, HTMLElement>;
}

function sentenceSpan(sentence: Sentence, supports: number): HTMLElement {
  if (supports === 0) {
    return element("span", { className: "sentence", text: sentence.text });
  }
  const span = element("span", {
    className: "sentence is-evidence",
    text: sentence.text,
    attributes: {
      role: "button",
      tabindex: "0",
      "aria-pressed": "false",
      "aria-describedby": HINT_ID,
      "data-sentence": sentence.id,
    },
  });
  span.title = supports === 1 ? "Backs 1 link" : `Backs ${supports} links`;
  return span;
}

export function readingText(
  doc: SourceDocumentText,
  evidence: EvidenceIndex,
  handlers: SentenceHandlers,
): ReadingText {
  const spans = new Map<string, HTMLElement>();
  const paragraphs = doc.paragraphs.map((paragraph) => {
    const parts: (Node | string)[] = [];
    let previousEnd = paragraph.start;
    for (const sentence of paragraph.sentences) {
      // The text between sentences (spaces, a line break) as in the original.
      if (sentence.start > previousEnd) parts.push(doc.text.slice(previousEnd, sentence.start));
      const span = sentenceSpan(sentence, evidence.edgesBySentence.get(sentence.id)?.length ?? 0);
      spans.set(sentence.id, span);
      parts.push(span);
      previousEnd = sentence.end;
    }
    return element("p", { className: "reading-paragraph" }, parts);
  });
  const text = element("div", { className: "reading-text", attributes: { lang: "en" } }, [
    ...paragraphs,
  ]);
  bindSentenceEvents(text, handlers);
  return { element: text, spans };
}

function bindSentenceEvents(text: HTMLElement, handlers: SentenceHandlers) {
  const sentenceOf = (target: EventTarget | null) =>
    target instanceof Element
      ? (target.closest<HTMLElement>(".is-evidence")?.dataset.sentence ?? null)
      : null;
  text.addEventListener("mouseover", (event) => handlers.preview(sentenceOf(event.target)));
  text.addEventListener("mouseleave", () => handlers.preview(null));
  text.addEventListener("focusin", (event) => {
    const id = sentenceOf(event.target);
    if (id !== null) handlers.preview(id);
  });
  text.addEventListener("focusout", () => handlers.preview(null));
  text.addEventListener("click", (event) => {
    const id = sentenceOf(event.target);
    if (id !== null) handlers.toggle(id);
  });
  text.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const id = sentenceOf(event.target);
    if (id === null) return;
    event.preventDefault();
    handlers.toggle(id);
  });
}

/** Scrolls `body` (never the page) so that `span` is in view, a third of the way down. */
export function revealSpan(body: HTMLElement, span: HTMLElement): void {
  const frame = body.getBoundingClientRect();
  const box = span.getBoundingClientRect();
  if (box.top >= frame.top && box.bottom <= frame.bottom) return;
  body.scrollTop += box.top - frame.top - Math.max(0, (frame.height - box.height) / 3);
}
