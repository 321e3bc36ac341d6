// What lights up under the pointer: the hovered node, its visible neighbours and the edges to
// them; with a focus, that on top of the focus neighbourhood, so pointing at a node still shows
// what it links to. Built once per hovered node (derive-view.ts caches them), never per frame.
import {
  edgeSetBuilder,
  KeySet,
  type KeySetBuilder,
  nodeSetBuilder,
} from "../query/indexed-graph.ts";
import type { Spotlight } from "./derive-view.ts";
import type { GraphIndex } from "./graph-index.ts";

/** The hidden items (legend, timeline) a hover never lights up. */
interface Hidden {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Hover neighbourhood: the node, its visible neighbours and the edges to them. */
export function hoverSpotlight(index: GraphIndex, hover: string, hidden: Hidden): Spotlight | null {
  if (!index.graph.hasNode(hover) || hidden.nodes.has(hover)) return null;
  const nodes = new Set([hover]);
  const edges = new Set<string>();
  index.graph.forEachEdge(hover, (edge, _attributes, source, target) => {
    if (hidden.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === hover ? target : source);
  });
  return { nodes, edges };
}

function addAll(
  builder: KeySetBuilder,
  indexOf: ReadonlyMap<string, number>,
  keys: ReadonlySet<string>,
) {
  if (keys instanceof KeySet) {
    for (let i = 0; i < keys.size; i++) builder.add(keys.members[i]);
    return;
  }
  for (const key of keys) {
    const at = indexOf.get(key);
    if (at !== undefined) builder.add(at);
  }
}

/** The focus neighbourhood with the hovered node's on top (as integer sets, like the focus's). */
export function hoverAroundFocus(
  index: GraphIndex,
  focused: Spotlight,
  hovered: Spotlight,
): Spotlight {
  const { indexed } = index;
  const nodes = nodeSetBuilder(indexed);
  addAll(nodes, indexed.nodeIndex, focused.nodes);
  addAll(nodes, indexed.nodeIndex, hovered.nodes);
  const edges = edgeSetBuilder(indexed);
  addAll(edges, indexed.edgeIndex, focused.edges);
  addAll(edges, indexed.edgeIndex, hovered.edges);
  return { nodes: nodes.build(), edges: edges.build() };
}
