// The nodes around a focus: what the explorer shows when a node is focused and what
// `kg export --focus` writes. Follows edges both ways, skipping what the legend hides.
import type { KnowledgeGraph } from "../model/types.ts";

export interface NeighbourhoodOptions {
  /** Nodes of these kinds neither appear nor are walked through. */
  hiddenKinds?: Iterable<string>;
  /** Edges with these relations are not followed. */
  hiddenRelations?: Iterable<string>;
}

/**
 * Keys of the nodes at most `depth` hops from `key`, following edges in both directions; depth 0
 * is the node itself, `Infinity` its whole (visible) component. Empty when the node is missing or
 * of a hidden kind. Breadth-first over plain arrays, so a hub of a 500k-edge graph stays fast.
 */
export function neighbourhood(
  graph: KnowledgeGraph,
  key: string,
  depth: number,
  options: NeighbourhoodOptions = {},
): Set<string> {
  if (!(depth >= 0) || (!Number.isInteger(depth) && depth !== Number.POSITIVE_INFINITY)) {
    throw new RangeError(`neighbourhood: depth must be a whole number 0 or more, not ${depth}`);
  }
  const reached = new Set<string>();
  if (!graph.hasNode(key)) return reached;
  const hiddenKinds = new Set(options.hiddenKinds ?? []);
  const hiddenRelations = new Set(options.hiddenRelations ?? []);
  if (hiddenKinds.has(graph.getNodeAttribute(key, "nodeKind"))) return reached;

  reached.add(key);
  let frontier = [key];
  let next: string[] = [];
  let current = key;
  // One callback for the whole walk: no closure per visited node.
  const visit = (
    _edge: string,
    attributes: { relation: string },
    source: string,
    target: string,
    sourceAttributes: { nodeKind: string },
    targetAttributes: { nodeKind: string },
  ) => {
    if (hiddenRelations.size > 0 && hiddenRelations.has(attributes.relation)) return;
    const isOutgoing = source === current;
    const other = isOutgoing ? target : source;
    if (reached.has(other)) return;
    if (hiddenKinds.size > 0) {
      const kind = isOutgoing ? targetAttributes.nodeKind : sourceAttributes.nodeKind;
      if (hiddenKinds.has(kind)) return;
    }
    reached.add(other);
    next.push(other);
  };
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    for (const node of frontier) {
      current = node;
      graph.forEachEdge(node, visit);
    }
    frontier = next;
    next = [];
  }
  return reached;
}
