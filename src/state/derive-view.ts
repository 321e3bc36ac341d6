// From (graph, view state, pointer) to what is visible and what is highlighted, as sets the
// renderer's reducers only read. Pure and memoised per input, so a hover recomputes the hover
// neighbourhood and nothing else, and the diff below tells the renderer which items to repaint.
import { viewEmphasis } from "./emphasis.ts";
import type { GraphIndex } from "./graph-index.ts";
import { hoverAroundFocus, hoverSpotlight } from "./hover-light.ts";
import { mostLinkedLabels } from "./spotlight-labels.ts";
import { computeFilters, type Filters, focusSpotlight, type Spotlight } from "./spotlights.ts";

export type { Spotlight };

import type { ViewState } from "./view-state.ts";

export interface ViewCounts {
  nodesShown: number;
  nodesTotal: number;
  edgesShown: number;
  edgesTotal: number;
}

export interface DerivedView {
  /**
   * Removed by the legend (nodes of hidden kinds; edges of hidden relations or with such an end)
   * and by the timeline (items not there yet as of the year).
   */
  filteredNodes: ReadonlySet<string>;
  filteredEdges: ReadonlySet<string>;
  /**
   * What stands out: a sentence's or the explained paths' items (see emphasis.ts), else around
   * the focus (sticky), else around the hovered node; null: nothing dims.
   */
  spotlight: Spotlight | null;
  /** The focus spotlight alone (hover does not change what the status line counts). */
  focusSpotlight: Spotlight | null;
  /** Outside the spotlight is hidden rather than dimmed. */
  hidesOutside: boolean;
  /** Nodes whose label is always drawn; edges that show their relation. */
  labelledNodes: ReadonlySet<string>;
  labelledEdges: ReadonlySet<string>;
  focus: string | null;
  hover: string | null;
  searchMatches: ReadonlySet<string>;
  selection: ReadonlySet<string>;
  selectedEdge: string | null;
  counts: ViewCounts;
}

const EMPTY: ReadonlySet<string> = new Set();
/** Beyond this many matches, labelling them all would bury the picture in text. */
export const MAX_LABELLED_MATCHES = 30;
/**
 * A spotlight bigger than this (a hub of a huge graph) forces only this many labels: the centre's
 * and the most linked nodes' (spotlight-labels.ts); all of them would be mush.
 */
export const MAX_FORCED_LABELS = 300;
/**
 * Beyond this many edges in a focus or hover spotlight, only the edges that touch its centre show
 * their relation: at depth 2 around a hub, every edge's label would cover the picture.
 */
export const MAX_LABELLED_EDGES = 24;
/** Hover neighbourhoods kept; enough for a session of pointing around, bounded on huge graphs. */
const HOVER_CACHE_LIMIT = 2000;
/** The same on top of a focus: each holds a byte per item, so fewer are kept. */
const FOCUS_HOVER_CACHE_LIMIT = 16;

export function isNodeHidden(view: DerivedView, key: string): boolean {
  if (view.filteredNodes.has(key)) return true;
  return view.hidesOutside && view.spotlight !== null && !view.spotlight.nodes.has(key);
}

export function isEdgeHidden(view: DerivedView, key: string): boolean {
  if (view.filteredEdges.has(key)) return true;
  return view.hidesOutside && view.spotlight !== null && !view.spotlight.edges.has(key);
}

export function isNodeDimmed(view: DerivedView, key: string): boolean {
  return view.spotlight !== null && !view.spotlight.nodes.has(key);
}

export function isEdgeDimmed(view: DerivedView, key: string): boolean {
  return view.spotlight !== null && !view.spotlight.edges.has(key);
}

/** `previewSentence`: the sentence under the pointer in the reading pane, lit up while there. */
export type ViewDeriver = (
  view: ViewState,
  hover: string | null,
  previewSentence?: string | null,
) => DerivedView;

/** The deriver's last inputs and results, so each part is recomputed only when its inputs change. */
interface Memos {
  filters: Filters | null;
  focus: { key: string; spotlight: Spotlight | null } | null;
  hover: Map<string, Spotlight | null>;
  /** Focus plus hover neighbourhoods, for the focus in `focus`. */
  focusHover: Map<string, Spotlight | null>;
  search: { key: string; matches: ReadonlySet<string> } | null;
  selection: { keys: readonly string[]; set: ReadonlySet<string> } | null;
  emphasis: { key: unknown[]; spotlight: Spotlight | null } | null;
  centre: { spotlight: Spotlight; centre: string; edges: ReadonlySet<string> } | null;
  /** The labels of the last big spotlight (see spotlight-labels.ts). */
  bigLabels: { spotlight: Spotlight; centre: string | null; nodes: ReadonlySet<string> } | null;
}

