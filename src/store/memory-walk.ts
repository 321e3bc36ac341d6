// The capped neighbourhood walk of GraphStore over the integer arrays of an IndexedGraph: one
// depth at a time, newcomers in key order, cut at the limit (the rules in graph-store.ts).
import { codeFlags, type IndexedGraph } from "../query/indexed-graph.ts";
import type { Filters } from "./graph-store.ts";

export interface CappedWalk {
  /** Node numbers in walk order. */
  nodes: number[];
  /** Edge numbers between the walked nodes, relations not hidden, in no particular order. */
  edges: number[];
  truncated?: { shown: number; total: number; depth: number };
}

export function walkCapped(
  indexed: IndexedGraph,
  keyRank: Uint32Array,
  start: number,
  depth: number,
  options: Filters & { limit: number },
): CappedWalk {
  const hiddenKinds = codeFlags(indexed.kinds, options.hiddenKinds ?? []);
  const hiddenRelations = codeFlags(indexed.relations, options.hiddenRelations ?? []);
  const { nodeKind, edgeRelation, edgeSource, edgeTarget, adjacencyStart, adjacencyEdge } = indexed;
  if (hiddenKinds[nodeKind[start]] === 1) return { nodes: [], edges: [] };
  const seen = new Uint8Array(indexed.nodeKeys.length);
  const nodes = [start];
  seen[start] = 1;
  let layer = [start];
  let truncated: CappedWalk["truncated"];
  for (let hop = 1; hop <= depth && layer.length > 0; hop++) {
    const next: number[] = [];
    for (const node of layer) {
      for (let at = adjacencyStart[node], end = adjacencyStart[node + 1]; at < end; at++) {
        const edge = adjacencyEdge[at];
        if (hiddenRelations[edgeRelation[edge]] === 1) continue;
        const source = edgeSource[edge];
        const other = source === node ? edgeTarget[edge] : source;
        if (seen[other] === 1 || hiddenKinds[nodeKind[other]] === 1) continue;
        seen[other] = 1;
        next.push(other);
      }
    }
    next.sort((a, b) => keyRank[a] - keyRank[b]);
    if (nodes.length + next.length > options.limit) {
      const room = options.limit - nodes.length;
      truncated = { shown: options.limit, total: nodes.length + next.length, depth: hop };
      for (let i = 0; i < room; i++) nodes.push(next[i]);
      break;
    }
    for (const node of next) nodes.push(node);
    layer = next;
  }
  const shown = new Uint8Array(indexed.nodeKeys.length);
  for (const node of nodes) shown[node] = 1;
  const edges: number[] = [];
  for (const node of nodes) {
    for (let at = adjacencyStart[node], end = adjacencyStart[node + 1]; at < end; at++) {
      const edge = adjacencyEdge[at];
      // Each edge once: from its source's list.
      if (edgeSource[edge] !== node || shown[edgeTarget[edge]] !== 1) continue;
      if (hiddenRelations[edgeRelation[edge]] !== 1) edges.push(edge);
    }
  }
  const result: CappedWalk = { nodes, edges };
  if (truncated) result.truncated = truncated;
  return result;
}
