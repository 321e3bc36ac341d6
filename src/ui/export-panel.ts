// "Export": a panel that saves what you see (the focused neighbourhood minus what the legend
// hides), the whole graph or a selection, as JSON, GEXF, GraphML, CSV, PNG or SVG. The cut is
// src/state/export-scope.ts, the writers src/formats: the same code as `kg export`.
import { writeAppearance } from "../appearance/write-appearance.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { pathEmphasis } from "../state/emphasis.ts";
import {
  EXPORT_SCOPE_KINDS,
  type ExportScopeKind,
  type ExportScopeOptions,
  exportBaseName,
  exportFileName,
  exportSubgraph,
} from "../state/export-scope.ts";
import { addToSelection, clearSelection, growSelection } from "../state/selection.ts";
import type { ExportCamera } from "../view/export-camera.ts";
import type { AppContext } from "./app-context.ts";
import { element, uniqueId } from "./dom.ts";
import { downloadBlob, downloadText } from "./download.ts";
import type { Tool } from "./open-panel.ts";
import { pointerWords } from "./pointer-words.ts";

type FileFormat = "json" | "gexf" | "graphml" | "csv" | "ttl" | "nt" | "jsonld" | "png" | "svg";

const FORMATS: { format: FileFormat; name: string; hint: string }[] = [
  { format: "json", name: "JSON", hint: "graphology; keeps everything" },
  { format: "gexf", name: "GEXF", hint: "Gephi, with positions, colours, sizes" },
  { format: "graphml", name: "GraphML", hint: "yEd, Cytoscape, NetworkX" },
  { format: "csv", name: "CSV", hint: "two files: nodes and edges" },
  { format: "ttl", name: "Turtle", hint: "RDF; evidence as RDF-star" },
  { format: "nt", name: "N-Triples", hint: "RDF for triple stores" },
  { format: "jsonld", name: "JSON-LD", hint: "RDF as JSON" },
  { format: "png", name: "PNG", hint: "picture" },
  { format: "svg", name: "SVG", hint: "vector picture" },
];

/** Picture pixels per stage pixel offered for PNG. */
const PNG_SCALES = [1, 2, 4];

const SCOPE_NAMES: Record<ExportScopeKind, string> = {
  view: "Current view",
  whole: "Whole graph",
  selection: "Selection",
  path: "Paths shown",
};

function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export interface ExportToolsOptions {
  say(message: string): void;
}

