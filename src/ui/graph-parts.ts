// The pieces of the graph that Details and Paths both write out: a node's name as a button that
// focuses it, and a sentence of evidence as a quotation. One place, so both look and act alike.
import type { EvidenceItem } from "../model/types.ts";
import { readDocument } from "../state/reading.ts";
import { sourceTitle as graphSourceTitle } from "../state/reading-pane.ts";
import { type AppContext, focusAndShow } from "./app-context.ts";
import { element, swatch } from "./dom.ts";

/** A node's label; its key when the label is missing or empty. */
export function nodeLabel(ctx: AppContext, key: string): string {
  const graph = ctx.dataset.get().graph;
  const value = graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : undefined;
  return typeof value === "string" && value !== "" ? value : key;
}

/**
 * The node's name with its kind's colour, as a button that focuses it and brings it into view;
 * `afterFocus` runs next (the button may be gone by then, re-rendered with its panel).
 */
export function nodeButton(
  ctx: AppContext,
  key: string,
  afterFocus?: () => void,
): HTMLButtonElement {
  const kind = String(ctx.dataset.get().graph.getNodeAttribute(key, "nodeKind"));
  const button = element("button", { className: "node-link", attributes: { type: "button" } }, [
    swatch(ctx.derived.palette().kinds.get(kind) ?? "#999999"),
    nodeLabel(ctx, key),
  ]);
  button.addEventListener("click", () => {
    focusAndShow(ctx, key);
    afterFocus?.();
  });
  return button;
}

/**
 * One quote of evidence, in the document's curly quotes. When the graph has several documents,
 * the one it comes from follows: a button opening that document in the Source pane (where the
 * quote's sentence is marked) when its text is at hand, else its title.
 */
export function evidenceQuote(ctx: AppContext, item: EvidenceItem): HTMLElement {
  const parts: HTMLElement[] = [element("p", { text: `“${item.quote}”` })];
  const sources = ctx.dataset.get().graph.getAttribute("sources") ?? [];
  if (sources.length > 1 && item.source !== "") parts.push(evidenceSource(ctx, item.source));
  return element(
    "blockquote",
    { className: "evidence", attributes: { "data-source": item.source } },
    parts,
  );
}

/** The title of a source document as the graph lists it; its id when it has none. */
export function sourceTitle(ctx: AppContext, id: string): string {
  return graphSourceTitle(ctx.dataset.get().graph, id);
}

function evidenceSource(ctx: AppContext, id: string): HTMLElement {
  const title = sourceTitle(ctx, id);
  const hasText = typeof ctx.dataset.get().sourceTexts[id] === "string";
  const name = hasText
    ? element("button", {
        className: "evidence-source-link",
        text: title,
        attributes: { type: "button", title: "Read this quote in its document" },
      })
    : element("cite", { text: title });
  if (name instanceof HTMLButtonElement) {
    name.addEventListener("click", () => ctx.view.update(readDocument(id)));
  }
  return element("footer", { className: "evidence-source" }, ["— ", name]);
}
