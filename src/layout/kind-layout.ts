// A layout for reading the structure: one column per node kind, most connected nodes at the
// top, so "which actors, which documents, which threats" can be read left to right.
import type { KnowledgeGraph } from "../model/types.ts";
import type { Positions } from "./positions.ts";

/** Distance between neighbouring nodes in a column, in graph units. */
export const KIND_LAYOUT_SPACING = 10;

/**
 * Columns in the order of `kinds` (kinds missing from it follow, alphabetically). A kind with
 * many nodes gets several sub-columns so that no column is much taller than the picture is wide.
 */
export function kindLayout(graph: KnowledgeGraph, kinds: readonly string[] = []): Positions {
  const nodesByKind = new Map<string, string[]>();
  for (const kind of kinds) nodesByKind.set(kind, []);
  const others: string[] = [];
  graph.forEachNode((key, attributes) => {
    const kind = String(attributes.nodeKind ?? "");
    let bucket = nodesByKind.get(kind);
    if (!bucket) {
      bucket = [];
      nodesByKind.set(kind, bucket);
      others.push(kind);
    }
    bucket.push(key);
  });
  const order = [...kinds, ...others.sort()];
  const maxRows = Math.max(6, Math.ceil(Math.sqrt(graph.order) * 1.5));
  const positions: Positions = new Map();
  let columnX = 0;
  for (const kind of order) {
    const keys = nodesByKind.get(kind) ?? [];
    if (keys.length === 0) continue;
    keys.sort(
      (a, b) =>
        graph.degree(b) - graph.degree(a) ||
        String(graph.getNodeAttribute(a, "label")).localeCompare(
          String(graph.getNodeAttribute(b, "label")),
        ) ||
        a.localeCompare(b),
    );
    const subColumns = Math.ceil(keys.length / maxRows);
    const rows = Math.ceil(keys.length / subColumns);
    keys.forEach((key, index) => {
      const subColumn = Math.floor(index / rows);
      const row = index % rows;
      positions.set(key, {
        x: columnX + subColumn * KIND_LAYOUT_SPACING * 1.5,
        // Sigma's y axis points up: the first (most connected) node is at the top.
        y: -row * KIND_LAYOUT_SPACING,
      });
    });
    columnX += subColumns * KIND_LAYOUT_SPACING * 1.5 + KIND_LAYOUT_SPACING * 3;
  }
  return positions;
}
