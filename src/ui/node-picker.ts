// A field that asks for one node by name, with suggestions as the search box gives them (an
// ARIA 1.2 combobox): how "Connect to…" asks for the second end of a path.
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";
import { createNodeCombobox } from "./node-combobox.ts";

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
  const combobox = createNodeCombobox(ctx, {
    idPrefix: "node-picker",
    inputAttributes: {
      "aria-label": options.label,
      placeholder: options.placeholder ?? "Type a name",
    },
    listboxLabel: `${options.label}: suggestions`,
    suggest: (query) =>
      ctx.derived
        .index()
        .search.search(query)
        .filter((hit) => hit.key !== options.exclude),
    describe: (hit) => hit.nodeKind,
    onPick: (hit) => options.onPick(hit.key),
    noMatchMessage: (text) => `No node matches “${text}”. Try fewer letters or another name.`,
  });
  const { input } = combobox;
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // Esc closes the list, then empties the field, then gives up; never clears the focus.
    event.stopPropagation();
    event.preventDefault();
    if (combobox.isOpen()) combobox.close();
    else if (input.value !== "") input.value = "";
    else options.onCancel?.();
  });
  const container = element("div", { className: "node-picker" }, [input, combobox.listbox]);
  return { element: container, input };
}
