// Cuts a source text into paragraphs and sentences with stable ids and offsets, so the reading
// pane, the evidence index and URLs can all point at the same sentence of the same document.

export interface Sentence {
  /** Stable and URL-safe: `${sourceId}:${paragraph}.${index in paragraph}`, e.g. "nsc:2.0". */
  id: string;
  sourceId: string;
  paragraph: number;
  text: string;
  /** Offsets in the whole document text: `text === document.slice(start, end)`. */
  start: number;
  end: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface SourceDocumentText {
  sourceId: string;
  text: string;
  /** Paragraph 0 is the first non-blank line or block: the title, in our documents. */
  paragraphs: Paragraph[];
  /** Every sentence of every paragraph, in reading order. */
  sentences: Sentence[];
}

// Words whose final period almost never ends a sentence ("Mr. Li", "e.g. the UN"). "etc." is not
// here on purpose: in our texts it ends sentences ("diseases, etc. They became problems...").
const NON_FINAL_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "mt",
  "vs",
  "cf",
  "e.g",
  "i.e",
  "viz",
  "no",
  "nos",
  "art",
  "arts",
  "para",
  "fig",
  "vol",
  "pp",
  "approx",
  "gen",
  "col",
  "lt",
  "sgt",
  "rev",
  "hon",
]);

const TERMINATORS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»"]);
const OPENERS = new Set(["“", '"', "‘", "'", "(", "[", "«"]);

export function splitDocument(text: string, sourceId: string): SourceDocumentText {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphSpans(text)) {
    const index = paragraphs.length;
    const paragraph: Paragraph = { index, start, end, sentences: [] };
    for (const [sentenceStart, sentenceEnd] of sentenceSpans(text, start, end)) {
      const sentence: Sentence = {
        id: `${sourceId}:${index}.${paragraph.sentences.length}`,
        sourceId,
        paragraph: index,
        text: text.slice(sentenceStart, sentenceEnd),
        start: sentenceStart,
        end: sentenceEnd,
      };
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(paragraph);
  }
  return { sourceId, text, paragraphs, sentences };
}

/**
 * Paragraphs are separated by blank lines; a text without any blank line has one paragraph per
 * line. That keeps hard-wrapped texts (lines broken inside a paragraph) in one piece.
 */
function paragraphSpans(text: string): [number, number][] {
  const separator = /\n[ \t\r\f\v\u00a0]*\n/.test(text) ? /\n(?:[ \t\r\f\v\u00a0]*\n)+/g : /\n+/g;
  const spans: [number, number][] = [];
  let blockStart = 0;
  const pushTrimmed = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push([start, end]);
  };
  for (const match of text.matchAll(separator)) {
    pushTrimmed(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  pushTrimmed(blockStart, text.length);
  return spans;
}

function sentenceSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!TERMINATORS.has(text[i])) {
      i++;
      continue;
    }
    const terminatorStart = i;
    while (i < end && TERMINATORS.has(text[i])) i++;
    while (i < end && CLOSERS.has(text[i])) i++;
    const sentenceEnd = i;
    if (i < end && !/\s/.test(text[i])) continue; // "3.5", "U.N.", "peace...and"
    let next = i;
    while (next < end && /\s/.test(text[next])) next++;
    if (next < end && !isSentenceBoundary(text, sentenceStart, terminatorStart, next)) continue;
    spans.push([sentenceStart, sentenceEnd]);
    sentenceStart = next;
    i = next;
  }
  if (sentenceStart < end) spans.push([sentenceStart, end]);
  return spans;
}

/** Decides whether the terminator at `terminator` ends a sentence whose successor starts at `next`. */
function isSentenceBoundary(
  text: string,
  sentenceStart: number,
  terminator: number,
  next: number,
): boolean {
  const following = text[next];
  const startsLikeSentence =
    OPENERS.has(following) || /\p{Lu}|\p{N}/u.test(following) || !/\p{L}/u.test(following);
  if (!startsLikeSentence) return false; // "peace... and", "etc. and so on"
  if (text[terminator] !== ".") return true;
  if (text.startsWith("..", terminator)) return true; // an ellipsis before a capital
  const word = wordBefore(text, sentenceStart, terminator);
  if (NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and initialisms: "U.N. Security Council", "J. Smith".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length > 1 || /\p{Lu}/u.test(word))) {
    return false;
  }
  return true;
}

function wordBefore(text: string, sentenceStart: number, terminator: number): string {
  let from = terminator;
  while (from > sentenceStart && /[\p{L}\p{N}.]/u.test(text[from - 1])) from--;
  return text.slice(from, terminator);
}
