// From (graph, view state, pointer) to what is visible and what is highlighted, as sets the
// renderer's reducers only read. Pure and memoised per input, so a hover recomputes the hover
// neighbourhood and nothing else, and the diff below tells the renderer which items to repaint.
import {
  codeFlags,
  edgeSetBuilder,
  KeySet,
  nodeSetBuilder,
  walkNeighbourhood,
} from "../query/indexed-graph.ts";
import { viewEmphasis } from "./emphasis.ts";
import type { GraphIndex } from "./graph-index.ts";
import { hoverAroundFocus, hoverSpotlight } from "./hover-light.ts";
import type { ViewState } from "./view-state.ts";

/** The part of the graph that stays emphasised; everything else is dimmed (or hidden). */
export interface Spotlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

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
/** A spotlight bigger than this (a hub of a huge graph) gets no forced labels: they would be mush. */
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

interface Filters {
  signature: string;
  hiddenKinds: readonly string[];
  hiddenRelations: readonly string[];
  /** Hidden kinds and relations as flags by code (see indexed-graph.ts). */
  kindFlags: Uint8Array;
  relationFlags: Uint8Array;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What the legend and the timeline remove, over the graph's integer arrays. */
function computeFilters(index: GraphIndex, view: ViewState, signature: string): Filters {
  const { indexed } = index;
  const byTime = index.emphasis.hiddenByTime(view.year, view.showUndated);
  const kindFlags = codeFlags(indexed.kinds, view.hiddenKinds);
  const relationFlags = codeFlags(indexed.relations, view.hiddenRelations);
  const filters = {
    signature,
    hiddenKinds: view.hiddenKinds,
    hiddenRelations: view.hiddenRelations,
    kindFlags,
    relationFlags,
  };
  const isFiltering =
    kindFlags.includes(1) ||
    relationFlags.includes(1) ||
    byTime.nodes.size > 0 ||
    byTime.edges.size > 0;
  if (!isFiltering) return { ...filters, nodes: EMPTY, edges: EMPTY };

  const { nodeKind, edgeRelation, edgeSource, edgeTarget, nodeIndex, edgeIndex } = indexed;
  const nodes = nodeSetBuilder(indexed);
  for (let node = 0; node < nodeKind.length; node++) {
    if (kindFlags[nodeKind[node]] === 1) nodes.add(node);
  }
  for (const key of byTime.nodes) {
    const node = nodeIndex.get(key);
    if (node !== undefined) nodes.add(node);
  }
  const edges = edgeSetBuilder(indexed);
  for (let edge = 0; edge < edgeRelation.length; edge++) {
    if (
      relationFlags[edgeRelation[edge]] === 1 ||
      kindFlags[nodeKind[edgeSource[edge]]] === 1 ||
      kindFlags[nodeKind[edgeTarget[edge]]] === 1
    ) {
      edges.add(edge);
    }
  }
  for (const key of byTime.edges) {
    const edge = edgeIndex.get(key);
    if (edge !== undefined) edges.add(edge);
  }
  const nodeSet = nodes.build();
  const edgeSet = edges.build();
  return {
    ...filters,
    nodes: nodeSet.size > 0 ? nodeSet : EMPTY,
    edges: edgeSet.size > 0 ? edgeSet : EMPTY,
  };
}

/** Focus neighbourhood: the nodes within `depth` hops and the visible edges among them. */
function focusSpotlight(
  index: GraphIndex,
  focus: string,
  depth: number,
  filters: Filters,
): Spotlight | null {
  const { indexed } = index;
  const start = indexed.nodeIndex.get(focus);
  if (start === undefined) return null;
  let nodes = walkNeighbourhood(indexed, start, depth, {
    hiddenKinds: filters.kindFlags,
    hiddenRelations: filters.relationFlags,
  });
  // The timeline hides nodes the legend's walk does not know about.
  if (filters.nodes instanceof KeySet) {
    const hidden = filters.nodes.flags;
    const kept = nodeSetBuilder(indexed);
    for (const node of nodes.members.subarray(0, nodes.size)) {
      if (node === start || hidden[node] !== 1) kept.add(node);
    }
    nodes = kept.build();
  }
  if (nodes.size === 0) return null;
  const { outStart, outEdge, edgeTarget } = indexed;
  const hiddenEdges = filters.edges instanceof KeySet ? filters.edges.flags : null;
  const edges = edgeSetBuilder(indexed);
  const reached = nodes.flags;
  for (const node of nodes.members.subarray(0, nodes.size)) {
    for (let at = outStart[node], end = outStart[node + 1]; at < end; at++) {
      const edge = outEdge[at];
      if (reached[edgeTarget[edge]] !== 1) continue;
      if (hiddenEdges !== null && hiddenEdges[edge] === 1) continue;
      edges.add(edge);
    }
  }
  return { nodes, edges: edges.build() };
}

/** A sentence (pointed at or selected) is lit up rather than the paths. */
function readsSentence(view: ViewState, previewSentence: string | null): boolean {
  return previewSentence !== null || view.sentence !== null;
}

/** `previewSentence`: the sentence under the pointer in the reading pane, lit up while there. */
export type ViewDeriver = (
  view: ViewState,
  hover: string | null,
  previewSentence?: string | null,
) => DerivedView;

/**
 * A deriver for one graph. It remembers its last inputs: filters are recomputed only when the
 * hidden kinds or relations change, the focus neighbourhood only when focus, depth or filters
 * change, hover neighbourhoods are cached per node, search matches per query.
 */
export function createViewDeriver(index: GraphIndex): ViewDeriver {
  const { graph } = index;
  let filters: Filters | null = null;
  let focusMemo: { key: string; spotlight: Spotlight | null } | null = null;
  let hoverCache = new Map<string, Spotlight | null>();
  /** Focus plus hover neighbourhoods, for the focus in `focusMemo`. */
  let focusHoverCache = new Map<string, Spotlight | null>();
  let searchMemo: { key: string; matches: ReadonlySet<string> } | null = null;
  let selectionMemo: { keys: readonly string[]; set: ReadonlySet<string> } | null = null;
  let emphasisMemo: { key: unknown[]; spotlight: Spotlight | null } | null = null;
  let centreMemo: { spotlight: Spotlight; centre: string; edges: ReadonlySet<string> } | null =
    null;

  return (view, hover, previewSentence = null) => {
    const signature = `${view.hiddenKinds.join("\n")}\t${view.hiddenRelations.join("\n")}\t${view.year}\t${view.showUndated}`;
    if (filters === null || filters.signature !== signature) {
      filters = computeFilters(index, view, signature);
      hoverCache = new Map();
      focusMemo = null;
    }

    const focus = view.focus !== null && graph.hasNode(view.focus) ? view.focus : null;
    const focusKey = `${focus}\t${view.depth}`;
    if (focusMemo === null || focusMemo.key !== focusKey) {
      focusHoverCache = new Map();
      focusMemo = {
        key: focusKey,
        spotlight: focus === null ? null : focusSpotlight(index, focus, view.depth, filters),
      };
    }
    const focused = focusMemo.spotlight;

    const paths = view.path === null ? null : index.emphasis.paths(view);
    const emphasisKey = [previewSentence, view.sentence, view.path, paths];
    if (emphasisMemo === null || emphasisKey.some((part, i) => part !== emphasisMemo?.key[i])) {
      emphasisMemo = {
        key: emphasisKey,
        spotlight: viewEmphasis(index.emphasis, view, previewSentence),
      };
    }
    const emphasised = emphasisMemo.spotlight;

    const hovered = hover !== null && graph.hasNode(hover) ? hover : null;
    let hoverLight: Spotlight | null = null;
    if (hovered !== null && emphasised === null) {
      if (hoverCache.size >= HOVER_CACHE_LIMIT) hoverCache.clear();
      if (!hoverCache.has(hovered))
        hoverCache.set(hovered, hoverSpotlight(index, hovered, filters));
      hoverLight = hoverCache.get(hovered) ?? null;
      // With a focus, the hovered node's neighbours light up on top of the focus's.
      if (focused !== null && hoverLight !== null) {
        if (focusHoverCache.size >= FOCUS_HOVER_CACHE_LIMIT) focusHoverCache.clear();
        if (!focusHoverCache.has(hovered))
          focusHoverCache.set(hovered, hoverAroundFocus(focused, hoverLight));
        hoverLight = focusHoverCache.get(hovered) ?? null;
      }
    }
    const spotlight = emphasised ?? hoverLight ?? focused;

    const searchKey = `${view.search}\t${signature}`;
    if (searchMemo === null || searchMemo.key !== searchKey) {
      const visibleFilters = filters;
      const found = view.search.trim() === "" ? EMPTY : index.search.matches(view.search);
      const matches = [...found].filter((key) => !visibleFilters.nodes.has(key));
      searchMemo = { key: searchKey, matches: matches.length > 0 ? new Set(matches) : EMPTY };
    }
    const searchMatches = searchMemo.matches;

    if (selectionMemo === null || selectionMemo.keys !== view.selection) {
      selectionMemo = { keys: view.selection, set: new Set(view.selection) };
    }

    const selectedEdge =
      view.selectedEdge !== null && graph.hasEdge(view.selectedEdge) ? view.selectedEdge : null;

    const isLabellable = spotlight !== null && spotlight.nodes.size <= MAX_FORCED_LABELS;
    let labelledNodes: ReadonlySet<string> = isLabellable ? spotlight.nodes : EMPTY;
    const extraLabels: string[] = [];
    if (searchMatches.size <= MAX_LABELLED_MATCHES) extraLabels.push(...searchMatches);
    if (selectedEdge !== null) extraLabels.push(...graph.extremities(selectedEdge));
    if (extraLabels.some((key) => !labelledNodes.has(key))) {
      labelledNodes = new Set([...labelledNodes, ...extraLabels]);
    }
    let labelledEdges: ReadonlySet<string> = isLabellable ? spotlight.edges : EMPTY;
    const centre = spotlight === focused ? focus : spotlight === hoverLight ? hovered : null;
    if (isLabellable && centre !== null && spotlight.edges.size > MAX_LABELLED_EDGES) {
      // Hovering around a focus re-derives often: keep the set while its spotlight stays.
      if (centreMemo?.spotlight !== spotlight || centreMemo.centre !== centre) {
        const touching = [...spotlight.edges].filter((edge) =>
          graph.extremities(edge).includes(centre),
        );
        centreMemo = { spotlight, centre, edges: new Set(touching) };
      }
      labelledEdges = centreMemo.edges;
    }
    if (selectedEdge !== null && !labelledEdges.has(selectedEdge)) {
      labelledEdges = new Set([...labelledEdges, selectedEdge]);
    }

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
      labelledNodes,
      labelledEdges,
      focus: focused === null ? null : focus,
      hover: hovered,
      searchMatches,
      selection: selectionMemo.set,
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
