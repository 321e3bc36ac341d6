// Evidence must be quoted verbatim, but copying from a document changes typography: curly
// quotes become straight, line breaks become spaces. Normalising both sides ignores exactly that.

const QUOTE_MARKS = /[“”„‟"‘’‚‛']/g;
const WHITESPACE = /\s+/g;

/** Treats “ ” ‘ ’ " ' as one quote mark and any run of whitespace as one space. */
export function normaliseQuote(text: string): string {
  return text.replace(QUOTE_MARKS, '"').replace(WHITESPACE, " ").trim();
}

/**
 * How many characters of the (normalised) quote occur in the (normalised) text: the point where a
 * misquote diverges from its source. Binary search, since every prefix of a found prefix is found.
 */
export function matchingPrefixLength(quote: string, text: string): number {
  let found = 0;
  let missing = quote.length + 1;
  while (missing - found > 1) {
    const middle = (found + missing) >>> 1;
    if (text.includes(quote.slice(0, middle))) found = middle;
    else missing = middle;
  }
  return found;
}
