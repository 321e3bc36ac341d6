// What the Legend lists, without the DOM: each node kind and each relation with its colour and
// count. A local graph counts its own items; in remote mode the database's kinds and relations
// are listed too, with their counts there. ui/legend.ts draws the checkboxes.
import type { StoreInfo } from "../store/graph-store.ts";
import type { GraphIndex } from "./graph-index.ts";
import type { Palette } from "./palette.ts";

export interface LegendEntry {
  name: string;
  colour: string;
  count: number;
}

/** The drawn names, then the database's other names (remote mode). */
function names(drawn: readonly string[], stored: Record<string, number> | undefined): string[] {
  return stored ? [...new Set([...drawn, ...Object.keys(stored)])] : [...drawn];
}

export function legendEntries(
  index: Pick<GraphIndex, "kinds" | "relations" | "kindCounts" | "relationCounts">,
  palette: Palette,
  database?: Pick<StoreInfo, "kinds" | "relations">,
): { kinds: LegendEntry[]; relations: LegendEntry[] } {
  const kinds = names(index.kinds, database?.kinds).map((kind) => ({
    name: kind,
    colour: palette.kinds.get(kind) ?? "#999999",
    count: database ? (database.kinds[kind] ?? 0) : (index.kindCounts.get(kind) ?? 0),
  }));
  const relations = names(index.relations, database?.relations).map((relation) => ({
    name: relation,
    colour: palette.relations.get(relation) ?? "#999999",
    count: database
      ? (database.relations[relation] ?? 0)
      : (index.relationCounts.get(relation) ?? 0),
  }));
  return { kinds, relations };
}