/** The filters, recomputed when the hidden kinds or relations or the timeline change. */
function filtersOf(memos: Memos, index: GraphIndex, view: ViewState): Filters {
  const signature = `${view.hiddenKinds.join("\n")}\t${view.hiddenRelations.join("\n")}\t${view.year}\t${view.showUndated}`;
  if (memos.filters === null || memos.filters.signature !== signature) {
    memos.filters = computeFilters(index, view, signature);
    memos.hover = new Map();
    memos.focus = null;
  }
  return memos.filters;
}

function focusOf(
  memos: Memos,
  index: GraphIndex,
  focus: string | null,
  view: ViewState,
  filters: Filters,
): Spotlight | null {
  const focusKey = `${focus}\t${view.depth}`;
  if (memos.focus === null || memos.focus.key !== focusKey) {
    memos.focusHover = new Map();
    memos.focus = {
      key: focusKey,
      spotlight: focus === null ? null : focusSpotlight(index, focus, view.depth, filters),
    };
  }
  return memos.focus.spotlight;
}

function emphasisOf(
  memos: Memos,
  index: GraphIndex,
  view: ViewState,
  previewSentence: string | null,
): Spotlight | null {
  const paths = view.path === null ? null : index.emphasis.paths(view);
  const key = [previewSentence, view.sentence, view.path, paths];
  if (memos.emphasis === null || key.some((part, i) => part !== memos.emphasis?.key[i])) {
    memos.emphasis = { key, spotlight: viewEmphasis(index.emphasis, view, previewSentence) };
  }
  return memos.emphasis.spotlight;
}

/** The hovered node's neighbourhood; with a focus, lit up on top of the focus's. */
function hoverOf(
  memos: Memos,
  index: GraphIndex,
  hovered: string,
  filters: Filters,
  focused: Spotlight | null,
): Spotlight | null {
  if (memos.hover.size >= HOVER_CACHE_LIMIT) memos.hover.clear();
  if (!memos.hover.has(hovered)) memos.hover.set(hovered, hoverSpotlight(index, hovered, filters));
  const light = memos.hover.get(hovered) ?? null;
  if (focused === null || light === null) return light;
  if (memos.focusHover.size >= FOCUS_HOVER_CACHE_LIMIT) memos.focusHover.clear();
  if (!memos.focusHover.has(hovered)) {
    memos.focusHover.set(hovered, hoverAroundFocus(focused, light));
  }
  return memos.focusHover.get(hovered) ?? null;
}

/** A sentence (pointed at or selected) is lit up rather than the paths. */
function readsSentence(view: ViewState, previewSentence: string | null): boolean {
  return previewSentence !== null || view.sentence !== null;
}

function searchOf(memos: Memos, index: GraphIndex, view: ViewState, filters: Filters) {
  const searchKey = `${view.search}\t${filters.signature}`;
  if (memos.search === null || memos.search.key !== searchKey) {
    const found = view.search.trim() === "" ? EMPTY : index.search.matches(view.search);
    const matches = [...found].filter((key) => !filters.nodes.has(key));
    memos.search = { key: searchKey, matches: matches.length > 0 ? new Set(matches) : EMPTY };
  }
  return memos.search.matches;
}

interface LabelInputs {
  spotlight: Spotlight | null;
  /** The node the spotlight is around (focus or hover); null for a sentence or paths. */
  centre: string | null;
  searchMatches: ReadonlySet<string>;
  selectedEdge: string | null;
}

/** The nodes of a spotlight whose label is forced: all, or the most linked of a big one. */
function spotlightLabels(memos: Memos, index: GraphIndex, inputs: LabelInputs) {
  const { spotlight, centre } = inputs;
  if (spotlight === null) return EMPTY;
  if (spotlight.nodes.size <= MAX_FORCED_LABELS) return spotlight.nodes;
  // Hovering around a focus re-derives often: keep the set while its spotlight stays.
  if (memos.bigLabels?.spotlight !== spotlight || memos.bigLabels.centre !== centre) {
    const nodes = mostLinkedLabels(index.indexed, spotlight.nodes, centre, MAX_FORCED_LABELS);
    memos.bigLabels = { spotlight, centre, nodes };
  }
  return memos.bigLabels.nodes;
}

