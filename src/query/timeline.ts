// Shows the graph "as of" a year: which nodes and edges existed by then, from the ISO dates the
// curated file gives at year, month or day precision. The index answers per slider step in O(1)
// per item, with no date parsing and no lookup of an edge's ends.
import { daysInMonth, isLeapYear, parseIsoDate } from "../model/iso-date.ts";
import type { KnowledgeGraph } from "../model/types.ts";

export interface TimeRange {
  /** Calendar years, both included: 1991..2011 for the built-in graph. */
  min: number;
  max: number;
}

/**
 * A sortable decimal year: "1997" -> 1997, "1997-03" -> 1997.1666… (1 March), "2002-07-31" ->
 * 2002.578…. Each date sits at the START of the period it names, so "1997" sorts before
 * "1997-03". Null for anything that is not an ISO year, month or day (e.g. "1997-13", "c. 1997").
 */
export function dateToTime(date: unknown): number | null {
  if (typeof date !== "string") return null;
  const parsed = parseIsoDate(date.trim());
  if (!parsed) return null;
  const { year, month = 1, day = 1 } = parsed;
  let dayOfYear = day - 1;
  for (let previous = 1; previous < month; previous++) dayOfYear += daysInMonth(year, previous);
  return year + dayOfYear / (isLeapYear(year) ? 366 : 365);
}

/**
 * The calendar year from which an item dated `date` is shown. Presence is by whole year, the
 * slider's unit: an item dated "1997", "1997-03" or "1997-12-31" is present as of 1997.
 */
export function dateToYear(date: unknown): number | null {
  const time = dateToTime(date);
  return time === null ? null : Math.floor(time);
}

/** The years spanned by every node and edge date, or null when nothing is dated. */
export function timeRange(graph: KnowledgeGraph): TimeRange | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const include = (date: unknown) => {
    const year = dateToYear(date);
    if (year === null) return;
    if (year < min) min = year;
    if (year > max) max = year;
  };
  graph.forEachNode((_node, attributes) => include(attributes.date));
  graph.forEachEdge((_edge, attributes) => include(attributes.date));
  return min <= max ? { min, max } : null;
}

/** Is the node shown as of `year`? A null year means no time filter: everything is. */
export function isNodePresent(
  graph: KnowledgeGraph,
  key: string,
  year: number | null,
  showUndated: boolean,
): boolean {
  if (year === null) return true;
  const since = dateToYear(graph.getNodeAttribute(key, "date"));
  return since === null ? showUndated : since <= year;
}

/**
 * Is the edge shown as of `year`? Only when both its ends are, and its own date (or, undated,
 * the later of its ends' dates) is `year` or earlier. An edge whose ends are undated too counts
 * as undated.
 */
export function isEdgePresent(
  graph: KnowledgeGraph,
  key: string,
  year: number | null,
  showUndated: boolean,
): boolean {
  if (year === null) return true;
  const [source, target] = graph.extremities(key);
  if (!isNodePresent(graph, source, year, showUndated)) return false;
  if (!isNodePresent(graph, target, year, showUndated)) return false;
  const own = dateToYear(graph.getEdgeAttribute(key, "date"));
  if (own !== null) return own <= year;
  const ends = [source, target]
    .map((node) => dateToYear(graph.getNodeAttribute(node, "date")))
    .filter((since) => since !== null);
  return ends.length > 0 ? Math.max(...ends) <= year : showUndated;
}

/** When an edge can be shown: folded from its own date and its ends' once, at index time. */
export interface EdgeTiming {
  /** Earliest year the edge can be present: its own date or its ends', whichever is later. */
  since: number | null;
  /** True when the edge, or one of its ends, is undated: shown only with undated items. */
  needsUndated: boolean;
}

/** Per-item years, computed once per graph so a slider step costs one Map read per item. */
export interface TimelineIndex {
  range: TimeRange | null;
  /** Year from which each node is present; null when undated. */
  nodeSince: Map<string, number | null>;
  edgeTiming: Map<string, EdgeTiming>;
}

export function timelineIndex(graph: KnowledgeGraph): TimelineIndex {
  // Graphs repeat a few dates many times: parse each distinct string once.
  const parsed = new Map<unknown, number | null>();
  const yearOf = (date: unknown) => {
    if (date === undefined) return null;
    let year = parsed.get(date);
    if (year === undefined) {
      year = dateToYear(date);
      parsed.set(date, year);
    }
    return year;
  };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const widen = (year: number | null) => {
    if (year === null) return;
    if (year < min) min = year;
    if (year > max) max = year;
  };

  const nodeSince = new Map<string, number | null>();
  graph.forEachNode((node, attributes) => {
    const year = yearOf(attributes.date);
    widen(year);
    nodeSince.set(node, year);
  });
  const edgeTiming = new Map<string, EdgeTiming>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const own = yearOf(attributes.date);
    widen(own);
    const sourceSince = nodeSince.get(source) ?? null;
    const targetSince = nodeSince.get(target) ?? null;
    const ends = later(sourceSince, targetSince);
    const isUndated = own === null && ends === null;
    edgeTiming.set(edge, {
      since: later(own, ends),
      needsUndated: isUndated || sourceSince === null || targetSince === null,
    });
  });
  const range = min <= max ? { min, max } : null;
  return { range, nodeSince, edgeTiming };
}

/** Same answer as `isNodePresent`, from the index. Unknown keys are not present. */
export function isNodePresentIn(
  index: TimelineIndex,
  key: string,
  year: number | null,
  showUndated: boolean,
): boolean {
  const since = index.nodeSince.get(key);
  if (since === undefined) return false;
  if (year === null) return true;
  return since === null ? showUndated : since <= year;
}

/** Same answer as `isEdgePresent`, from the index. Unknown keys are not present. */
export function isEdgePresentIn(
  index: TimelineIndex,
  key: string,
  year: number | null,
  showUndated: boolean,
): boolean {
  const timing = index.edgeTiming.get(key);
  if (timing === undefined) return false;
  if (year === null) return true;
  if (timing.needsUndated && !showUndated) return false;
  return timing.since === null || timing.since <= year;
}

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export interface DatedCounts {
  nodes: number;
  datedNodes: number;
  edges: number;
  datedEdges: number;
}

/** How many nodes and edges carry a usable date: what the timeline can show growing. */
export function datedCounts(graph: KnowledgeGraph): DatedCounts {
  let datedNodes = 0;
  let datedEdges = 0;
  graph.forEachNode((_key, attributes) => {
    if (dateToYear(attributes.date) !== null) datedNodes++;
  });
  graph.forEachEdge((_key, attributes) => {
    if (dateToYear(attributes.date) !== null) datedEdges++;
  });
  return { nodes: graph.order, datedNodes, edges: graph.size, datedEdges };
}

/**
 * Whether undated items should show once a year is chosen. When most nodes are undated, showing
 * them would leave Play changing a few nodes among many: hiding them lets the graph visibly grow.
 */
export function showsUndatedByDefault(counts: DatedCounts): boolean {
  return counts.datedNodes * 2 >= counts.nodes;
}
