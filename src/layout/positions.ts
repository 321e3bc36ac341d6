// Layouts are computed as plain position maps and written to the graph in one place, so the
// pure layouts stay testable and "reset" can restore a saved map.
import type { KnowledgeGraph } from "../model/types.ts";

export type Positions = Map<string, { x: number; y: number }>;

export function hasPosition(attributes: { x?: unknown; y?: unknown }): boolean {
  return Number.isFinite(attributes.x) && Number.isFinite(attributes.y);
}

/** True when every node already carries finite x and y (e.g. a graph exported from Gephi). */
export function isPositioned(graph: KnowledgeGraph): boolean {
  let positioned = true;
  graph.someNode((_key, attributes) => {
    positioned = hasPosition(attributes);
    return !positioned;
  });
  return positioned;
}

export function readPositions(graph: KnowledgeGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((key, attributes) => {
    positions.set(key, { x: Number(attributes.x), y: Number(attributes.y) });
  });
  return positions;
}

/** Writes x/y for the nodes in the map, and unpins them: a new layout starts free. */
export function assignPositions(graph: KnowledgeGraph, positions: Positions): void {
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      const position = positions.get(key);
      if (!position) return attributes;
      attributes.x = position.x;
      attributes.y = position.y;
      delete attributes.fixed;
      return attributes;
    },
    { attributes: ["x", "y", "fixed"] },
  );
}
