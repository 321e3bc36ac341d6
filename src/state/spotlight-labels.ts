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
  const centreIndex = centre === null ? -1 : (indexed.nodeIndex.get(centre) ?? -1);
  const numbers = numbersOf(indexed, nodes);
  const degrees = new Uint32Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const node = numbers[i];
    // The centre is labelled first, whatever its degree.
    degrees[i] = node === centreIndex ? 0 : adjacencyStart[node + 1] - adjacencyStart[node] + 1;
  }
  const others = numbers.length - (nodes.has(centre ?? "") ? 1 : 0);
  const wanted = Math.max(0, Math.min(others, limit - (centreIndex < 0 ? 0 : 1)));
  const chosen = wanted === 0 ? [] : topByDegree(numbers, degrees, wanted);
  const labels = new Set<string>();
  if (centreIndex >= 0) labels.add(nodeKeys[centreIndex]);
  for (const node of chosen) labels.add(nodeKeys[node]);
  return labels;
}

/**
 * The `wanted` numbers of highest degree (degree 0: left out), highest first; ties go to the
 * lower number. One native sort of the degrees finds the cut, then one pass collects.
 */
function topByDegree(numbers: Uint32Array, degrees: Uint32Array, wanted: number): number[] {
  const sorted = degrees.slice().sort();
  const threshold = sorted[sorted.length - wanted];
  const above: number[] = [];
  const ties: number[] = [];
  for (let i = 0; i < numbers.length; i++) {
    if (degrees[i] > threshold) above.push(i);
    else if (degrees[i] === threshold) ties.push(i);
  }
  ties.sort((a, b) => numbers[a] - numbers[b]);
  const picked = [...above, ...ties.slice(0, wanted - above.length)];
  picked.sort((a, b) => degrees[b] - degrees[a] || numbers[a] - numbers[b]);
  return picked.map((i) => numbers[i]);
}
