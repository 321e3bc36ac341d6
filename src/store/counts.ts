// Counts by kind or relation as the API sends them: an object whose keys come most frequent
// first, ties by name in code point order, so every store lists them alike.
import { compareKeys } from "./records.ts";

export function countsObject(counts: Iterable<[string, number]>): Record<string, number> {
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || compareKeys(a, b));
  const result: Record<string, number> = {};
  for (const [name, count] of sorted) result[name] = count;
  return result;
}
