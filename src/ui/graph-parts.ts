// The pieces of the graph that Details and Paths both write out: a node's name as a button that
// focuses it, and a sentence of evidence as a quotation. One place, so both look and act alike.
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

/** One verbatim sentence of evidence, in the document's curly quotes. */
export function evidenceQuote(quote: string): HTMLElement {
  return element("blockquote", { className: "evidence" }, [element("p", { text: `“${quote}”` })]);
}
