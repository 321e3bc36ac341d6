// Folds text for forgiving comparisons: "Côte d’Ivoire", "cote d'ivoire" and "COTE  D'IVOIRE"
// name the same thing when a user types a label or a curator mistypes a key.

const COMBINING_MARKS = /\p{M}/gu;
const CURLY_QUOTES = /[‘’‚‛′]/g;
const WHITESPACE = /\s+/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function foldText(text: string): string {
  // Most labels are plain ASCII: skipping Unicode normalisation keeps a scan of 100k labels fast.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(WHITESPACE, " ").trim();
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(CURLY_QUOTES, "'")
    .toLowerCase()
    .replace(WHITESPACE, " ")
    .trim();
}
