// The one definition of store search, shared by both stores: how names and queries become words,
// and how a match ranks. The PostgreSQL loader stores the folded words this module computes, and
// its SQL applies the same rules, so both stores rank hits identically.
import { foldText } from "../model/fold-text.ts";

/** Longest query text a store accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of a query that count; more say nothing a search box needs. */
export const MAX_QUERY_WORDS = 8;

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Folded words (case, accents and punctuation gone), joined by single spaces. */
export function nameWords(text: string): string {
  return foldText(text)
    .split(NON_WORD)
    .filter((word) => word.length > 0)
    .join(" ");
}

/** The query's words in order, at most MAX_QUERY_WORDS, from its first MAX_QUERY_LENGTH characters. */
export function queryWords(text: string): string[] {
  const words = nameWords(text.slice(0, MAX_QUERY_LENGTH)).split(" ");
  return words.filter((word) => word.length > 0).slice(0, MAX_QUERY_WORDS);
}

/**
 * How well a name (its folded words) matches the query: 0 the same words, 1 the name starts with
 * the query, 2 every query word starts a word of the name; null when some word matches nothing.
 * `joined` is the query's words joined by spaces.
 */
export function nameTier(words: string, query: readonly string[], joined: string): number | null {
  const spaced = ` ${words}`;
  for (const word of query) if (!spaced.includes(` ${word}`)) return null;
  if (words === joined) return 0;
  return words.startsWith(joined) ? 1 : 2;
}

/** A node's rank from its best name: tier * 2, plus 1 when that name is an alias. */
export function rankOf(tier: number, isAlias: boolean): number {
  return tier * 2 + (isAlias ? 1 : 0);
}

/** How many words a label has: fewer words rank first among equal ranks. */
export function wordCount(words: string): number {
  return words === "" ? 0 : words.split(" ").length;
}
