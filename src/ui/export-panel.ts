// "Export": a panel that saves what you see (the focused neighbourhood minus what the legend
// hides), the whole graph or a selection, as JSON, GEXF, GraphML, CSV, PNG or SVG. The steps
// without DOM (scopes, names, messages) are src/state/export-choices.ts, the file contents
// src/state/export-files.ts, the cut src/state/export-scope.ts: the same code as `kg export`.
// This module wires the form (export-form.ts) to the view and the download.
import type { KnowledgeGraph } from "../model/types.ts";
import {
  cutForExport,
  exportFileNames,
  type FileFormat,
  failedMessage,
  isPicture,
  isScopeAvailable,
  previewAll,
  previewForExport,
  savedMessage,
  scopeCounts,
  usableScope,
} from "../state/export-choices.ts";
import type { ExportFile } from "../state/export-files.ts";
import type { ExportScopeKind } from "../state/export-scope.ts";
import { addToSelection, clearSelection, growSelection } from "../state/selection.ts";
import type { AppContext } from "./app-context.ts";
import { element, uniqueId } from "./dom.ts";
import { downloadBlob, downloadText } from "./download.ts";
import { buildExportForm, checkedValue, type ExportForm } from "./export-form.ts";
import type { Tool } from "./open-panel.ts";

export interface ExportToolsOptions {
  say(message: string): void;
}

/** Shows what each scope holds, disables what cannot be chosen and names the file. */
function renderForm(ctx: AppContext, form: ExportForm): void {
  const view = ctx.view.get();
  const { graph, name } = ctx.dataset.get();
  const parts = previewAll(graph, ctx.derived, view);
  for (const [kind, part] of parts) form.scope.hints.get(kind)?.replaceChildren(scopeCounts(part));
  for (const [kind, input] of form.scope.inputs) {
    input.disabled = !isScopeAvailable(kind, view);
    if (input.checked && usableScope(kind, view) !== kind) {
      const fallback = form.scope.inputs.get(usableScope(kind, view));
      if (fallback) fallback.checked = true;
    }
  }
  const hasSelection = view.selection.length > 0;
  form.selectNeighbours.disabled = !hasSelection;
  form.clear.disabled = !hasSelection;
  form.selectFocus.disabled = view.focus === null || view.selection.includes(view.focus);
  const format = checkedValue(form.format.inputs, "json");
  form.pictureOptions.hidden = !isPicture(format);
  form.scaleControl.hidden = format !== "png";
  const kind = checkedValue(form.scope.inputs, "view");
  const part = parts.get(kind) ?? previewForExport(graph, ctx.derived, view, kind);
  form.fileName.textContent = exportFileNames(name, view, kind, format, part).join(" and ");
}

/** Cuts the chosen part, writes it in the chosen format and downloads the file(s). */
async function save(
  ctx: AppContext,
  form: ExportForm,
  kind: ExportScopeKind,
  format: FileFormat,
): Promise<KnowledgeGraph> {
  const view = ctx.view.get();
  const { graph, name: datasetName } = ctx.dataset.get();
  const exported = cutForExport(graph, ctx.derived, view, kind);
  const names = exportFileNames(datasetName, view, kind, format, exported);
  const camera = checkedValue(form.framing.inputs, "current");
  if (format === "png") {
    const { renderPng } = await import("../view/png-export.ts");
    const scale = Number(form.scale.value);
    downloadBlob(names[0], await renderPng(ctx.renderer.sigma, exported, { scale, camera }));
    return exported;
  }
  const files = await import("../state/export-files.ts");
  let saved: ExportFile[];
  if (format === "svg") {
    const { buildSvgScene } = await import("../view/svg-scene.ts");
    const title = String(graph.getAttribute("title") ?? names[0]);
    const scene = buildSvgScene(ctx.renderer, exported, { camera, title, focus: view.focus });
    saved = [files.svgExportFile(names[0], scene)];
  } else {
    const look = { appearance: ctx.derived.appearance(), palette: ctx.derived.palette() };
    saved = files.textExportFiles(exported, format, names, look);
  }
  for (const file of saved) downloadText(file.name, file.text, file.mime);
  return exported;
}

/** Download: saves the chosen scope in the chosen format, then says what was saved or why not. */
function onDownload(ctx: AppContext, form: ExportForm, options: ExportToolsOptions): void {
  const { download } = form;
  // Marked busy rather than disabled while saving: a disabled button would drop keyboard focus.
  let isSaving = false;
  download.addEventListener("click", async () => {
    if (isSaving) return;
    const kind = checkedValue(form.scope.inputs, "view");
    const format = checkedValue(form.format.inputs, "json");
    const { graph, name } = ctx.dataset.get();
    const view = ctx.view.get();
    const names = exportFileNames(
      name,
      view,
      kind,
      format,
      previewForExport(graph, ctx.derived, view, kind),
    );
    isSaving = true;
    download.setAttribute("aria-disabled", "true");
    try {
      options.say(savedMessage(names, await save(ctx, form, kind, format)));
    } catch (error) {
      ctx.announce(failedMessage(names, error));
    } finally {
      isSaving = false;
      download.removeAttribute("aria-disabled");
    }
  });
}

export function createExportTools(ctx: AppContext, options: ExportToolsOptions): Tool {
  const panelId = uniqueId("export-panel");
  const toggle = element("button", {
    text: "Export",
    attributes: { type: "button", "aria-expanded": "false", "aria-controls": panelId },
  });
  const form = buildExportForm(panelId);
  const { panel } = form;
  /** Counts per scope and the file name: only while the panel is open. */
  const render = () => {
    if (!panel.hidden) renderForm(ctx, form);
  };

  onDownload(ctx, form, options);

  const setOpen = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    toggle.setAttribute("aria-expanded", String(isOpen));
    if (isOpen) {
      render();
      panel.querySelector<HTMLInputElement>("input:checked")?.focus();
    }
  };
  toggle.addEventListener("click", () => setOpen(panel.hidden !== false));
  form.close.addEventListener("click", () => {
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
  form.selectNeighbours.addEventListener("click", () =>
    ctx.view.update(growSelection(ctx.dataset.get().graph)),
  );
  form.selectFocus.addEventListener("click", () => {
    const focus = ctx.view.get().focus;
    if (focus !== null) ctx.view.update(addToSelection([focus]));
  });
  form.clear.addEventListener("click", () => ctx.view.update(clearSelection()));

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
