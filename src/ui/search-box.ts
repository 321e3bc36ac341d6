// The search box: one field with suggestions over labels and aliases, built as an ARIA 1.2
// combobox (listbox popup, arrow keys, Enter); picking a suggestion focuses the node.
import type { SearchHit } from "../query/search.ts";
import { setSearch } from "../state/view-actions.ts";
import { type AppContext, focusAndShow } from "./app-context.ts";
import { element, swatch, uniqueId } from "./dom.ts";

export const SEARCH_INPUT_ID = "search-input";

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function mountSearch(ctx: AppContext, container: HTMLElement): () => void {
  const listboxId = uniqueId("search-suggestions");
  const label = element("label", {
    className: "visually-hidden",
    text: "Search",
    attributes: { for: SEARCH_INPUT_ID },
  });
  const input = element("input", {
    className: "search-input",
    attributes: {
      id: SEARCH_INPUT_ID,
      type: "text",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": listboxId,
      "aria-autocomplete": "list",
      "aria-keyshortcuts": "/",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "Search nodes  ( / )",
    },
  });
  const listbox = element("ul", {
    className: "search-suggestions",
    attributes: { id: listboxId, role: "listbox", "aria-label": "Suggestions" },
  });
  listbox.hidden = true;
  container.replaceChildren(label, input, listbox);

  let hits: SearchHit[] = [];
  let active = -1;

  const optionId = (index: number) => `${listboxId}-option-${index}`;

  function setActive(index: number) {
    active = index;
    listbox.querySelectorAll<HTMLElement>("[role=option]").forEach((option, position) => {
      option.setAttribute("aria-selected", String(position === index));
    });
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", optionId(index));
      document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function pick(hit: SearchHit) {
    close();
    focusAndShow(ctx, hit.key);
  }

  function renderSuggestions() {
    hits = ctx.renderer.graphIndex().search.search(input.value);
    const palette = ctx.renderer.palette();
    listbox.replaceChildren(
      ...hits.map((hit, index) => {
        const option = element(
          "li",
          {
            className: "search-option",
            attributes: { id: optionId(index), role: "option", "aria-selected": "false" },
          },
          [
            swatch(palette.kinds.get(hit.nodeKind) ?? "#999999"),
            element("span", { className: "search-option-label", text: hit.label }),
            element("span", {
              className: "search-option-meta",
              text: hit.matchedAlias
                ? `${hit.nodeKind} · also “${hit.matchedAlias}”`
                : hit.nodeKind,
            }),
          ],
        );
        // mousedown, not click: the input must not lose focus (and close the list) first.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(hit);
        });
        return option;
      }),
    );
    const isOpen = hits.length > 0 && document.activeElement === input;
    listbox.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    setActive(-1);
  }

  input.addEventListener("input", () => {
    ctx.view.update(setSearch(input.value));
    renderSuggestions();
  });
  input.addEventListener("focus", () => {
    if (input.value.trim() !== "") renderSuggestions();
  });
  input.addEventListener("blur", () => close());
  input.addEventListener("keydown", (event) => {
    const isOpen = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!isOpen) renderSuggestions();
        if (hits.length > 0) setActive((active + 1) % hits.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (hits.length > 0) setActive(active <= 0 ? hits.length - 1 : active - 1);
        break;
      case "Enter": {
        if (!isOpen) renderSuggestions();
        const hit = hits[Math.max(active, 0)];
        if (hit) {
          event.preventDefault();
          pick(hit);
        } else if (input.value.trim() !== "") {
          ctx.announce(
            `Nothing matches “${input.value.trim()}”. Try fewer letters or another name.`,
          );
        }
        break;
      }
      case "Escape":
        // First Esc closes the list, the next empties the box; only then does Esc clear the focus.
        if (isOpen) {
          event.stopPropagation();
          close();
        } else if (input.value !== "") {
          event.stopPropagation();
          input.value = "";
          ctx.view.update(setSearch(""));
        }
        break;
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
  const unsubscribeDataset = ctx.dataset.subscribe(() => close());

  return () => {
    document.removeEventListener("keydown", onSlash);
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
