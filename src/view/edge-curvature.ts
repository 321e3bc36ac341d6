// Two relations between the same pair of nodes must stay distinguishable: parallel edges (and
// edges in opposite directions) are drawn as arcs of different curvature, the rest straight.
// Pure (no sigma import) and built on sorted numeric pair keys: indexing a copy of the graph with
// @sigma/edge-curve's `indexParallelEdgesIndex` took seconds at 500,000 edges.
import type { IndexedGraph } from "../query/indexed-graph.ts";

/** Sigma's `DEFAULT_EDGE_CURVATURE` (@sigma/edge-curve), the curvature of a lone curved edge. */
export const DEFAULT_EDGE_CURVATURE = 0.25;

/** Spreads n parallel edges over growing curvatures (sigma's parallel-edges recipe). */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Curvature of each edge that shares its pair of ends with another edge; edges missing from the
 * map are drawn straight. Follows `indexParallelEdgesIndex`'s rules, edges taken in graph order:
 * - an edge alone between its ends stays straight;
 * - an edge alone in its direction, with edges in the other one, gets index 1 of 1;
 * - n edges in one direction and none back are spread symmetrically, index (1 - n) / 2 + i of
 *   (n - 1) / 2 (the middle one of an odd bundle stays straight); so are n self-loops;
 * - n > 1 edges in one direction with edges back get index i + 1 of n.
 */
export function parallelEdgeCurvatures(
  indexed: Pick<IndexedGraph, "nodeKeys" | "edgeKeys" | "edgeSource" | "edgeTarget">,
): Map<string, number> {
  const curvatures = new Map<string, number>();
  const order = indexed.nodeKeys.length;
  const size = indexed.edgeKeys.length;
  const { edgeSource, edgeTarget } = indexed;
  // A directed pair as one number, source * order + target: exact up to 94 million nodes. Sorted,
  // they count a pair's edges by binary search, cheaper than a Map of 500,000 pairs.
  const pairs = new Float64Array(size);
  const backPairs = new Float64Array(size);
  for (let edge = 0; edge < size; edge++) {
    const from = edgeSource[edge];
    const to = edgeTarget[edge];
    pairs[edge] = from * order + to;
    // A self-loop has no edges back: its bundle is all in one direction.
    backPairs[edge] = from === to ? -1 : to * order + from;
  }
  const sorted = pairs.slice().sort();
  const count = (pair: number) => countSorted(sorted, pair);
  const shared = sharedPairs(sorted, backPairs.slice().sort());
  if (shared.size === 0) return curvatures;

  /** How many edges of each bundle were already placed. */
  const placed = new Map<number, number>();
  for (let edge = 0; edge < size; edge++) {
    const key = indexed.edgeKeys[edge];
    const pair = pairs[edge];
    const backPair = backPairs[edge];
    if (!shared.has(pair)) continue;
    const directed = count(pair);
    const back = backPair < 0 ? 0 : count(backPair);
    if (directed === 1) {
      curvatures.set(key, curvature(1, 1));
      continue;
    }
    const position = placed.get(pair) ?? 0;
    placed.set(pair, position + 1);
    if (back === 0) {
      const maxIndex = (directed - 1) / 2;
      const index = position - maxIndex;
      // Index 0 is the middle one of an odd bundle: it stays straight.
      if (index !== 0) curvatures.set(key, curvature(index, maxIndex));
    } else {
      curvatures.set(key, curvature(position + 1, directed));
    }
  }
  return curvatures;
}

/**
 * Pairs whose edges are curved: those with several edges in one direction, and those with edges
 * back (a pair some edge's way back names), found by walking both sorted arrays once.
 */
function sharedPairs(sortedPairs: Float64Array, sortedBackPairs: Float64Array): Set<number> {
  const shared = new Set<number>();
  for (let i = 1; i < sortedPairs.length; i++) {
    if (sortedPairs[i] === sortedPairs[i - 1]) shared.add(sortedPairs[i]);
  }
  let back = 0;
  for (let i = 0; i < sortedPairs.length; i++) {
    const pair = sortedPairs[i];
    while (back < sortedBackPairs.length && sortedBackPairs[back] < pair) back++;
    if (sortedBackPairs[back] === pair) shared.add(pair);
  }
  return shared;
}

/** How many times `value` occurs in the ascending array. */
function countSorted(sorted: Float64Array, value: number): number {
  const first = firstAtLeast(sorted, value);
  if (sorted[first] !== value) return 0;
  return firstAtLeast(sorted, value + 1) - first;
}

/** Index of the first element >= value (the length when there is none). */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
