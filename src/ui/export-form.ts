// The export panel's form, built once: scope, format and picture choices as radio groups, the
// selection buttons, the file name and the Download and Close buttons. ui/export-panel.ts wires
// it to the view; the choices themselves (names, formats, scales) come from state/export-choices.

import { FILE_FORMATS, type FileFormat, PNG_SCALES, SCOPE_NAMES } from "../state/export-choices.ts";
import { EXPORT_SCOPE_KINDS, type ExportScopeKind } from "../state/export-scope.ts";
import type { ExportCamera } from "../view/export-camera.ts";
import { element, uniqueId } from "./dom.ts";
import { pointerWords } from "./pointer-words.ts";

export interface RadioGroup<V extends string> {
  fieldset: HTMLFieldSetElement;
  inputs: Map<V, HTMLInputElement>;
  hints: Map<V, HTMLElement>;
}

/** A group of radio buttons with a legend; returns the fieldset and the inputs by value. */
function radioGroup<V extends string>(
  legend: string,
  choices: { value: V; label: string; hint?: string }[],
  checked: V,
): RadioGroup<V> {
  const name = uniqueId("export-choice");
  const inputs = new Map<V, HTMLInputElement>();
  const hints = new Map<V, HTMLElement>();
  const items = choices.map(({ value, label, hint }) => {
    const id = uniqueId(name);
    const hintElement = element("span", { className: "export-hint", text: hint ?? "" });
    const input = element("input", { attributes: { type: "radio", name, id, value } });
    input.checked = value === checked;
    inputs.set(value, input);
    hints.set(value, hintElement);
    return element("div", { className: "export-choice" }, [
      input,
      element("label", { attributes: { for: id } }, [label, " ", hintElement]),
    ]);
  });
  const fieldset = element("fieldset", { className: "export-group" }, [
    element("legend", { text: legend }),
    ...items,
  ]);
  return { fieldset, inputs, hints };
}

export function checkedValue<V extends string>(inputs: Map<V, HTMLInputElement>, fallback: V): V {
  for (const [value, input] of inputs) if (input.checked) return value;
  return fallback;
}

const button = (text: string, className?: string) =>
  element("button", { className, text, attributes: { type: "button" } });

export interface ExportForm {
  panel: HTMLElement;
  scope: RadioGroup<ExportScopeKind>;
  format: RadioGroup<FileFormat>;
  framing: RadioGroup<ExportCamera>;
  scale: HTMLSelectElement;
  scaleControl: HTMLElement;
  pictureOptions: HTMLElement;
  selectFocus: HTMLButtonElement;
  selectNeighbours: HTMLButtonElement;
  clear: HTMLButtonElement;
  fileName: HTMLOutputElement;
  download: HTMLButtonElement;
  close: HTMLButtonElement;
}

function selectionTools(form: Pick<ExportForm, "selectFocus" | "selectNeighbours" | "clear">) {
  return element("div", { className: "export-selection" }, [
    element("p", {
      className: "export-note",
      text: pointerWords().isTouch
        ? "Long-press nodes to add or remove them."
        : "Shift-click nodes to add or remove them; shift-drag on empty stage to select a box.",
    }),
    element("div", { className: "export-buttons" }, [
      form.selectFocus,
      form.selectNeighbours,
      form.clear,
    ]),
  ]);
}

function pictureControls() {
  const scaleId = uniqueId("export-scale");
  const scale = element(
    "select",
    { attributes: { id: scaleId } },
    PNG_SCALES.map((value) =>
      element("option", { text: `×${value}`, attributes: { value: String(value) } }),
    ),
  );
  const scaleControl = element("div", { className: "control" }, [
    element("label", { text: "Scale", attributes: { for: scaleId } }),
    scale,
  ]);
  const framing = radioGroup<ExportCamera>(
    "Picture",
    [
      { value: "current", label: "As on screen" },
      { value: "fit", label: "Fit to the exported part" },
    ],
    "current",
  );
  const pictureOptions = element("div", { className: "export-picture" }, [
    framing.fieldset,
    scaleControl,
  ]);
  return { scale, scaleControl, framing, pictureOptions };
}

/** The panel, hidden, labelled by its heading and with `panelId` for the toggle to control. */
export function buildExportForm(panelId: string): ExportForm {
  const headingId = uniqueId("export-heading");
  const scope = radioGroup(
    "What",
    EXPORT_SCOPE_KINDS.map((kind) => ({ value: kind, label: SCOPE_NAMES[kind] })),
    "view",
  );
  const buttons = {
    selectFocus: button("Select the focus"),
    selectNeighbours: button("Select neighbours"),
    clear: button("Clear selection"),
  };
  scope.fieldset.append(selectionTools(buttons));
  const format = radioGroup(
    "Format",
    FILE_FORMATS.map(({ format: value, name, hint }) => ({
      value,
      label: name,
      hint: `(${hint})`,
    })),
    "json",
  );
  const picture = pictureControls();
  const fileName = element("output", { className: "export-file-name" });
  const download = button("Download", "export-download");
  const close = button("Close", "export-close");
  const panel = element(
    "section",
    {
      className: "export-panel",
      attributes: { id: panelId, "aria-labelledby": headingId, hidden: "" },
    },
    [
      element("h2", { text: "Export", attributes: { id: headingId } }),
      scope.fieldset,
      format.fieldset,
      picture.pictureOptions,
      element("p", { className: "export-file" }, ["File: ", fileName]),
      element("div", { className: "export-buttons" }, [download, close]),
    ],
  );
  return { panel, scope, format, ...picture, ...buttons, fileName, download, close };
}
