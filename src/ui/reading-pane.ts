// The Source region: the document the graph was read from, beside the graph, with every sentence
// that is evidence for an edge marked. Pointing at or selecting a marked sentence lights up what
// it supports; focusing a node or selecting an edge highlights its sentences here and shows them.
// What to show is src/state/reading-pane.ts; the text itself ui/reading-text.ts.
import "./reading.css";
import type { SourceDocumentText } from "../model/sentences.ts";
import type { Dataset } from "../state/dataset.ts";
import { setReadingOpen, showDocument, toggleSentence } from "../state/reading.ts";
import {
  documentToShow,
  relatedSentences,
  sentenceToReveal,
  sourceTitle,
  titleAboveText,
} from "../state/reading-pane.ts";
import type { ViewState } from "../state/view-state.ts";
import type { AppContext } from "./app-context.ts";
import { coverageView } from "./coverage-view.ts";
import { element } from "./dom.ts";
import { pointerWords } from "./pointer-words.ts";
import { HINT_ID, readingText, revealSpan } from "./reading-text.ts";

/** index.html's id of the pane, which the toggle button controls. */
export const READING_PANE_ID = "reading";
const TOGGLE_ID = "reading-toggle-button";
const HEADING_ID = "reading-heading";
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

/** What is on screen: the document's spans by sentence id, and the marks applied to them. */
interface Pane {
  ctx: AppContext;
  container: HTMLElement;
  shown: { dataset: Dataset; docId: string | null } | null;
  spans: Map<string, HTMLElement>;
  body: HTMLElement | null;
  marked: { selected: string | null; related: string[] };
  flashTimer: ReturnType<typeof setTimeout> | undefined;
}

const emphasisOf = (ctx: AppContext) => ctx.derived.index().emphasis;
const shownDocument = (ctx: AppContext, view: ViewState) =>
  documentToShow(ctx.dataset.get().graph, emphasisOf(ctx), view);

function reveal(pane: Pane, id: string) {
  const span = pane.spans.get(id);
  if (span && pane.body) revealSpan(pane.body, span);
}

/** Scrolls to a sentence, focuses it and flashes it: where a coverage mark leads. */
function flash(pane: Pane, id: string) {
  const span = pane.spans.get(id);
  if (!span) return;
  reveal(pane, id);
  if (!span.hasAttribute("tabindex")) span.setAttribute("tabindex", "-1");
  span.focus({ preventScroll: true });
  for (const other of pane.spans.values()) other.classList.remove("is-flashed");
  span.classList.add("is-flashed");
  clearTimeout(pane.flashTimer);
  pane.flashTimer = setTimeout(() => span.classList.remove("is-flashed"), FLASH_MS);
}

/** The document picker when there are several documents; else a title the text lacks. */
function whichDocument(ctx: AppContext, doc: SourceDocumentText | null): HTMLElement | null {
  const { graph } = ctx.dataset.get();
  const documents = emphasisOf(ctx).documents();
  if (documents.length > 1 && doc) {
    const select = element(
      "select",
      { attributes: { id: "reading-document" } },
      documents.map((entry) =>
        element("option", {
          text: sourceTitle(graph, entry.sourceId),
          attributes: { value: entry.sourceId },
        }),
      ),
    );
    select.value = doc.sourceId;
    select.addEventListener("change", () => ctx.view.update(showDocument(select.value)));
    return element("div", { className: "control reading-document" }, [
      element("label", { text: "Document", attributes: { for: "reading-document" } }),
      select,
    ]);
  }
  const title = doc ? titleAboveText(graph, doc) : null;
  return title === null ? null : element("p", { className: "reading-document-title", text: title });
}

function heading(ctx: AppContext, doc: SourceDocumentText | null): HTMLElement {
  const close = element("button", {
    className: "reading-close",
    text: "Close",
    attributes: { type: "button", "aria-label": "Close the source" },
  });
  close.addEventListener("click", () => {
    ctx.view.update(setReadingOpen(false));
    document.getElementById(TOGGLE_ID)?.focus();
  });
  return element("div", { className: "reading-head" }, [
    element("div", { className: "reading-head-row" }, [
      element("h2", { text: "Source", attributes: { id: HEADING_ID } }),
      close,
    ]),
    whichDocument(ctx, doc),
  ]);
}

function render(pane: Pane, view: ViewState) {
  const { ctx, container } = pane;
  const doc = shownDocument(ctx, view);
  pane.shown = { dataset: ctx.dataset.get(), docId: doc?.sourceId ?? null };
  pane.marked = { selected: null, related: [] };
  pane.spans = new Map();
  if (!doc) {
    pane.body = null;
    container.replaceChildren(
      heading(ctx, null),
      element("p", { className: "reading-empty", text: "This graph carries no source text." }),
    );
    return;
  }
  const evidence = emphasisOf(ctx).evidence();
  const text = readingText(doc, evidence, {
    preview: (id) => ctx.derived.previewSentence(id),
    toggle: (id) => ctx.view.update(toggleSentence(id)),
  });
  pane.spans = text.spans;
  pane.body = element("div", { className: "reading-body" }, [
    element("p", {
      className: "reading-hint",
      text: pointerWords().isTouch
        ? "Marked sentences are evidence for links: tap one to see them in the graph."
        : "Marked sentences are evidence for links: point at one, or select it, to see them in the graph.",
      attributes: { id: HINT_ID },
    }),
    coverageView(doc, evidence, (id) => flash(pane, id)),
    text.element,
  ]);
  container.replaceChildren(heading(ctx, doc), pane.body);
}

function mark(pane: Pane, view: ViewState) {
  const { spans, marked } = pane;
  const related = relatedSentences(pane.ctx.dataset.get().graph, emphasisOf(pane.ctx), view);
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
  pane.marked = { selected: view.sentence, related };
}

function sync(pane: Pane, view: ViewState, previous: ViewState | null) {
  const { ctx, container, shown } = pane;
  container.hidden = !view.readingOpen;
  if (!view.readingOpen) {
    ctx.derived.previewSentence(null);
    return;
  }
  const doc = shownDocument(ctx, view);
  const isNew =
    shown === null ||
    shown.dataset !== ctx.dataset.get() ||
    shown.docId !== (doc?.sourceId ?? null) ||
    previous === null ||
    !previous.readingOpen;
  if (isNew) render(pane, view);
  mark(pane, view);
  // Show what the reader just asked about: a new sentence, or the sentences of a new focus.
  const isShown = (id: string) => pane.spans.has(id);
  const target = sentenceToReveal(view, isNew ? null : previous, pane.marked.related, isShown);
  if (target !== null) reveal(pane, target);
}

export function mountReadingPane(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("aria-labelledby", HEADING_ID);
  const pane: Pane = {
    ctx,
    container,
    shown: null,
    spans: new Map(),
    body: null,
    marked: { selected: null, related: [] },
    flashTimer: undefined,
  };
  sync(pane, ctx.view.get(), null);
  const unsubscribeView = ctx.view.subscribe((next, previous) => sync(pane, next, previous));
  const unsubscribeDataset = ctx.dataset.subscribe(() => {
    pane.shown = null;
    sync(pane, ctx.view.get(), null);
  });
  return () => {
    clearTimeout(pane.flashTimer);
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
