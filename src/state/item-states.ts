// One byte per node and edge saying how it is drawn now: normal, dimmed or hidden. The renderer
// hands these bytes to the GPU as a texture (src/view/item-state-programs.ts), so a hover, a
// focus or a legend toggle rewrites bytes instead of re-processing every item in sigma.
// Items are numbered as sigma numbers them for picking: node i of graph.nodes() is slot 1 + i,
// edge j of graph.edges() is slot 1 + order + j (sigma keeps that order when zIndex is off).
import type { IndexedGraph } from "../query/indexed-graph.ts";
import { isNumbered } from "../query/sorted-key-set.ts";
import type { DerivedView } from "./derive-view.ts";

export const ITEM_NORMAL = 0;
export const ITEM_DIMMED = 1;
export const ITEM_HIDDEN = 2;
export type ItemState = typeof ITEM_NORMAL | typeof ITEM_DIMMED | typeof ITEM_HIDDEN;

/** Texture rows are this wide (WebGL 2 guarantees textures of at least 2048 × 2048). */
export const STATE_TEXTURE_WIDTH = 2048;

/** The bytes and their texture shape; `version` changes whenever the bytes do. */
export interface ItemStates {
  bytes: Uint8Array;
  width: number;
  height: number;
  version: number;
  /** How many nodes and edges the slots hold (nodes first, then edges). */
  nodeCount: number;
  edgeCount: number;
}

/** The texture rows [from, to) that hold the slots of the nodes or of the edges. */
export function partRows(states: ItemStates, part: "nodes" | "edges"): [number, number] {
  const first = part === "nodes" ? 1 : 1 + states.nodeCount;
  const count = part === "nodes" ? states.nodeCount : states.edgeCount;
  if (count === 0) return [0, 0];
  const last = first + count - 1;
  return [Math.floor(first / states.width), Math.floor(last / states.width) + 1];
}

export function nodeSlot(indexed: IndexedGraph, key: string): number | undefined {
  const index = indexed.nodeIndex.get(key);
  return index === undefined ? undefined : 1 + index;
}

export function edgeSlot(indexed: IndexedGraph, key: string): number | undefined {
  const index = indexed.edgeIndex.get(key);
  return index === undefined ? undefined : 1 + indexed.nodeKeys.length + index;
}

export function createItemStates(indexed: IndexedGraph): ItemStates {
  const count = 1 + indexed.nodeKeys.length + indexed.edgeKeys.length;
  const height = Math.max(1, Math.ceil(count / STATE_TEXTURE_WIDTH));
  return {
    bytes: new Uint8Array(STATE_TEXTURE_WIDTH * height),
    width: STATE_TEXTURE_WIDTH,
    height,
    version: 0,
    nodeCount: indexed.nodeKeys.length,
    edgeCount: indexed.edgeKeys.length,
  };
}

/**
 * Sets the state of the keys' items; `firstSlot` is the slot of item number 0. Numbered sets
 * (the focus's, the hover's, the filters') are written by number: no Map lookup per key.
 */
function mark(
  bytes: Uint8Array,
  firstSlot: number,
  indexOf: ReadonlyMap<string, number>,
  keys: ReadonlySet<string>,
  state: ItemState,
) {
  if (isNumbered(keys)) {
    const { members, size } = keys;
    for (let i = 0; i < size; i++) bytes[firstSlot + members[i]] = state;
    return;
  }
  for (const key of keys) {
    const index = indexOf.get(key);
    if (index !== undefined) bytes[firstSlot + index] = state;
  }
}

/**
 * Writes every item's state for a derived view: outside a spotlight dimmed (hidden when the view
 * hides the rest), filtered items hidden, and an edge hidden whenever one of its ends is.
 */
export function writeItemStates(
  states: ItemStates,
  indexed: IndexedGraph,
  view: DerivedView,
): void {
  const { bytes } = states;
  const { nodeIndex, edgeIndex, edgeSource, edgeTarget } = indexed;
  const order = indexed.nodeKeys.length;
  const size = indexed.edgeKeys.length;
  const firstEdge = 1 + order;
  const { spotlight } = view;
  const outside = spotlight === null ? ITEM_NORMAL : view.hidesOutside ? ITEM_HIDDEN : ITEM_DIMMED;
  bytes.fill(outside, 1, 1 + order + size);
  if (spotlight !== null) {
    mark(bytes, 1, nodeIndex, spotlight.nodes, ITEM_NORMAL);
    mark(bytes, firstEdge, edgeIndex, spotlight.edges, ITEM_NORMAL);
  }
  // The selected edge keeps its colour in a dimmed picture.
  const selected = view.selectedEdge === null ? undefined : edgeIndex.get(view.selectedEdge);
  if (selected !== undefined && outside === ITEM_DIMMED) bytes[firstEdge + selected] = ITEM_NORMAL;
  mark(bytes, 1, nodeIndex, view.filteredNodes, ITEM_HIDDEN);
  mark(bytes, firstEdge, edgeIndex, view.filteredEdges, ITEM_HIDDEN);
  if (outside === ITEM_HIDDEN || view.filteredNodes.size > 0) {
    for (let edge = 0; edge < size; edge++) {
      if (
        bytes[1 + edgeSource[edge]] === ITEM_HIDDEN ||
        bytes[1 + edgeTarget[edge]] === ITEM_HIDDEN
      ) {
        bytes[firstEdge + edge] = ITEM_HIDDEN;
      }
    }
  }
  states.version++;
}

export function nodeState(states: ItemStates, indexed: IndexedGraph, key: string): ItemState {
  const slot = nodeSlot(indexed, key);
  return slot === undefined ? ITEM_HIDDEN : (states.bytes[slot] as ItemState);
}

export function edgeState(states: ItemStates, indexed: IndexedGraph, key: string): ItemState {
  const slot = edgeSlot(indexed, key);
  return slot === undefined ? ITEM_HIDDEN : (states.bytes[slot] as ItemState);
}
