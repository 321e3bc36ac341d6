// A field that asks for one node by name, with suggestions as the search box gives them (an
// ARIA 1.2 combobox): how "Connect to…" asks for the second end of a path.
import type { SearchHit } from "../query/search.ts";
import type { AppContext } from "./app-context.ts";
import { element, swatch, uniqueId } from "./dom.ts";

export interface NodePickerOptions {
  /** The field's accessible name, e.g. "Connect China to". */
  label: string;
  placeholder?: string;
  /** A node not to offer (the one we connect from). */
  exclude?: string;
  onPick(key: string): void;
  /** Esc on an empty, closed field. */
  onCancel?(): void;
}

export interface NodePicker {
  element: HTMLElement;
  input: HTMLInputElement;
}

export function createNodePicker(ctx: AppContext, options: NodePickerOptions): NodePicker {
  const listboxId = uniqueId("node-picker");
  const input = element("input", {
    className: "search-input",
    attributes: {
      type: "text",
      role: "combobox",
      "aria-label": options.label,
      "aria-expanded": "false",
      "aria-controls": listboxId,
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: options.placeholder ?? "Type a name",
    },
  });
  const listbox = element("ul", {
    className: "search-suggestions",
    attributes: { id: listboxId, role: "listbox", "aria-label": `${options.label}: suggestions` },
  });
  listbox.hidden = true;
  const container = element("div", { className: "node-picker" }, [input, listbox]);

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
    options.onPick(hit.key);
  }

  function renderSuggestions() {
    hits = ctx.renderer
      .graphIndex()
      .search.search(input.value)
      .filter((hit) => hit.key !== options.exclude);
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
            element("span", { className: "search-option-meta", text: hit.nodeKind }),
          ],
        );
        // mousedown, not click: the field must not lose focus (and close the list) first.
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

  input.addEventListener("input", renderSuggestions);
  input.addEventListener("blur", close);
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
        event.preventDefault();
        if (!isOpen) renderSuggestions();
        const hit = hits[Math.max(active, 0)];
        if (hit) pick(hit);
        else if (input.value.trim() !== "") {
          ctx.announce(
            `No node matches “${input.value.trim()}”. Try fewer letters or another name.`,
          );
        }
        break;
      }
      case "Escape":
        // Esc closes the list, then empties the field, then gives up; never clears the focus.
        event.stopPropagation();
        event.preventDefault();
        if (isOpen) close();
        else if (input.value !== "") input.value = "";
        else options.onCancel?.();
        break;
    }
  });

  return { element: container, input };
}
