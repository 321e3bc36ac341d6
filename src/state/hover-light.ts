// What lights up under the pointer: the hovered node, its visible neighbours and the edges to
// them; with a focus, that on top of the focus neighbourhood, so pointing at a node still shows
// what it links to. Built once per hovered node (derive-view.ts caches them), never per frame.
import { KeySet } from "../query/indexed-graph.ts";
import type { GraphIndex } from "./graph-index.ts";
import type { Spotlight } from "./spotlights.ts";

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

/** `base` and `more`; a KeySet's arrays are copied whole rather than walked key by key. */
function union(base: ReadonlySet<string>, more: ReadonlySet<string>): ReadonlySet<string> {
  if (base instanceof KeySet) return base.with(more);
  return new Set([...base, ...more]);
}

/** The focus neighbourhood with the hovered node's on top (as integer sets, like the focus's). */
export function hoverAroundFocus(focused: Spotlight, hovered: Spotlight): Spotlight {
  return { nodes: union(focused.nodes, hovered.nodes), edges: union(focused.edges, hovered.edges) };
}
