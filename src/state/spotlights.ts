// The sets behind the derived view, over the graph's integer arrays (indexed-graph.ts): what the
// legend and the timeline filter out and the focus neighbourhood within a depth (the hover
// neighbourhood is in hover-light.ts). derive-view.ts memoises them per input.
import {
  codeFlags,
  type IndexedGraph,
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

  const nodeFlags = hiddenNodeFlags(indexed, kindFlags);
  // Before the timeline's nodes join: an edge is hidden by its ends' kinds, not their dates.
  const edgeFlags = hiddenEdgeFlags(indexed, relationFlags, nodeFlags);
  addKeys(nodeFlags, indexed.nodeIndex, byTime.nodes);
  addKeys(edgeFlags, indexed.edgeIndex, byTime.edges);
  const nodes = flagSet(indexed.nodeKeys, indexed.nodeIndex, nodeFlags);
  const edges = flagSet(indexed.edgeKeys, indexed.edgeIndex, edgeFlags);
  return {
    ...filters,
    nodes: nodes.size > 0 ? nodes : EMPTY,
    edges: edges.size > 0 ? edges : EMPTY,
  };
}

/** 1 for the nodes of a hidden kind, by node number. */
function hiddenNodeFlags(indexed: IndexedGraph, kindFlags: Uint8Array): Uint8Array {
  const { nodeKind } = indexed;
  const flags = new Uint8Array(nodeKind.length);
  for (let node = 0; node < nodeKind.length; node++) flags[node] = kindFlags[nodeKind[node]];
  return flags;
}

/** 1 for the edges of a hidden relation or with a hidden end, by edge number. */
function hiddenEdgeFlags(
  indexed: IndexedGraph,
  relationFlags: Uint8Array,
  nodeFlags: Uint8Array,
): Uint8Array {
  const { edgeRelation, edgeSource, edgeTarget } = indexed;
  const flags = new Uint8Array(edgeRelation.length);
  for (let edge = 0; edge < edgeRelation.length; edge++) {
    flags[edge] =
      relationFlags[edgeRelation[edge]] | nodeFlags[edgeSource[edge]] | nodeFlags[edgeTarget[edge]];
  }
  return flags;
}

function addKeys(flags: Uint8Array, indexOf: ReadonlyMap<string, number>, keys: Iterable<string>) {
  for (const key of keys) {
    const index = indexOf.get(key);
    if (index !== undefined) flags[index] = 1;
  }
}

/** The KeySet of the flagged items, in item order, over the flags themselves. */
function flagSet(
  keys: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  flags: Uint8Array,
): KeySet {
  let count = 0;
  for (let i = 0; i < flags.length; i++) count += flags[i];
  const members = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < flags.length && at < count; i++) if (flags[i] === 1) members[at++] = i;
  return new KeySet(keys, indexOf, flags, members, count);
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
  const edgeFlags = new Uint8Array(indexed.edgeKeys.length);
  const reached = nodes.flags;
  for (const node of nodes.members.subarray(0, nodes.size)) {
    for (let at = outStart[node], end = outStart[node + 1]; at < end; at++) {
      const edge = outEdge[at];
      if (reached[edgeTarget[edge]] !== 1) continue;
      if (hiddenEdges !== null && hiddenEdges[edge] === 1) continue;
      edgeFlags[edge] = 1;
    }
  }
  return { nodes, edges: flagSet(indexed.edgeKeys, indexed.edgeIndex, edgeFlags) };
}
