// What the reading pane, the Paths panel and the timeline ask of the graph: the items a sentence
// supports, the items on the explained paths, the items a year hides. Pure; the indexes behind
// the answers are built once per dataset, on first use, so a graph without text or dates pays nothing.
import { MultiDirectedGraph } from "graphology";
import { type EvidenceIndex, evidenceIndex } from "../model/evidence-index.ts";
import { type SourceDocumentText, splitDocument } from "../model/sentences.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import { DEFAULT_MAX_PATHS, type GraphPath, shortestPaths } from "../query/paths.ts";
import {
  isEdgePresentIn,
  isNodePresentIn,
  type TimelineIndex,
  type TimeRange,
  timelineIndex,
  timeRange,
} from "../query/timeline.ts";
import type { PathEnds, ViewState } from "./view-state.ts";

/** Items to stand out; the renderer dims everything else. */
export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Items the timeline hides. */
export interface HiddenByTime {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The part of the view the explained paths depend on. */
export type PathQuery = Pick<
  ViewState,
  "path" | "hiddenKinds" | "hiddenRelations" | "year" | "showUndated"
>;

export interface EmphasisIndex {
  readonly graph: KnowledgeGraph;
  /** The source texts cut into sentences: the graph's `sources` order, then any other text. */
  documents(): readonly SourceDocumentText[];
  evidence(): EvidenceIndex;
  /** Built only once a year is chosen: it costs a second on a graph of 500,000 edges. */
  timeline(): TimelineIndex;
  /** The years the dates span (a quick scan), null when nothing is dated: no timeline then. */
  range(): TimeRange | null;
  /** What the timeline hides; the same sets while the year and `showUndated` stay put. */
  hiddenByTime(year: number | null, showUndated: boolean): HiddenByTime;
  /** The explained paths of this view; the same array while its ends and filters stay put. */
  paths(query: PathQuery): readonly GraphPath[];
}

export const NOTHING_HIDDEN: HiddenByTime = { nodes: new Set(), edges: new Set() };

/** Orders the documents as the graph lists its sources; texts it does not list come last. */
function documentIds(graph: KnowledgeGraph, sourceTexts: Record<string, string>): string[] {
  const listed = (graph.getAttribute("sources") ?? []).map((source) => source.id);
  const ids = listed.filter((id) => typeof sourceTexts[id] === "string");
  for (const id of Object.keys(sourceTexts)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

export function createEmphasisIndex(
  graph: KnowledgeGraph,
  sourceTexts: Record<string, string> = {},
): EmphasisIndex {
  let documents: SourceDocumentText[] | null = null;
  let evidence: EvidenceIndex | null = null;
  let timeline: TimelineIndex | null = null;
  let range: { value: TimeRange | null } | null = null;
  let hiddenMemo: { key: string; hidden: HiddenByTime } | null = null;
  let pathMemo: { key: string; paths: readonly GraphPath[] } | null = null;

  const index: EmphasisIndex = {
    graph,
    documents() {
      documents ??= documentIds(graph, sourceTexts).map((id) => splitDocument(sourceTexts[id], id));
      return documents;
    },
    evidence() {
      evidence ??= evidenceIndex(graph, [...index.documents()]);
      return evidence;
    },
    timeline() {
      timeline ??= timelineIndex(graph);
      return timeline;
    },
    range() {
      range ??= { value: timeline ? timeline.range : timeRange(graph) };
      return range.value;
    },
    hiddenByTime(year, showUndated) {
      if (!isTimeFiltered(year, showUndated)) return NOTHING_HIDDEN;
      const key = `${year}\t${showUndated}`;
      if (hiddenMemo === null || hiddenMemo.key !== key) {
        hiddenMemo = { key, hidden: hiddenByTime(graph, index.timeline(), year, showUndated) };
      }
      return hiddenMemo.hidden;
    },
    paths(query) {
      if (query.path === null) return [];
      const key = [
        query.path.from,
        query.path.to,
        query.hiddenKinds.join("\n"),
        query.hiddenRelations.join("\n"),
        query.year,
        query.showUndated,
      ].join("\t");
      if (pathMemo === null || pathMemo.key !== key) {
        const hidden = index.hiddenByTime(query.year, query.showUndated);
        pathMemo = { key, paths: explainedPaths(graph, query.path, query, hidden) };
      }
      return pathMemo.paths;
    },
  };
  return index;
}

/** The year the timeline filters at: none, unless a year is set or undated items are hidden. */
function filterYear(year: number | null, showUndated: boolean): number | null {
  if (year !== null) return year;
  return showUndated ? null : Number.POSITIVE_INFINITY;
}

export function isTimeFiltered(year: number | null, showUndated: boolean): boolean {
  return filterYear(year, showUndated) !== null;
}

/**
 * The nodes and edges not yet there as of `year`. Undated items stay unless `showUndated` is
 * false, which hides them even with no year set (the graph "as of today" without them).
 */
export function hiddenByTime(
  graph: KnowledgeGraph,
  timeline: TimelineIndex,
  year: number | null,
  showUndated: boolean,
): HiddenByTime {
  const asOf = filterYear(year, showUndated);
  if (asOf === null) return NOTHING_HIDDEN;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((key) => {
    if (!isNodePresentIn(timeline, key, asOf, showUndated)) nodes.add(key);
  });
  graph.forEachEdge((key) => {
    if (!isEdgePresentIn(timeline, key, asOf, showUndated)) edges.add(key);
  });
  return { nodes, edges };
}

/** The edges a sentence is evidence for, and their ends; null when it supports none. */
export function sentenceEmphasis(
  graph: KnowledgeGraph,
  evidence: EvidenceIndex,
  sentenceId: string,
): Emphasis | null {
  const edges = (evidence.edgesBySentence.get(sentenceId) ?? []).filter((edge) =>
    graph.hasEdge(edge),
  );
  if (edges.length === 0) return null;
  const nodes = new Set<string>();
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return { nodes, edges: new Set(edges) };
}

/** Reading order across documents: by document, then by place in the text. */
function inReadingOrder(evidence: EvidenceIndex, ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => {
    const left = evidence.sentences.get(a);
    const right = evidence.sentences.get(b);
    if (!left || !right) return a.localeCompare(b);
    if (left.sourceId !== right.sourceId) return left.sourceId.localeCompare(right.sourceId);
    return left.start - right.start;
  });
}

/** The sentences that back any edge of the node: what the reading pane highlights for a focus. */
export function nodeSentences(
  graph: KnowledgeGraph,
  evidence: EvidenceIndex,
  key: string,
): string[] {
  if (!graph.hasNode(key)) return [];
  const ids = new Set<string>();
  graph.forEachEdge(key, (edge) => {
    for (const id of evidence.sentencesByEdge.get(edge) ?? []) ids.add(id);
  });
  return inReadingOrder(evidence, ids);
}

/** The sentences that back one edge, in reading order. */
export function edgeSentences(evidence: EvidenceIndex, edge: string): string[] {
  return [...(evidence.sentencesByEdge.get(edge) ?? [])];
}

/**
 * Up to `max` shortest chains between the ends, walking edges either way and only through what
 * the legend and the timeline (`hidden`, from hiddenByTime) leave visible. None when an end is
 * missing or hidden.
 */
export function explainedPaths(
  graph: KnowledgeGraph,
  ends: PathEnds,
  filters: Pick<ViewState, "hiddenKinds" | "hiddenRelations">,
  hidden: HiddenByTime = NOTHING_HIDDEN,
  max = DEFAULT_MAX_PATHS,
): GraphPath[] {
  if (!graph.hasNode(ends.from) || !graph.hasNode(ends.to)) return [];
  const options = {
    max,
    hiddenKinds: filters.hiddenKinds,
    hiddenRelations: filters.hiddenRelations,
  };
  if (hidden.nodes.size === 0 && hidden.edges.size === 0) {
    return shortestPaths(graph, ends.from, ends.to, options);
  }
  if (hidden.nodes.has(ends.from) || hidden.nodes.has(ends.to)) return [];
  return shortestPaths(presentOnly(graph, hidden), ends.from, ends.to, options);
}

/** A bare copy of what the timeline shows: keys, kinds and relations are all a path needs. */
function presentOnly(graph: KnowledgeGraph, hidden: HiddenByTime): KnowledgeGraph {
  const present: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((key, attributes) => {
    if (!hidden.nodes.has(key)) {
      present.addNode(key, { label: attributes.label, nodeKind: attributes.nodeKind });
    }
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (hidden.edges.has(key) || !present.hasNode(source) || !present.hasNode(target)) return;
    present.addDirectedEdgeWithKey(key, source, target, {
      relation: attributes.relation,
      evidence: [],
    });
  });
  return present;
}

/** The paths' nodes and edges, and the two ends even when no path joins them. */
export function pathEmphasis(ends: PathEnds, paths: readonly GraphPath[]): Emphasis {
  const nodes = new Set<string>([ends.from, ends.to]);
  const edges = new Set<string>();
  for (const path of paths) {
    for (const node of path.nodes) nodes.add(node);
    for (const step of path.steps) edges.add(step.edge);
  }
  return { nodes, edges };
}

/**
 * The nodes of the explained paths, in walking order, each once: the scope an export of the
 * path writes (the subgraph they induce holds every step). Empty without a path.
 */
export function pathNodeKeys(index: EmphasisIndex, view: PathQuery): string[] {
  if (view.path === null) return [];
  const nodes = new Set<string>();
  for (const path of index.paths(view)) for (const node of path.nodes) nodes.add(node);
  if (nodes.size === 0) return [view.path.from, view.path.to];
  return [...nodes];
}

/**
 * What stands out in the graph, most specific first: the sentence under the pointer, the
 * selected sentence, then the explained paths. Null: nothing does (the focus may then).
 */
export function viewEmphasis(
  index: EmphasisIndex,
  view: PathQuery & Pick<ViewState, "sentence">,
  previewSentence: string | null,
): Emphasis | null {
  for (const sentence of [previewSentence, view.sentence]) {
    if (sentence === null) continue;
    const emphasis = sentenceEmphasis(index.graph, index.evidence(), sentence);
    if (emphasis) return emphasis;
  }
  if (view.path === null) return null;
  if (!index.graph.hasNode(view.path.from) || !index.graph.hasNode(view.path.to)) return null;
  return pathEmphasis(view.path, index.paths(view));
}
