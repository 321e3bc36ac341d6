// Links every edge to the sentences its evidence quotes come from, and back, so the reading pane
// can highlight what supports an edge and the graph can show what a sentence says. Built once per
// dataset; every lookup afterwards is a Map read.
import { evidenceOf } from "./evidence.ts";
import type { Sentence, SourceDocumentText } from "./sentences.ts";
import type { KnowledgeGraph } from "./types.ts";

/** Where one evidence quote was found: a span of the document text (one per ellipsis fragment). */
export interface QuoteLocation {
  edge: string;
  quote: string;
  sourceId: string;
  start: number;
  end: number;
}

export interface UnlocatedQuote {
  edge: string;
  quote: string;
  /** The document searched, or null when the quote names none of the documents given. */
  sourceId: string | null;
}

export interface EvidenceIndex {
  /** Edge key -> ids of the sentences its quotes overlap, in reading order. */
  sentencesByEdge: Map<string, string[]>;
  /** Sentence id -> keys of the edges it supports, in graph order. */
  edgesBySentence: Map<string, string[]>;
  /** Edge key -> the exact spans its quotes occupy, for highlighting inside a sentence. */
  locationsByEdge: Map<string, QuoteLocation[]>;
  /** Sentence id -> sentence, over all documents given. */
  sentences: Map<string, Sentence>;
  /** Quotes found in no document: a curation error to report, never silently dropped. */
  unlocated: UnlocatedQuote[];
}

/**
 * Locates each evidence quote in its own document (its `source`; all documents when that is not
 * one of them). Whitespace runs, quote styles (“ ” ‘ ’ " '), dashes, "…" and letter case are
 * treated as equal; a quote elided with "..." or "[...]" is found fragment by fragment, in order.
 * A quote found several times counts for every place it occurs.
 */
export function evidenceIndex(graph: KnowledgeGraph, docs: SourceDocumentText[]): EvidenceIndex {
  const searchable = docs.map((doc) => ({ doc, normalised: normalise(doc.text) }));
  const bySource = new Map(searchable.map((entry) => [entry.doc.sourceId, entry]));
  const index: EvidenceIndex = {
    sentencesByEdge: new Map(),
    edgesBySentence: new Map(),
    locationsByEdge: new Map(),
    sentences: new Map(docs.flatMap((doc) => doc.sentences.map((s) => [s.id, s] as const))),
    unlocated: [],
  };

  graph.forEachEdge((edge, attributes) => {
    const locations: QuoteLocation[] = [];
    const sentenceIds = new Set<string>();
    for (const { quote, source } of evidenceOf(attributes.evidence)) {
      if (quote.trim() === "") continue;
      // Each quote is looked up in its own document; in all of them when it names none we have.
      const own = bySource.get(source);
      const candidates = own ? [own] : searchable;
      let found = false;
      for (const { doc, normalised } of candidates) {
        for (const [start, end] of locateQuote(normalised, quote)) {
          found = true;
          locations.push({ edge, quote, sourceId: doc.sourceId, start, end });
          for (const sentence of overlappingSentences(doc.sentences, start, end)) {
            sentenceIds.add(sentence.id);
          }
        }
      }
      if (!found) index.unlocated.push({ edge, quote, sourceId: own ? source : null });
    }
    if (locations.length > 0) index.locationsByEdge.set(edge, locations);
    const ordered = orderSentenceIds([...sentenceIds], index.sentences);
    index.sentencesByEdge.set(edge, ordered);
    for (const id of ordered) {
      const edges = index.edgesBySentence.get(id);
      if (edges) edges.push(edge);
      else index.edgesBySentence.set(id, [edge]);
    }
  });
  return index;
}

/** The nodes a sentence speaks about: both ends of every edge it supports, each once. */
export function nodesForSentence(
  graph: KnowledgeGraph,
  index: EvidenceIndex,
  sentenceId: string,
): string[] {
  const nodes = new Set<string>();
  for (const edge of index.edgesBySentence.get(sentenceId) ?? []) {
    if (!graph.hasEdge(edge)) continue;
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return [...nodes];
}

interface NormalisedText {
  text: string;
  /** For each character of `text`, the offset of the original character it came from. */
  origin: number[];
}

const EQUIVALENTS: Record<string, string> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "…": "...",
};

/** Folds the differences a curator cannot see or type alike, keeping a map back to the original. */
function normalise(original: string): NormalisedText {
  let text = "";
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i];
    if (/\s/.test(char)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += " ";
      origin.push(i - 1);
      pendingSpace = false;
    }
    const equivalent = EQUIVALENTS[char] ?? char;
    const lower = equivalent.toLowerCase();
    // Keep offsets aligned when lower-casing would change the length ("İ" -> "i̇").
    const folded = lower.length === equivalent.length ? lower : equivalent;
    text += folded;
    for (let unit = 0; unit < folded.length; unit++) origin.push(i);
  }
  return { text, origin };
}

/** Every place the quote occurs, as spans of the original text. */
function locateQuote(haystack: NormalisedText, quote: string): [number, number][] {
  const needle = normalise(quote).text;
  const whole = occurrences(haystack.text, needle).map(
    (at) => toOriginalSpan(haystack, at, at + needle.length) as [number, number],
  );
  if (whole.length > 0) return whole;
  const fragments = needle
    .split(/\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*/)
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length > 0);
  if (fragments.length < 2) return [];
  const spans: [number, number][] = [];
  let from = 0;
  for (const fragment of fragments) {
    const at = haystack.text.indexOf(fragment, from);
    if (at < 0) return [];
    spans.push(toOriginalSpan(haystack, at, at + fragment.length));
    from = at + fragment.length;
  }
  return spans;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    found.push(at);
  }
  return found;
}

function toOriginalSpan(haystack: NormalisedText, from: number, to: number): [number, number] {
  return [haystack.origin[from], haystack.origin[to - 1] + 1];
}

/** Sentences are sorted by offset, so a binary search finds the first one that may overlap. */
function overlappingSentences(sentences: Sentence[], start: number, end: number): Sentence[] {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= start) low = middle + 1;
    else high = middle;
  }
  const overlapping: Sentence[] = [];
  for (let i = low; i < sentences.length && sentences[i].start < end; i++) {
    overlapping.push(sentences[i]);
  }
  return overlapping;
}

function orderSentenceIds(ids: string[], sentences: Map<string, Sentence>): string[] {
  return ids.sort((a, b) => {
    const left = sentences.get(a);
    const right = sentences.get(b);
    if (!left || !right) return 0;
    return left.sourceId === right.sourceId
      ? left.start - right.start
      : left.sourceId.localeCompare(right.sourceId);
  });
}
