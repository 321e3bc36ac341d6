// What lights up under the pointer: the hovered node, its visible neighbours and the edges to
// them; with a focus, that on top of the focus neighbourhood, so pointing at a node still shows
// what it links to. Built once per hovered node (derive-view.ts caches them), never per frame,
// from the graph's integer arrays: a hub of 17,000 neighbours is a walk over one row of the
// adjacency, and the sets hold item numbers, so writing the item states reads no Map.
import { KeySet } from "../query/indexed-graph.ts";
import { SortedKeySet, sortedUnique } from "../query/sorted-key-set.ts";
import type { GraphIndex } from "./graph-index.ts";
import type { Spotlight } from "./spotlights.ts";

/** The hidden items (legend, timeline) a hover never lights up. */
interface Hidden {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Whether edge number `edge` is hidden: a flag when the filters are numbered, else a lookup. */
function hiddenEdgeTest(hidden: ReadonlySet<string>, keys: readonly string[]) {
  if (hidden instanceof KeySet) return (edge: number) => hidden.flags[edge] === 1;
  if (hidden.size === 0) return () => false;
  return (edge: number) => hidden.has(keys[edge]);
}

/** Hover neighbourhood: the node, its visible neighbours and the edges to them. */
export function hoverSpotlight(index: GraphIndex, hover: string, hidden: Hidden): Spotlight | null {
  const { indexed } = index;
  const start = indexed.nodeIndex.get(hover);
  if (start === undefined || hidden.nodes.has(hover)) return null;
  const { adjacencyStart, adjacencyEdge, edgeSource, edgeTarget } = indexed;
  const isHidden = hiddenEdgeTest(hidden.edges, indexed.edgeKeys);
  const from = adjacencyStart[start];
  const to = adjacencyStart[start + 1];
  const edges = new Uint32Array(to - from);
  const nodes = new Uint32Array(to - from + 1);
  nodes[0] = start;
  let edgeCount = 0;
  let nodeCount = 1;
  for (let at = from; at < to; at++) {
    const edge = adjacencyEdge[at];
    if (isHidden(edge)) continue;
    edges[edgeCount++] = edge;
    const source = edgeSource[edge];
    nodes[nodeCount++] = source === start ? edgeTarget[edge] : source;
  }
  return {
    nodes: new SortedKeySet(
      indexed.nodeKeys,
      indexed.nodeIndex,
      sortedUnique(nodes.subarray(0, nodeCount)),
    ),
    edges: new SortedKeySet(
      indexed.edgeKeys,
      indexed.edgeIndex,
      sortedUnique(edges.subarray(0, edgeCount)),
    ),
  };
}

/** `base` and `more`; a KeySet's arrays are copied whole rather than walked key by key. */
function union(base: ReadonlySet<string>, more: ReadonlySet<string>): ReadonlySet<string> {
  if (base instanceof KeySet) return base.with(more);
  return new Set([...base, ...more]);
}

/** The focus neighbourhood with the hovered node's on top (as integer sets, like the focus's). */
export function hoverAroundFocus(focused: Spotlight, hovered: Spotlight): Spotlight {
  return { nodes: union(focused.nodes, hovered.nodes), edges: union(focused.edges, hovered.edges) };
}
