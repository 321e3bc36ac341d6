// The sets behind the derived view, over the graph's integer arrays (indexed-graph.ts): what the
// legend and the timeline filter out and the focus neighbourhood within a depth (the hover
// neighbourhood is in hover-light.ts). derive-view.ts memoises them per input.
import {
  codeFlags,
  edgeSetBuilder,
  KeySet,
  nodeSetBuilder,
  walkNeighbourhood,
} from "../query/indexed-graph.ts";
import type { GraphIndex } from "./graph-index.ts";
import type { ViewState } from "./view-state.ts";

const EMPTY: ReadonlySet<string> = new Set();

/** The part of the graph that stays emphasised; everything else is dimmed (or hidden). */
export interface Spotlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface Filters {
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
export function computeFilters(index: GraphIndex, view: ViewState, signature: string): Filters {
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
export function focusSpotlight(
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
