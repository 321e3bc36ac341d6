// Which labels a big spotlight prints. Hovering or focusing a hub lights up thousands of nodes
// (17,000 around the biggest hub of the 100k hub-heavy bench graph); forcing all their labels
// would print a mush of overlapping text and cost a frame each to place. So, as Gephi Lite and
// sigma's own label grid do, it labels by importance: the centre, then the most linked nodes of
// the spotlight, at most `limit`. The label drawer prints a forced label only where it covers no
// label printed before it (view/label-drawer.ts), and sigma prints forced labels in the order it
// received them, which is the order of this set: most linked first.
import type { IndexedGraph } from "../query/indexed-graph.ts";
import { isNumbered } from "../query/sorted-key-set.ts";

/** The spotlight's node numbers. */
function numbersOf(indexed: IndexedGraph, nodes: ReadonlySet<string>): Uint32Array {
  if (isNumbered(nodes)) return nodes.members.subarray(0, nodes.size);
  const numbers: number[] = [];
  for (const key of nodes) {
    const index = indexed.nodeIndex.get(key);
    if (index !== undefined) numbers.push(index);
  }
  return Uint32Array.from(numbers);
}

/**
 * The centre (when given) and the most linked other nodes of `nodes`, `limit` in all, most
 * linked first; ties go to the node that comes first in the graph.
 */
export function mostLinkedLabels(
  indexed: IndexedGraph,
  nodes: ReadonlySet<string>,
  centre: string | null,
  limit: number,
): ReadonlySet<string> {
  const { adjacencyStart, nodeKeys } = indexed;
  const centreIndex = centre === null ? undefined : indexed.nodeIndex.get(centre);
  const numbers = numbersOf(indexed, nodes).filter((node) => node !== centreIndex);
  const wanted = Math.max(0, Math.min(numbers.length, limit - (centreIndex === undefined ? 0 : 1)));
  const degree = (node: number) => adjacencyStart[node + 1] - adjacencyStart[node];
  const degrees = numbers.map(degree).sort();
  // The degree the last chosen node has: everything above it is in, ties fill what is left.
  const threshold = wanted === 0 ? Number.POSITIVE_INFINITY : degrees[degrees.length - wanted];
  const above = Array.from(numbers).filter((node) => degree(node) > threshold);
  const ties = Array.from(numbers).filter((node) => degree(node) === threshold);
  const chosen = [...above, ...ties.sort((a, b) => a - b)].slice(0, wanted);
  chosen.sort((a, b) => degree(b) - degree(a) || a - b);
  const labels = new Set<string>();
  if (centreIndex !== undefined) labels.add(nodeKeys[centreIndex]);
  for (const node of chosen) labels.add(nodeKeys[node]);
  return labels;
}