/** A group of radio buttons with a legend; returns the fieldset and the inputs by value. */
function radioGroup<V extends string>(
  legend: string,
  choices: { value: V; label: string; hint?: string }[],
  checked: V,
): { fieldset: HTMLFieldSetElement; inputs: Map<V, HTMLInputElement>; hints: Map<V, HTMLElement> } {
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

function checkedValue<V extends string>(inputs: Map<V, HTMLInputElement>, fallback: V): V {
  for (const [value, input] of inputs) if (input.checked) return value;
  return fallback;
}

export function createExportTools(ctx: AppContext, options: ExportToolsOptions): Tool {
  const panelId = uniqueId("export-panel");
  const headingId = uniqueId("export-heading");
  const toggle = element("button", {
    text: "Export",
    attributes: { type: "button", "aria-expanded": "false", "aria-controls": panelId },
  });

  const scope = radioGroup(
    "What",
    EXPORT_SCOPE_KINDS.map((kind) => ({ value: kind, label: SCOPE_NAMES[kind] })),
    "view",
  );
  const selectNeighbours = element("button", {
    text: "Select neighbours",
    attributes: { type: "button" },
  });
  const selectFocus = element("button", {
    text: "Select the focus",
    attributes: { type: "button" },
  });
  const clear = element("button", { text: "Clear selection", attributes: { type: "button" } });
  const selectionTools = element("div", { className: "export-selection" }, [
    element("p", {
      className: "export-note",
      text: pointerWords().isTouch
        ? "Long-press nodes to add or remove them."
        : "Shift-click nodes to add or remove them; shift-drag on empty stage to select a box.",
    }),
    element("div", { className: "export-buttons" }, [selectFocus, selectNeighbours, clear]),
  ]);
  scope.fieldset.append(selectionTools);

  const format = radioGroup(
    "Format",
    FORMATS.map(({ format: value, name, hint }) => ({ value, label: name, hint: `(${hint})` })),
    "json",
  );

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

  const fileName = element("output", { className: "export-file-name" });
  const download = element("button", {
    className: "export-download",
    text: "Download",
    attributes: { type: "button" },
  });
  const close = element("button", {
    className: "export-close",
    text: "Close",
    attributes: { type: "button" },
  });
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
      pictureOptions,
      element("p", { className: "export-file" }, ["File: ", fileName]),
      element("div", { className: "export-buttons" }, [download, close]),
    ],
  );

  const scopeOptions = (): ExportScopeOptions => {
    // Whatever else the view filters out (the timeline...) is left out too.
    const derived = ctx.derived.view();
    const view = ctx.view.get();
    const path =
      view.path === null
        ? undefined
        : pathEmphasis(view.path, ctx.derived.index().emphasis.paths(view));
    return { alsoHidden: { nodes: derived.filteredNodes, edges: derived.filteredEdges }, path };
  };
  const cut = (kind: ExportScopeKind) =>
    exportSubgraph(ctx.dataset.get().graph, ctx.view.get(), kind, scopeOptions());
  /** What a scope holds, for counts and names: the whole graph is not copied for that. */
  const preview = (kind: ExportScopeKind) =>
    kind === "whole" ? ctx.dataset.get().graph : cut(kind);
  const chosenFormat = () => checkedValue(format.inputs, "json");
  const chosenScope = () => checkedValue(scope.inputs, "view");

  /** Counts per scope and the file name: only while the panel is open. */
  const render = () => {
    if (panel.hidden) return;
    const view = ctx.view.get();
    const parts = new Map(EXPORT_SCOPE_KINDS.map((kind) => [kind, preview(kind)]));
    for (const [kind, part] of parts) {
      const counts = `(${counted(part.order, "node")}, ${counted(part.size, "edge")})`;
      scope.hints.get(kind)?.replaceChildren(counts);
    }
    const hasSelection = view.selection.length > 0;
    const selectionInput = scope.inputs.get("selection");
    if (selectionInput) {
      selectionInput.disabled = !hasSelection;
      if (!hasSelection && selectionInput.checked) {
        const viewInput = scope.inputs.get("view");
        if (viewInput) viewInput.checked = true;
      }
    }
    const pathInput = scope.inputs.get("path");
    if (pathInput) {
      pathInput.disabled = view.path === null;
      if (view.path === null && pathInput.checked) {
        const viewInput = scope.inputs.get("view");
        if (viewInput) viewInput.checked = true;
      }
    }
    selectNeighbours.disabled = !hasSelection;
    clear.disabled = !hasSelection;
    selectFocus.disabled = view.focus === null || view.selection.includes(view.focus);
    const chosen = chosenFormat();
    pictureOptions.hidden = chosen !== "png" && chosen !== "svg";
    scaleControl.hidden = chosen !== "png";
    const kind = chosenScope();
    fileName.textContent = fileNames(kind, chosen, parts.get(kind) ?? preview(kind)).join(" and ");
  };

  const fileNames = (
    kind: ExportScopeKind,
    chosen: FileFormat,
    exported: KnowledgeGraph,
  ): string[] => {
    const { name } = ctx.dataset.get();
    const base = exportBaseName(name, ctx.view.get(), kind, exported);
    if (chosen === "csv")
      return ["nodes", "edges"].map((part) => exportFileName(base, "csv", part));
    return [exportFileName(base, chosen)];
  };

  async function save(kind: ExportScopeKind, chosen: FileFormat): Promise<KnowledgeGraph> {
    const exported = cut(kind);
    const [name, secondName] = fileNames(kind, chosen, exported);
    const { sigma } = ctx.renderer;
    if (chosen === "png") {
      const { renderPng } = await import("../view/png-export.ts");
      const blob = await renderPng(sigma, exported, {
        scale: Number(scale.value),
        camera: checkedValue(framing.inputs, "current"),
      });
      downloadBlob(name, blob);
      return exported;
    }
    const formats = await import("../formats/index.ts");
    if (chosen === "svg") {
      const { buildSvgScene } = await import("../view/svg-scene.ts");
      const title = String(ctx.dataset.get().graph.getAttribute("title") ?? name);
      const scene = buildSvgScene(ctx.renderer, exported, {
        camera: checkedValue(framing.inputs, "current"),
        title,
        focus: ctx.view.get().focus,
      });
      downloadText(name, formats.renderSvg(scene), formats.EXPORT_FILE_TYPES.svg.mime);
      return exported;
    }
    const palette = ctx.derived.palette();
    writeAppearance(exported, ctx.derived.appearance(), {
      kindColour: (kind) => palette.kinds.get(kind) ?? "#999999",
      relationColour: (relation) => palette.relations.get(relation) ?? "#999999",
    });
    if (chosen === "csv") {
      const tables = formats.serialiseCsv(exported);
      const { mime } = formats.EXPORT_FILE_TYPES.csv;
      downloadText(name, tables.nodes, mime);
      downloadText(secondName, tables.edges, mime);
    } else {
      const { mime } = formats.EXPORT_FILE_TYPES[chosen];
      downloadText(name, formats.serialise(exported, chosen), mime);
    }
    return exported;
  }

  // Marked busy rather than disabled while saving: a disabled button would drop keyboard focus.
  let isSaving = false;
  download.addEventListener("click", async () => {
    if (isSaving) return;
    const kind = chosenScope();
    const chosen = chosenFormat();
    const names = fileNames(kind, chosen, preview(kind)).join(" and ");
    isSaving = true;
    download.setAttribute("aria-disabled", "true");
    try {
      const exported = await save(kind, chosen);
      options.say(
        `Saved ${names}: ${counted(exported.order, "node")}, ${counted(exported.size, "edge")}.`,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      ctx.announce(
        `${names} could not be saved: ${reason}. Try another format or a smaller scale.`,
      );
    } finally {
      isSaving = false;
      download.removeAttribute("aria-disabled");
    }
  });

  const setOpen = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    toggle.setAttribute("aria-expanded", String(isOpen));
    if (isOpen) {
      render();
      panel.querySelector<HTMLInputElement>("input:checked")?.focus();
    }
  };
  toggle.addEventListener("click", () => setOpen(panel.hidden !== false));
  close.addEventListener("click", () => {
    setOpen(false);
    toggle.focus();
  });
  // Esc closes the open panel, whether the keyboard focus is in it or was dropped on the page
  // (a button that became disabled). Captured first, so the page's Esc (clear the focus) does
  // not also change what is being exported. Fields elsewhere keep their own Esc.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || panel.hidden !== false) return;
    const target = event.target as Node | null;
    const isOurs = target === document.body || target === toggle || panel.contains(target);
    if (!isOurs) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  };
  document.addEventListener("keydown", onEscape, { capture: true });
  panel.addEventListener("change", render);
  selectNeighbours.addEventListener("click", () =>
    ctx.view.update(growSelection(ctx.dataset.get().graph)),
  );
  selectFocus.addEventListener("click", () => {
    const focus = ctx.view.get().focus;
    if (focus !== null) ctx.view.update(addToSelection([focus]));
  });
  clear.addEventListener("click", () => ctx.view.update(clearSelection()));

  const unsubscribeView = ctx.view.subscribe(render);
  const unsubscribeDataset = ctx.dataset.subscribe(render);

  return {
    element: element("div", { className: "export-tools" }, [toggle, panel]),
    destroy() {
      document.removeEventListener("keydown", onEscape, { capture: true });
      unsubscribeView();
      unsubscribeDataset();
    },
  };
}
