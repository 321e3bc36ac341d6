// The Source region: the document the graph was read from, beside the graph, with every sentence
// that is evidence for an edge marked. Pointing at or selecting a marked sentence lights up what
// it supports; focusing a node or selecting an edge highlights its sentences here and shows them.
import "./reading.css";
import type { Sentence, SourceDocumentText } from "../model/sentences.ts";
import type { Dataset } from "../state/dataset.ts";
import { edgeSentences, nodeSentences } from "../state/emphasis.ts";
import { setReadingOpen, showDocument, toggleSentence } from "../state/reading.ts";
import type { ViewState } from "../state/view-state.ts";
import type { AppContext } from "./app-context.ts";
import { coverageView } from "./coverage-view.ts";
import { element } from "./dom.ts";
import { pointerWords } from "./pointer-words.ts";

/** index.html's id of the pane, which the toggle button controls. */
export const READING_PANE_ID = "reading";
const TOGGLE_ID = "reading-toggle-button";
const HEADING_ID = "reading-heading";
const HINT_ID = "reading-hint";
const FLASH_MS = 1600;

/** The "Source" button of the toolbar: opens and closes the pane. */
export function mountReadingToggle(ctx: AppContext, container: HTMLElement): () => void {
  const button = element("button", {
    text: "Source",
    attributes: {
      id: TOGGLE_ID,
      type: "button",
      "aria-pressed": "false",
      "aria-controls": READING_PANE_ID,
      title: "Read the source document beside the graph",
    },
  });
  button.addEventListener("click", () =>
    ctx.view.update(setReadingOpen(!ctx.view.get().readingOpen)),
  );
  container.replaceChildren(button);
  const sync = () => button.setAttribute("aria-pressed", String(ctx.view.get().readingOpen));
  sync();
  const unsubscribe = ctx.view.subscribe(sync);
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

function sourceTitle(dataset: Dataset, id: string): string {
  const source = (dataset.graph.getAttribute("sources") ?? []).find((entry) => entry.id === id);
  return source?.title || id;
}

export function mountReadingPane(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("aria-labelledby", HEADING_ID);
  const index = () => ctx.derived.index().emphasis;

  /** What is on screen now: the document's spans by sentence id, and the marks applied. */
  let shown: { dataset: Dataset; docId: string | null } | null = null;
  let spans = new Map<string, HTMLElement>();
  let body: HTMLElement | null = null;
  let marked = { selected: null as string | null, related: [] as string[] };
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** The chosen document; else the one the selected sentence or the focus speaks from. */
  function documentToShow(view: ViewState): SourceDocumentText | null {
    const documents = index().documents();
    const byId = (id: string | null | undefined) =>
      documents.find((doc) => doc.sourceId === id) ?? null;
    const sentences = index().evidence().sentences;
    const related = relatedSentences(view)[0];
    return (
      byId(view.sourceDoc) ??
      byId(view.sentence === null ? null : sentences.get(view.sentence)?.sourceId) ??
      byId(related === undefined ? null : sentences.get(related)?.sourceId) ??
      documents[0] ??
      null
    );
  }

  /** The sentences of the selected edge, else of the focused node. */
  function relatedSentences(view: ViewState): string[] {
    const { graph } = ctx.dataset.get();
    const evidence = index().evidence();
    if (view.selectedEdge !== null && graph.hasEdge(view.selectedEdge)) {
      return edgeSentences(evidence, view.selectedEdge);
    }
    if (view.focus !== null) return nodeSentences(graph, evidence, view.focus);
    return [];
  }

  /** Scrolls the pane (never the page) so that the sentence is in view. */
  function reveal(id: string) {
    const span = spans.get(id);
    if (!span || !body) return;
    const frame = body.getBoundingClientRect();
    const box = span.getBoundingClientRect();
    if (box.top >= frame.top && box.bottom <= frame.bottom) return;
    body.scrollTop += box.top - frame.top - Math.max(0, (frame.height - box.height) / 3);
  }

  function flash(id: string) {
    const span = spans.get(id);
    if (!span) return;
    reveal(id);
    if (!span.hasAttribute("tabindex")) span.setAttribute("tabindex", "-1");
    span.focus({ preventScroll: true });
    for (const other of spans.values()) other.classList.remove("is-flashed");
    span.classList.add("is-flashed");
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => span.classList.remove("is-flashed"), FLASH_MS);
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

  function documentText(doc: SourceDocumentText): HTMLElement {
    const evidence = index().evidence();
    spans = new Map();
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
    bindSentenceEvents(text);
    return text;
  }

  function bindSentenceEvents(text: HTMLElement) {
    const sentenceOf = (target: EventTarget | null) =>
      target instanceof Element
        ? (target.closest<HTMLElement>(".is-evidence")?.dataset.sentence ?? null)
        : null;
    text.addEventListener("mouseover", (event) => {
      const id = sentenceOf(event.target);
      ctx.derived.previewSentence(id);
    });
    text.addEventListener("mouseleave", () => ctx.derived.previewSentence(null));
    text.addEventListener("focusin", (event) => {
      const id = sentenceOf(event.target);
      if (id !== null) ctx.derived.previewSentence(id);
    });
    text.addEventListener("focusout", () => ctx.derived.previewSentence(null));
    text.addEventListener("click", (event) => {
      const id = sentenceOf(event.target);
      if (id !== null) ctx.view.update(toggleSentence(id));
    });
    text.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      const id = sentenceOf(event.target);
      if (id === null) return;
      event.preventDefault();
      ctx.view.update(toggleSentence(id));
    });
  }

  function heading(doc: SourceDocumentText | null): HTMLElement {
    const dataset = ctx.dataset.get();
    const documents = index().documents();
    const close = element("button", {
      className: "reading-close",
      text: "Close",
      attributes: { type: "button", "aria-label": "Close the source" },
    });
    close.addEventListener("click", () => {
      ctx.view.update(setReadingOpen(false));
      document.getElementById(TOGGLE_ID)?.focus();
    });
    let which: HTMLElement | null = null;
    if (documents.length > 1 && doc) {
      const select = element(
        "select",
        { attributes: { id: "reading-document" } },
        documents.map((entry) =>
          element("option", {
            text: sourceTitle(dataset, entry.sourceId),
            attributes: { value: entry.sourceId },
          }),
        ),
      );
      select.value = doc.sourceId;
      select.addEventListener("change", () => ctx.view.update(showDocument(select.value)));
      which = element("div", { className: "control reading-document" }, [
        element("label", { text: "Document", attributes: { for: "reading-document" } }),
        select,
      ]);
    } else if (
      doc &&
      doc.paragraphs[0]?.sentences[0]?.text !== sourceTitle(dataset, doc.sourceId)
    ) {
      // A title the text does not open with.
      which = element("p", {
        className: "reading-document-title",
        text: sourceTitle(dataset, doc.sourceId),
      });
    }
    return element("div", { className: "reading-head" }, [
      element("div", { className: "reading-head-row" }, [
        element("h2", { text: "Source", attributes: { id: HEADING_ID } }),
        close,
      ]),
      which,
    ]);
  }

  function render(view: ViewState) {
    const doc = documentToShow(view);
    shown = { dataset: ctx.dataset.get(), docId: doc?.sourceId ?? null };
    marked = { selected: null, related: [] };
    spans = new Map();
    if (!doc) {
      body = null;
      container.replaceChildren(
        heading(null),
        element("p", { className: "reading-empty", text: "This graph carries no source text." }),
      );
      return;
    }
    body = element("div", { className: "reading-body" }, [
      element("p", {
        className: "reading-hint",
        text: pointerWords().isTouch
          ? "Marked sentences are evidence for links: tap one to see them in the graph."
          : "Marked sentences are evidence for links: point at one, or select it, to see them in the graph.",
        attributes: { id: HINT_ID },
      }),
      coverageView(doc, index().evidence(), flash),
      documentText(doc),
    ]);
    container.replaceChildren(heading(doc), body);
  }

  function mark(view: ViewState) {
    const related = relatedSentences(view);
    for (const id of marked.related) spans.get(id)?.classList.remove("is-related");
    for (const id of related) spans.get(id)?.classList.add("is-related");
    if (marked.selected !== view.sentence) {
      const before = marked.selected === null ? undefined : spans.get(marked.selected);
      before?.classList.remove("is-selected");
      before?.setAttribute("aria-pressed", "false");
      const after = view.sentence === null ? undefined : spans.get(view.sentence);
      after?.classList.add("is-selected");
      after?.setAttribute("aria-pressed", "true");
    }
    marked = { selected: view.sentence, related };
  }

  function sync(view: ViewState, previous: ViewState | null) {
    container.hidden = !view.readingOpen;
    if (!view.readingOpen) {
      ctx.derived.previewSentence(null);
      return;
    }
    const doc = documentToShow(view);
    const isNew =
      shown === null ||
      shown.dataset !== ctx.dataset.get() ||
      shown.docId !== (doc?.sourceId ?? null) ||
      previous === null ||
      !previous.readingOpen;
    if (isNew) render(view);
    mark(view);
    // Show what the reader just asked about: a new sentence, or the sentences of a new focus.
    const hasNewSentence = isNew || previous?.sentence !== view.sentence;
    const hasNewSubject =
      isNew || previous?.focus !== view.focus || previous?.selectedEdge !== view.selectedEdge;
    if (hasNewSentence && view.sentence !== null && spans.has(view.sentence)) {
      reveal(view.sentence);
    } else if (hasNewSubject) {
      const first = marked.related.find((id) => spans.has(id));
      if (first !== undefined) reveal(first);
    }
  }

  sync(ctx.view.get(), null);
  const unsubscribeView = ctx.view.subscribe((next, previous) => sync(next, previous));
  const unsubscribeDataset = ctx.dataset.subscribe(() => {
    shown = null;
    sync(ctx.view.get(), null);
  });
  return () => {
    clearTimeout(flashTimer);
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
