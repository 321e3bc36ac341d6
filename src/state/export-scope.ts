// What an export holds and what its file is called, decided from the view alone: the Export
// panel and `kg export` both cut the graph with the same queries, so a file holds what you see.
import type { KnowledgeGraph } from "../model/types.ts";
import { neighbourhood } from "../query/neighbourhood.ts";
import { subgraph } from "../query/subgraph.ts";
import type { PathEnds, ViewState } from "./view-state.ts";

/**
 * - `view`: the focused neighbourhood at its depth (or, without a focus, the whole graph), minus
 *   the kinds and relations the legend hides;
 * - `whole`: every node and edge, whatever the view hides;
 * - `selection`: the selected nodes and the edges among them, minus what the legend hides;
 * - `path`: the explained paths as drawn, their nodes and exactly their steps.
 */
export type ExportScopeKind = "view" | "whole" | "selection" | "path";
export const EXPORT_SCOPE_KINDS: readonly ExportScopeKind[] = [
  "view",
  "whole",
  "selection",
  "path",
];

/** Items the view hides beyond the legend's kinds and relations (the timeline, say). */
export interface AlsoHidden {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The nodes and edges of the explained paths (src/state/emphasis.ts pathEmphasis). */
export interface PathItems {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ExportScopeOptions {
  alsoHidden?: AlsoHidden;
  /** Required for a `path` export; without it the export is empty. */
  path?: PathItems;
}

/** The part of the graph an export writes, as a new graph with every attribute kept. */
export function exportSubgraph(
  graph: KnowledgeGraph,
  view: ViewState,
  kind: ExportScopeKind,
  options: ExportScopeOptions = {},
): KnowledgeGraph {
  if (kind === "whole") return subgraph(graph);
  if (kind === "path") return pathSubgraph(graph, options.path);
  const filters = { hiddenKinds: view.hiddenKinds, hiddenRelations: view.hiddenRelations };
  let nodes: Iterable<string> | undefined;
  if (kind === "selection") nodes = view.selection;
  else if (view.focus !== null) {
    // A focus of a hidden kind spotlights nothing, and the explorer then shows the whole graph.
    const around = neighbourhood(graph, view.focus, view.depth, filters);
    if (around.size > 0) nodes = around;
  }
  const alsoHidden = options.alsoHidden;
  if (alsoHidden && alsoHidden.nodes.size > 0) {
    // The focus itself stays, as on screen, even when the timeline has not reached it yet.
    const kept = kind === "view" && nodes !== undefined ? view.focus : null;
    nodes = [...(nodes ?? graph.nodes())].filter(
      (key) => key === kept || !alsoHidden.nodes.has(key),
    );
  }
  const result = subgraph(graph, { nodes, ...filters });
  if (alsoHidden && alsoHidden.edges.size > 0) {
    for (const edge of result.edges()) if (alsoHidden.edges.has(edge)) result.dropEdge(edge);
  }
  return result;
}

/** The paths were found under the view's filters already, so only their own items are kept. */
function pathSubgraph(graph: KnowledgeGraph, path: PathItems | undefined): KnowledgeGraph {
  const result = subgraph(graph, { nodes: path?.nodes ?? [] });
  for (const edge of result.edges()) if (!path?.edges.has(edge)) result.dropEdge(edge);
  return result;
}

/** Whether the legend removes anything from a `view` export (the timeline is named apart). */
function isFiltered(view: ViewState): boolean {
  return view.hiddenKinds.length > 0 || view.hiddenRelations.length > 0;
}

/**
 * The file name without extension, saying what `exported` (from exportSubgraph) holds:
 * `new-security-concept` for the whole graph, `china-depth-2` for a focus, `selection-5-nodes`,
 * `china-to-international-terrorism-paths`;
 * `-filtered` when the legend left something out, `-as-of-1997` with the timeline.
 */
export function exportBaseName(
  datasetName: string,
  view: ViewState,
  kind: ExportScopeKind,
  exported: KnowledgeGraph,
): string {
  const dataset = fileSafe(datasetName) || "graph";
  if (kind === "whole") return dataset;
  const parts: string[] = [];
  if (kind === "path") return pathBaseName(dataset, view.path);
  if (kind === "selection") {
    const count = exported.order;
    parts.push(`selection-${count}-${count === 1 ? "node" : "nodes"}`);
  } else if (view.focus !== null && exported.hasNode(view.focus)) {
    parts.push(`${fileSafe(view.focus) || "node"}-depth-${view.depth}`);
  } else {
    parts.push(dataset);
  }
  if (isFiltered(view)) parts.push("filtered");
  if (view.year !== null) parts.push(`as-of-${view.year}`);
  return parts.join("-");
}

function pathBaseName(dataset: string, ends: PathEnds | null): string {
  if (ends === null) return `${dataset}-paths`;
  return `${fileSafe(ends.from) || "node"}-to-${fileSafe(ends.to) || "node"}-paths`;
}

/** `base.extension`, or `base-part.extension` for one of several files (CSV nodes and edges). */
export function exportFileName(base: string, extension: string, part?: string): string {
  return `${base}${part ? `-${part}` : ""}.${extension}`;
}

const MAX_NAME_LENGTH = 60;

/**
 * A name every file system accepts: letters and digits of any script, dots, dashes and
 * underscores; everything else (spaces, slashes, `<`, quotes) becomes one dash.
 */
export function fileSafe(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[-.]+$/, "");
}
