// Suggests what a user probably meant when a key, relation or label is mistyped: an error that
// says `did you mean "undp"?` is fixed in seconds. Compares folded text (case and accents ignored).
import { foldText } from "./fold-text.ts";

/** Something that can be suggested: its value, and other names it is known by (label, aliases). */
export interface Candidate {
  value: string;
  names?: readonly string[];
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("gefx" → "gexf"), the
 * optimal-string-alignment variant of Damerau–Levenshtein; gives up (returning `limit + 1`) as
 * soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three reused rows: scanning 100k names for a suggestion allocates nothing per name.
  if (rows[0].length <= b.length) {
    rows = [
      new Int32Array(b.length + 1),
      new Int32Array(b.length + 1),
      new Int32Array(b.length + 1),
    ];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // A swap reaches back two rows, but never below the row between plus one: stopping is safe.
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The values closest to `input`, best first: an exact match of a folded name first, then names
 * within a few edits (about one per three characters), then names that contain the input.
 */
export function didYouMean(
  input: string,
  candidates: Iterable<string | Candidate>,
  limit = 3,
): string[] {
  const wanted = foldText(input);
  if (wanted === "") return [];
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  const scored: { value: string; score: number }[] = [];
  for (const candidate of candidates) {
    const { value, names = [] } = typeof candidate === "string" ? { value: candidate } : candidate;
    let best = Number.POSITIVE_INFINITY;
    for (const name of [value, ...names]) {
      const folded = foldText(name);
      let score = editDistance(wanted, folded, tolerance);
      if (score > tolerance && wanted.length >= 3 && folded.includes(wanted)) score = tolerance + 1;
      else if (score > tolerance) continue;
      if (score < best) best = score;
    }
    if (best !== Number.POSITIVE_INFINITY) scored.push({ value, score: best });
  }
  scored.sort((a, b) => a.score - b.score);
  return [...new Set(scored.map((entry) => entry.value))].slice(0, limit);
}

/** ` (did you mean "a" or "b"?)`, or "" when there is nothing to suggest. */
export function didYouMeanPhrase(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  const quoted = suggestions.map((suggestion) => JSON.stringify(suggestion));
  const last = quoted.pop();
  return ` (did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ` : ""}${last}?)`;
}
