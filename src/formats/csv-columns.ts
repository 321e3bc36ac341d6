// The columns of our CSV files and how a list sits in one cell, shared by the writer
// (csv-write.ts) and the reader (csv.ts) so that what one writes the other reads back.
import { EVIDENCE_SOURCES } from "./csv-evidence.ts";

export const LIST_SEPARATOR = " || ";
export const NODE_COLUMNS = ["key", "label", "nodeKind", "description", "aliases", "date"];
export const DISPLAY_COLUMNS = ["x", "y", "size", "color"];
export const EDGE_COLUMNS = [
  "key",
  "source",
  "target",
  "relation",
  "evidence",
  EVIDENCE_SOURCES,
  "date",
];
export const LIST_COLUMNS = new Set(["aliases", "evidence", EVIDENCE_SOURCES]);
export const NUMBER_COLUMNS = new Set(["x", "y", "size", "weight"]);

/** Items joined with LIST_SEPARATOR, or a JSON array when the joined text would not split back. */
export function encodeList(items: readonly string[]): string {
  if (items.length === 0) return "";
  const joined = items.join(LIST_SEPARATOR);
  const back = decodeList(joined);
  const isExact =
    back.length === items.length && back.every((item, index) => item === items[index]);
  return isExact ? joined : JSON.stringify(items);
}

export function decodeList(text: string): string[] {
  if (text === "") return [];
  if (text.startsWith("[")) {
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
    } catch {
      // Not JSON: an ordinary list that happens to start with "[".
    }
  }
  return text.split(LIST_SEPARATOR);
}
