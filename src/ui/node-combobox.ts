// A field that asks for a node by name with a list of suggestions, built as an ARIA 1.2 combobox
// (listbox popup, arrow keys, Enter): the search box and "Connect to…" both ask this way, so
// they share one list that behaves the same for the keyboard and for screen readers.
import type { SearchHit } from "../query/search.ts";
import type { Palette } from "../state/palette.ts";
import type { AppContext } from "./app-context.ts";
import { element, swatch, uniqueId } from "./dom.ts";

export interface NodeComboboxOptions {
  /** Start of the listbox's id (made unique in the page). */
  idPrefix: string;
  /** The field's own attributes besides the combobox's: its name or id, placeholder, shortcuts. */
  inputAttributes: Record<string, string>;
  /** The suggestion list's accessible name. */
  listboxLabel: string;
  /** The nodes to offer for what is typed, best first (remote mode asks the server: a promise). */
  suggest(query: string): SearchHit[] | Promise<SearchHit[]>;
  /** The muted text after a suggestion's name (its kind, say). */
  describe(hit: SearchHit): string;
  onPick(hit: SearchHit): void;
  /** Each edit, before the suggestions follow it. */
  onType?(text: string): void;
  /** What to announce when Enter finds no node for the text. */
  noMatchMessage(text: string): string;
}

export interface NodeCombobox {
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  isOpen(): boolean;
  /** Suggests for the field's text; the list opens only if there are hits and the field has focus. */
  showSuggestions(): Promise<void>;
  close(): void;
}

function comboboxElements(options: NodeComboboxOptions) {
  const listboxId = uniqueId(options.idPrefix);
  const input = element("input", {
    className: "search-input",
    attributes: {
      type: "text",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": listboxId,
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
      ...options.inputAttributes,
    },
  });
  const listbox = element("ul", {
    className: "search-suggestions",
    attributes: { id: listboxId, role: "listbox", "aria-label": options.listboxLabel },
  });
  listbox.hidden = true;
  return { listboxId, input, listbox };
}

function suggestionOption(
  hit: SearchHit,
  id: string,
  palette: Palette,
  meta: string,
  pick: () => void,
): HTMLElement {
  const option = element(
    "li",
    { className: "search-option", attributes: { id, role: "option", "aria-selected": "false" } },
    [
      swatch(palette.kinds.get(hit.nodeKind) ?? "#999999"),
      element("span", { className: "search-option-label", text: hit.label }),
      element("span", { className: "search-option-meta", text: meta }),
    ],
  );
  // mousedown, not click: the field must not lose focus (and close the list) first.
  option.addEventListener("mousedown", (event) => {
    event.preventDefault();
    pick();
  });
  return option;
}

/**
 * The stage keeps the keyboard focus where it was when pressed (sigma prevents the default), so
 * the field does not blur: any press outside the field and its list closes the list too.
 */
function closeOnPressOutside(input: HTMLElement, listbox: HTMLElement, close: () => void) {
  const onPress = (event: PointerEvent) => {
    if (!input.isConnected) {
      document.removeEventListener("pointerdown", onPress, true);
      return;
    }
    const target = event.target as Node | null;
    if (listbox.hidden || input.contains(target) || listbox.contains(target)) return;
    close();
  };
  document.addEventListener("pointerdown", onPress, true);
}

interface ListState {
  hits(): SearchHit[];
  active(): number;
  setActive(index: number): void;
  showSuggestions(): Promise<void>;
  /** The latest question's answer, shown once it comes. */
  pending(): Promise<void>;
  pick(hit: SearchHit): void;
  noMatch(text: string): void;
}

/** Arrow keys move through the suggestions; Enter picks the active one, else the first. */
function bindKeys(input: HTMLInputElement, listbox: HTMLElement, list: ListState) {
  input.addEventListener("keydown", (event) => {
    const isOpen = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        void (isOpen ? Promise.resolve() : list.showSuggestions()).then(() => {
          const count = list.hits().length;
          if (count > 0) list.setActive((list.active() + 1) % count);
        });
        break;
      case "ArrowUp": {
        event.preventDefault();
        const count = list.hits().length;
        const active = list.active();
        if (count > 0) list.setActive(active <= 0 ? count - 1 : active - 1);
        break;
      }
      case "Enter": {
        event.preventDefault();
        void (isOpen ? list.pending() : list.showSuggestions()).then(() => {
          const hit = list.hits()[Math.max(list.active(), 0)];
          if (hit) list.pick(hit);
          else if (input.value.trim() !== "") list.noMatch(input.value.trim());
        });
        break;
      }
    }
  });
}

/** Esc is left to the caller: what it does after closing the list differs from field to field. */
export function createNodeCombobox(ctx: AppContext, options: NodeComboboxOptions): NodeCombobox {
  const { listboxId, input, listbox } = comboboxElements(options);
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
      listbox.querySelector(`#${optionId(index)}`)?.scrollIntoView({ block: "nearest" });
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
    options.onPick(hit);
  }

  // Answers may come back out of order: only the latest question's is shown.
  let asked = 0;
  let pending: Promise<void> = Promise.resolve();
  function showSuggestions(): Promise<void> {
    const ticket = ++asked;
    const found = options.suggest(input.value);
    if (Array.isArray(found)) {
      render(found);
      pending = Promise.resolve();
    } else {
      pending = found.then((answer) => {
        if (ticket === asked) render(answer);
      });
    }
    return pending;
  }

  function render(found: SearchHit[]) {
    hits = found;
    const palette = ctx.derived.palette();
    listbox.replaceChildren(
      ...hits.map((hit, index) =>
        suggestionOption(hit, optionId(index), palette, options.describe(hit), () => pick(hit)),
      ),
    );
    const isOpen = hits.length > 0 && document.activeElement === input;
    listbox.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    setActive(-1);
  }

  input.addEventListener("input", () => {
    options.onType?.(input.value);
    void showSuggestions();
  });
  input.addEventListener("blur", close);
  closeOnPressOutside(input, listbox, close);
  bindKeys(input, listbox, {
    hits: () => hits,
    active: () => active,
    setActive,
    showSuggestions,
    pending: () => pending,
    pick,
    noMatch: (text) => ctx.announce(options.noMatchMessage(text)),
  });

  return { input, listbox, isOpen: () => !listbox.hidden, showSuggestions, close };
}
