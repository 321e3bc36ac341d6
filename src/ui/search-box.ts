// The search box: one field with suggestions over labels and aliases, built as an ARIA 1.2
// combobox (listbox popup, arrow keys, Enter); picking a suggestion focuses the node.
import { setSearch } from "../state/filters.ts";
import { type AppContext, focusAndShow } from "./app-context.ts";
import { element } from "./dom.ts";
import { createNodeCombobox } from "./node-combobox.ts";

export const SEARCH_INPUT_ID = "search-input";

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function mountSearch(ctx: AppContext, container: HTMLElement): () => void {
  const label = element("label", {
    className: "visually-hidden",
    text: "Search",
    attributes: { for: SEARCH_INPUT_ID },
  });
  const combobox = createNodeCombobox(ctx, {
    idPrefix: "search-suggestions",
    inputAttributes: {
      id: SEARCH_INPUT_ID,
      "aria-keyshortcuts": "/",
      placeholder: "Search nodes  ( / )",
    },
    listboxLabel: "Suggestions",
    suggest: (query) => ctx.derived.index().search.search(query),
    describe: (hit) =>
      hit.matchedAlias ? `${hit.nodeKind} · also “${hit.matchedAlias}”` : hit.nodeKind,
    onPick: (hit) => focusAndShow(ctx, hit.key),
    onType: (text) => ctx.view.update(setSearch(text)),
    noMatchMessage: (text) => `Nothing matches “${text}”. Try fewer letters or another name.`,
  });
  const { input, listbox } = combobox;
  container.replaceChildren(label, input, listbox);

  input.addEventListener("focus", () => {
    if (input.value.trim() !== "") combobox.showSuggestions();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // First Esc closes the list, the next empties the box; only then does Esc clear the focus.
    if (combobox.isOpen()) {
      event.stopPropagation();
      combobox.close();
    } else if (input.value !== "") {
      event.stopPropagation();
      input.value = "";
      ctx.view.update(setSearch(""));
    }
  });

  const onSlash = (event: KeyboardEvent) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener("keydown", onSlash);

  // Back/forward or a link may change the search text: show it, unless the user is typing.
  const syncFromView = () => {
    const { search } = ctx.view.get();
    if (input.value !== search && document.activeElement !== input) input.value = search;
  };
  syncFromView();
  const unsubscribeView = ctx.view.subscribe(syncFromView);
  const unsubscribeDataset = ctx.dataset.subscribe(() => combobox.close());

  return () => {
    document.removeEventListener("keydown", onSlash);
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
