// Finds nodes by what people type: labels and aliases, ignoring case and accents, matching word
// prefixes ("terror"), small typos ("terorism") and text inside a word ("kos" in dailykos.com).
// Ranked so that Enter does what people mean: an exact label or alias first ("China" before
// "China's Peaceful Development"), then word starts, then text inside words, then typos.
// Pure, so the search box and tests share it.
import MiniSearch from "minisearch";
import { foldText } from "../model/fold-text.ts";
import type { KnowledgeGraph } from "../model/types.ts";

export interface SearchHit {
  key: string;
  label: string;
  nodeKind: string;
  /** The alias that matched when the label itself did not, so suggestions can say why. */
  matchedAlias?: string;
  score: number;
}

export interface SearchIndex {
  /** Best hits first; an empty or blank query gives no hit. */
  search(query: string, limit?: number): SearchHit[];
  /** Keys of every node the query matches (capped), for highlighting them in the graph. */
  matches(query: string): Set<string>;
}

export const DEFAULT_SUGGESTION_LIMIT = 8;
/** Highlighting thousands of matches helps nobody and costs a repaint of each. */
export const MAX_HIGHLIGHTED_MATCHES = 500;

interface SearchDocument {
  key: string;
  label: string;
  nodeKind: string;
  aliases: string[];
}

/** How a hit matched, best first: the order hits are ranked in before their scores. */
const Tier = { Exact: 0, WordStart: 1, Inside: 2, Typo: 3 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

/** Text inside a word is looked for from this many characters: fewer match half the graph. */
const MIN_INFIX_LENGTH = 3;

function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length > 0 ? folded : null;
}

interface BuiltIndex {
  miniSearch: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /** Each node's label and aliases, folded, for exact and inside-word matching. */
  folded: Map<string, string[]>;
}

function buildIndex(graph: KnowledgeGraph): BuiltIndex {
  const miniSearch = new MiniSearch<SearchDocument>({
    idField: "key",
    fields: ["label", "aliases"],
    processTerm,
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(" ") : value;
    },
    searchOptions: {
      prefix: true,
      // One typo in words of 5+ letters, two from 10: enough for "terorism", not for noise.
      fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
      boost: { label: 2 },
      combineWith: "AND",
    },
  });
  const documents = new Map<string, SearchDocument>();
  graph.forEachNode((key, attributes) => {
    documents.set(key, {
      key,
      label: String(attributes.label ?? key),
      nodeKind: String(attributes.nodeKind ?? ""),
      aliases: Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : [],
    });
  });
  miniSearch.addAll([...documents.values()]);
  const folded = new Map<string, string[]>();
  for (const document of documents.values()) {
    folded.set(document.key, [document.label, ...document.aliases].map(foldText));
  }
  return { miniSearch, documents, folded };
}

function tierOf(names: readonly string[], query: string, words: readonly string[]): Tier {
  if (names.some((name) => name === query)) return Tier.Exact;
  const startsWords = (name: string) => {
    const nameWords = name.split(/[^\p{L}\p{N}]+/u);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  };
  if (names.some(startsWords)) return Tier.WordStart;
  if (names.some((name) => words.every((word) => name.includes(word)))) return Tier.Inside;
  return Tier.Typo;
}

interface Ranked {
  key: string;
  tier: Tier;
  score: number;
}

/** MiniSearch's hits (word starts, typos) plus text found inside words, best tier first. */
function rankedHits(built: BuiltIndex, query: string): Ranked[] {
  const folded = foldText(query);
  const words = folded.split(" ").filter(Boolean);
  const ranked = new Map<string, Ranked>();
  for (const result of built.miniSearch.search(query)) {
    const key = String(result.id);
    const names = built.folded.get(key) ?? [];
    ranked.set(key, { key, tier: tierOf(names, folded, words), score: result.score });
  }
  if (words.every((word) => word.length >= MIN_INFIX_LENGTH)) {
    for (const [key, names] of built.folded) {
      if (ranked.has(key)) continue;
      if (names.some((name) => words.every((word) => name.includes(word)))) {
        ranked.set(key, { key, tier: tierOf(names, folded, words), score: 0 });
      }
    }
  }
  return [...ranked.values()].sort((a, b) => a.tier - b.tier || b.score - a.score);
}

/** The alias to mention for a hit whose label does not contain the query's words. */
function aliasThatMatched(query: string, label: string, aliases: string[]): string | undefined {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const foldedLabel = foldText(label);
  if (words.every((word) => foldedLabel.includes(word))) return undefined;
  return (
    aliases.find((alias) => words.every((word) => foldText(alias).includes(word))) ??
    aliases.find((alias) => words.some((word) => foldText(alias).startsWith(word.slice(0, 3))))
  );
}

/** Builds the index on first use: a graph that is never searched never pays for it. */
export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  let built: BuiltIndex | null = null;
  const index = () => {
    built ??= buildIndex(graph);
    return built;
  };

  function search(query: string, limit = DEFAULT_SUGGESTION_LIMIT): SearchHit[] {
    if (query.trim().length === 0) return [];
    const built = index();
    const hits: SearchHit[] = [];
    for (const result of rankedHits(built, query).slice(0, limit)) {
      const document = built.documents.get(result.key);
      if (!document) continue;
      const hit: SearchHit = {
        key: document.key,
        label: document.label,
        nodeKind: document.nodeKind,
        score: result.score,
      };
      const matchedAlias = aliasThatMatched(query, document.label, document.aliases);
      if (matchedAlias !== undefined) hit.matchedAlias = matchedAlias;
      hits.push(hit);
    }
    return hits;
  }

  return {
    search,
    matches(query) {
      return new Set(search(query, MAX_HIGHLIGHTED_MATCHES).map((hit) => hit.key));
    },
  };
}