/** Nodes whose label is always drawn and edges that show their relation. */
function labelsOf(memos: Memos, index: GraphIndex, inputs: LabelInputs) {
  const { graph } = index;
  const { spotlight, centre, searchMatches, selectedEdge } = inputs;
  const isLabellable = spotlight !== null && spotlight.nodes.size <= MAX_FORCED_LABELS;
  let labelledNodes = spotlightLabels(memos, index, inputs);
  const extraLabels: string[] = [];
  if (searchMatches.size <= MAX_LABELLED_MATCHES) extraLabels.push(...searchMatches);
  if (selectedEdge !== null) extraLabels.push(...graph.extremities(selectedEdge));
  if (extraLabels.some((key) => !labelledNodes.has(key))) {
    labelledNodes = new Set([...labelledNodes, ...extraLabels]);
  }
  let labelledEdges: ReadonlySet<string> = isLabellable ? spotlight.edges : EMPTY;
  if (isLabellable && centre !== null && spotlight.edges.size > MAX_LABELLED_EDGES) {
    // Hovering around a focus re-derives often: keep the set while its spotlight stays.
    if (memos.centre?.spotlight !== spotlight || memos.centre.centre !== centre) {
      const touching = [...spotlight.edges].filter((edge) =>
        graph.extremities(edge).includes(centre),
      );
      memos.centre = { spotlight, centre, edges: new Set(touching) };
    }
    labelledEdges = memos.centre.edges;
  }
  if (selectedEdge !== null && !labelledEdges.has(selectedEdge)) {
    labelledEdges = new Set([...labelledEdges, selectedEdge]);
  }
  return { labelledNodes, labelledEdges };
}

/**
 * A deriver for one graph. It remembers its last inputs: filters are recomputed only when the
 * hidden kinds or relations change, the focus neighbourhood only when focus, depth or filters
 * change, hover neighbourhoods are cached per node, search matches per query.
 */
export function createViewDeriver(index: GraphIndex): ViewDeriver {
  const { graph } = index;
  const memos: Memos = {
    filters: null,
    focus: null,
    hover: new Map(),
    focusHover: new Map(),
    search: null,
    selection: null,
    emphasis: null,
    centre: null,
    bigLabels: null,
  };

  return (view, hover, previewSentence = null) => {
    const filters = filtersOf(memos, index, view);
    const focus = view.focus !== null && graph.hasNode(view.focus) ? view.focus : null;
    const focused = focusOf(memos, index, focus, view, filters);
    const emphasised = emphasisOf(memos, index, view, previewSentence);
    const hovered = hover !== null && graph.hasNode(hover) ? hover : null;
    const hoverLight =
      hovered !== null && emphasised === null
        ? hoverOf(memos, index, hovered, filters, focused)
        : null;
    const spotlight = emphasised ?? hoverLight ?? focused;
    const searchMatches = searchOf(memos, index, view, filters);
    if (memos.selection === null || memos.selection.keys !== view.selection) {
      memos.selection = { keys: view.selection, set: new Set(view.selection) };
    }
    const selectedEdge =
      view.selectedEdge !== null && graph.hasEdge(view.selectedEdge) ? view.selectedEdge : null;
    const centre = spotlight === focused ? focus : spotlight === hoverLight ? hovered : null;
    const labels = labelsOf(memos, index, { spotlight, centre, searchMatches, selectedEdge });

    // The focus and a path hide the rest; a sentence is read against the whole picture.
    const showsPath =
      emphasised !== null && view.path !== null && !readsSentence(view, previewSentence);
    const hidesOutside =
      view.hideOthers && (showsPath || (focused !== null && emphasised === null));
    const counted = hidesOutside && showsPath ? emphasised : focused;
    return {
      filteredNodes: filters.nodes,
      filteredEdges: filters.edges,
      spotlight,
      focusSpotlight: focused,
      hidesOutside,
      ...labels,
      focus: focused === null ? null : focus,
      hover: hovered,
      searchMatches,
      selection: memos.selection.set,
      selectedEdge,
      counts: {
        nodesShown: counted ? counted.nodes.size : graph.order - filters.nodes.size,
        nodesTotal: graph.order,
        edgesShown: counted ? counted.edges.size : graph.size - filters.edges.size,
        edgesTotal: graph.size,
      },
    };
  };
}
