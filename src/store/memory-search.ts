// Store search over a graph in memory (the rules of search-text.ts): every distinct name word in
// code point order, so the words a query word starts are one binary-searched range, and only the
// names holding them are ranked.
import type { KnowledgeGraph } from "../model/types.ts";
import type { StoreSearchHit } from "./graph-store.ts";
import { compareKeys } from "./records.ts";
import { nameTier, nameWords, queryWords, rankOf, wordCount } from "./search-text.ts";

interface Name {
  node: number;
  words: string;
  isAlias: boolean;
}

interface SearchIndex {
  names: Name[];
  /** Distinct words, sorted; namesOf[i] lists the names holding words[i]. */
  words: string[];
  namesOf: number[][];
  hits: StoreSearchHit[];
  labelWords: number[];
}

/** The label a search shows: the label when it is text, else the key. */
export function searchLabel(key: string, label: unknown): string {
  return typeof label === "string" ? label : key;
}

export function buildSearchIndex(graph: KnowledgeGraph, nodeKeys: readonly string[]): SearchIndex {
  const names: Name[] = [];
  const hits: StoreSearchHit[] = [];
  const labelWords: number[] = [];
  nodeKeys.forEach((key, node) => {
    const attributes = graph.getNodeAttributes(key);
    const label = searchLabel(key, attributes.label);
    const nodeKind = typeof attributes.nodeKind === "string" ? attributes.nodeKind : "";
    hits.push({ key, label, nodeKind });
    const words = nameWords(label);
    labelWords.push(wordCount(words));
    names.push({ node, words, isAlias: false });
    const aliases = Array.isArray(attributes.aliases) ? attributes.aliases : [];
    for (const alias of aliases) {
      if (typeof alias === "string") names.push({ node, words: nameWords(alias), isAlias: true });
    }
  });
  const byWord = new Map<string, number[]>();
  names.forEach((name, index) => {
    for (const word of new Set(name.words.split(" "))) {
      if (word === "") continue;
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  const words = [...byWord.keys()].sort(compareKeys);
  return { names, words, namesOf: words.map((word) => byWord.get(word) ?? []), hits, labelWords };
}

/** First index whose word is not before `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(words[middle], prefix) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `keyRank[node]` orders nodes by key: the last tie-break. */
export function searchIndex(
  index: SearchIndex,
  keyRank: Uint32Array,
  text: string,
  limit: number,
): StoreSearchHit[] {
  const query = queryWords(text);
  if (query.length === 0 || limit < 1) return [];
  const joined = query.join(" ");
  const longest = query.reduce((a, b) => (b.length > a.length ? b : a));
  const best = new Map<number, number>();
  for (let at = lowerBound(index.words, longest); at < index.words.length; at++) {
    if (!index.words[at].startsWith(longest)) break;
    for (const nameIndex of index.namesOf[at]) {
      const name = index.names[nameIndex];
      const tier = nameTier(name.words, query, joined);
      if (tier === null) continue;
      const rank = rankOf(tier, name.isAlias);
      const known = best.get(name.node);
      if (known === undefined || rank < known) best.set(name.node, rank);
    }
  }
  const ranked = [...best].sort(
    ([a, rankA], [b, rankB]) =>
      rankA - rankB || index.labelWords[a] - index.labelWords[b] || keyRank[a] - keyRank[b],
  );
  return ranked.slice(0, limit).map(([node]) => ({ ...index.hits[node] }));
}
