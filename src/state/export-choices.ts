// The steps of saving an export, without the DOM: which scopes can be chosen now (scope), the
// formats offered (format), the part of the graph cut (file), and the names it downloads as and
// the sentence said afterwards (download name). ui/export-panel.ts draws the choices and calls
// these; export-files.ts turns the cut into file contents.
import type { KnowledgeGraph } from "../model/types.ts";
import type { DerivedState } from "./derived.ts";
import { pathEmphasis } from "./emphasis.ts";
import {
  EXPORT_SCOPE_KINDS,
  type ExportScopeKind,
  type ExportScopeOptions,
  exportBaseName,
  exportFileName,
  exportSubgraph,
} from "./export-scope.ts";
import type { ViewState } from "./view-state.ts";

export type FileFormat =
  | "json"
  | "gexf"
  | "graphml"
  | "csv"
  | "ttl"
  | "nt"
  | "jsonld"
  | "png"
  | "svg";

export const FILE_FORMATS: readonly { format: FileFormat; name: string; hint: string }[] = [
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
export const PNG_SCALES = [1, 2, 4];

export const SCOPE_NAMES: Record<ExportScopeKind, string> = {
  view: "Current view",
  whole: "Whole graph",
  selection: "Selection",
  path: "Paths shown",
};

export function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "(12 nodes, 1 edge)": what a scope holds, beside its name. */
export function scopeCounts(part: KnowledgeGraph): string {
  return `(${counted(part.order, "node")}, ${counted(part.size, "edge")})`;
}

/** Whether a scope can be chosen in this view: a selection or paths need something to hold. */
export function isScopeAvailable(kind: ExportScopeKind, view: ViewState): boolean {
  if (kind === "selection") return view.selection.length > 0;
  if (kind === "path") return view.path !== null;
  return true;
}

/** The chosen scope, or the current view when the chosen one is no longer available. */
export function usableScope(kind: ExportScopeKind, view: ViewState): ExportScopeKind {
  return isScopeAvailable(kind, view) ? kind : "view";
}

export const isPicture = (format: FileFormat) => format === "png" || format === "svg";

/** What exportSubgraph needs beyond the view: what else the screen hides, the paths shown. */
export function exportScopeOptions(
  derived: Pick<DerivedState, "view" | "index">,
  view: ViewState,
): ExportScopeOptions {
  // Whatever else the view filters out (the timeline...) is left out too.
  const shown = derived.view();
  const path =
    view.path === null ? undefined : pathEmphasis(view.path, derived.index().emphasis.paths(view));
  return { alsoHidden: { nodes: shown.filteredNodes, edges: shown.filteredEdges }, path };
}

/** The part of the graph a scope saves, as a copy with every attribute. */
export function cutForExport(
  graph: KnowledgeGraph,
  derived: Pick<DerivedState, "view" | "index">,
  view: ViewState,
  kind: ExportScopeKind,
): KnowledgeGraph {
  return exportSubgraph(graph, view, kind, exportScopeOptions(derived, view));
}

/** What a scope holds, for counts and names: the whole graph is not copied for that. */
export function previewForExport(
  graph: KnowledgeGraph,
  derived: Pick<DerivedState, "view" | "index">,
  view: ViewState,
  kind: ExportScopeKind,
): KnowledgeGraph {
  return kind === "whole" ? graph : cutForExport(graph, derived, view, kind);
}

/** Every scope's preview, in the order the panel lists them. */
export function previewAll(
  graph: KnowledgeGraph,
  derived: Pick<DerivedState, "view" | "index">,
  view: ViewState,
): Map<ExportScopeKind, KnowledgeGraph> {
  return new Map(
    EXPORT_SCOPE_KINDS.map((kind) => [kind, previewForExport(graph, derived, view, kind)]),
  );
}

/** The names the files download as: two for CSV (nodes, then edges), one otherwise. */
export function exportFileNames(
  datasetName: string,
  view: ViewState,
  kind: ExportScopeKind,
  format: FileFormat,
  exported: KnowledgeGraph,
): string[] {
  const base = exportBaseName(datasetName, view, kind, exported);
  if (format === "csv") return ["nodes", "edges"].map((part) => exportFileName(base, "csv", part));
  return [exportFileName(base, format)];
}

/** What is said once the files are saved. */
export function savedMessage(names: readonly string[], exported: KnowledgeGraph): string {
  const what = `${counted(exported.order, "node")}, ${counted(exported.size, "edge")}`;
  return `Saved ${names.join(" and ")}: ${what}.`;
}

/** What is said when saving failed, with what to try instead. */
export function failedMessage(names: readonly string[], error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${names.join(" and ")} could not be saved: ${reason}. Try another format or a smaller scale.`;
}
