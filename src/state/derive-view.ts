// From (graph, view state, pointer) to what is visible and what is highlighted, as sets the
// renderer's reducers only read. Pure and memoised per input, so a hover recomputes the hover
// neighbourhood and nothing else, and the diff below tells the renderer which items to repaint.
import { neighbourhood } from "../query/neighbourhood.ts";
import { viewEmphasis } from "./emphasis.ts";
import type { GraphIndex } from "./graph-index.ts";
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
/** Hover neighbourhoods kept; enough for a session of pointing around, bounded on huge graphs. */
const HOVER_CACHE_LIMIT = 2000;

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
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

function computeFilters(index: GraphIndex, view: ViewState, signature: string): Filters {
  const { graph } = index;
  const byTime = index.emphasis.hiddenByTime(view.year, view.showUndated);
  const nodes = new Set<string>(byTime.nodes);
  const edges = new Set<string>(byTime.edges);
  for (const kind of view.hiddenKinds) {
    for (const key of index.nodesByKind.get(kind) ?? []) {
      nodes.add(key);
      graph.forEachEdge(key, (edge) => {
        edges.add(edge);
      });
    }
  }
  for (const relation of view.hiddenRelations) {
    for (const edge of index.edgesByRelation.get(relation) ?? []) edges.add(edge);
  }
  return {
    signature,
    hiddenKinds: view.hiddenKinds,
    hiddenRelations: view.hiddenRelations,
    nodes: nodes.size > 0 ? nodes : EMPTY,
    edges: edges.size > 0 ? edges : EMPTY,
  };
}

/** Focus neighbourhood: the nodes within `depth` hops and the visible edges among them. */
function focusSpotlight(index: GraphIndex, focus: string, depth: number, filters: Filters) {
  const nodes = neighbourhood(index.graph, focus, depth, {
    hiddenKinds: filters.hiddenKinds,
    hiddenRelations: filters.hiddenRelations,
  });
  // The timeline hides nodes the legend's walk does not know about.
  for (const node of nodes) if (filters.nodes.has(node) && node !== focus) nodes.delete(node);
  if (nodes.size === 0) return null;
  const edges = new Set<string>();
  for (const node of nodes) {
    index.graph.forEachOutEdge(node, (edge, _attributes, _source, target) => {
      if (nodes.has(target) && !filters.edges.has(edge)) edges.add(edge);
    });
  }
  return { nodes, edges };
}

/** Hover neighbourhood: the node, its visible neighbours and the edges to them. */
function hoverSpotlight(index: GraphIndex, hover: string, filters: Filters): Spotlight | null {
  if (!index.graph.hasNode(hover) || filters.nodes.has(hover)) return null;
  const nodes = new Set([hover]);
  const edges = new Set<string>();
  index.graph.forEachEdge(hover, (edge, _attributes, source, target) => {
    if (filters.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === hover ? target : source);
  });
  return { nodes, edges };
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
  let searchMemo: { key: string; matches: ReadonlySet<string> } | null = null;
  let selectionMemo: { keys: readonly string[]; set: ReadonlySet<string> } | null = null;
  let emphasisMemo: { key: unknown[]; spotlight: Spotlight | null } | null = null;

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
    if (hovered !== null && focused === null && emphasised === null) {
      if (hoverCache.size >= HOVER_CACHE_LIMIT) hoverCache.clear();
      if (!hoverCache.has(hovered))
        hoverCache.set(hovered, hoverSpotlight(index, hovered, filters));
      hoverLight = hoverCache.get(hovered) ?? null;
    }
    const spotlight = emphasised ?? focused ?? hoverLight;

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
    if (selectedEdge !== null && !labelledEdges.has(selectedEdge)) {
      labelledEdges = new Set([...labelledEdges, selectedEdge]);
    }

    // Only the focus hides the rest: a sentence or a path is read against the whole picture.
    const hidesOutside = view.hideOthers && focused !== null && emphasised === null;
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
        nodesShown: focused ? focused.nodes.size : graph.order - filters.nodes.size,
        nodesTotal: graph.order,
        edgesShown: focused ? focused.edges.size : graph.size - filters.edges.size,
        edgesTotal: graph.size,
      },
    };
  };
}

/** Items that are in exactly one of the two sets. */
function addSymmetricDifference(
  into: Set<string>,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): void {
  if (before === after) return;
  for (const key of before) if (!after.has(key)) into.add(key);
  for (const key of after) if (!before.has(key)) into.add(key);
}

export interface AppearanceChanges {
  nodes: string[];
  edges: string[];
}

/**
 * The nodes and edges whose appearance differs between two derived views: what the renderer
 * must repaint. Turning the spotlight on or off, or switching dim/hide, changes every item;
 * otherwise only the differences of the sets are touched. When the renderer dims by opacity
 * (`dimsByOpacity`, large graphs), dimming changes no item: only hiding the rest does.
 */
export function appearanceChanges(
  index: GraphIndex,
  before: DerivedView,
  after: DerivedView,
  dimsByOpacity = false,
): AppearanceChanges {
  const { graph } = index;
  const hidesOthers = (view: DerivedView) => view.hidesOutside && view.spotlight !== null;
  const isEverything = dimsByOpacity
    ? hidesOthers(before) !== hidesOthers(after)
    : (before.spotlight === null) !== (after.spotlight === null) ||
      (before.hidesOutside !== after.hidesOutside && after.spotlight !== null);
  if (isEverything) return { nodes: graph.nodes(), edges: graph.edges() };

  const nodes = new Set<string>();
  const edges = new Set<string>();
  addSymmetricDifference(nodes, before.filteredNodes, after.filteredNodes);
  addSymmetricDifference(edges, before.filteredEdges, after.filteredEdges);
  if (dimsByOpacity || (before.spotlight !== null && after.spotlight !== null)) {
    // Dimmed by opacity, only the spotlight's own items change when it turns on or off.
    addSymmetricDifference(
      nodes,
      before.spotlight?.nodes ?? EMPTY,
      after.spotlight?.nodes ?? EMPTY,
    );
    addSymmetricDifference(
      edges,
      before.spotlight?.edges ?? EMPTY,
      after.spotlight?.edges ?? EMPTY,
    );
  }
  addSymmetricDifference(nodes, before.labelledNodes, after.labelledNodes);
  addSymmetricDifference(edges, before.labelledEdges, after.labelledEdges);
  addSymmetricDifference(nodes, before.searchMatches, after.searchMatches);
  addSymmetricDifference(nodes, before.selection, after.selection);
  if (before.focus !== after.focus) {
    if (before.focus !== null) nodes.add(before.focus);
    if (after.focus !== null) nodes.add(after.focus);
  }
  if (before.selectedEdge !== after.selectedEdge) {
    if (before.selectedEdge !== null) edges.add(before.selectedEdge);
    if (after.selectedEdge !== null) edges.add(after.selectedEdge);
  }
  // An edge is drawn only when both its ends are: repaint the edges of nodes that (dis)appeared.
  for (const node of nodes) {
    if (isNodeHidden(before, node) !== isNodeHidden(after, node)) {
      graph.forEachEdge(node, (edge) => {
        edges.add(edge);
      });
    }
  }
  return { nodes: [...nodes].filter((key) => graph.hasNode(key)), edges: [...edges] };
}
