// Literal values onto attributes: which of several labels a person should see (their language,
// then English, then untagged, then any), and what JavaScript value a typed literal becomes.
import type { LiteralValue } from "./quad-index.ts";
import { RDF_JSON, XSD } from "./rdf-names.ts";

const NUMBER_TYPES = new Set(
  [
    "integer",
    "decimal",
    "double",
    "float",
    "int",
    "long",
    "short",
    "byte",
    "nonNegativeInteger",
    "positiveInteger",
    "negativeInteger",
    "nonPositiveInteger",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
    "unsignedByte",
  ].map((name) => XSD + name),
);

/** Lower is better: the user's language, its primary subtag, English, untagged, other. */
export function languageRank(language: string, preferred: string): number {
  const tag = language.toLowerCase();
  const wanted = preferred.toLowerCase();
  if (wanted !== "" && tag === wanted) return 0;
  if (wanted !== "" && tag !== "" && tag.split("-")[0] === wanted.split("-")[0]) return 1;
  if (tag === "en" || tag.startsWith("en-")) return 2;
  if (tag === "") return 3;
  return 4;
}

/**
 * The best of `candidates` (predicate rank, literal) for a reader of `preferred`: language
 * first, then the predicate's place in its documented order, then file order.
 */
export function bestLiteral<T extends { rank: number; literal: LiteralValue }>(
  candidates: readonly T[],
  preferred: string,
): T | undefined {
  let best: T | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score = languageRank(candidate.literal.language, preferred) * 1000 + candidate.rank;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Numbers and booleans as such, `rdf:JSON` decoded, everything else as its text. */
export function literalToValue(literal: LiteralValue): unknown {
  const { value, datatype } = literal;
  if (NUMBER_TYPES.has(datatype)) {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  if (datatype === `${XSD}boolean`) {
    if (value === "true" || value === "1") return true;
    if (value === "false" || value === "0") return false;
    return value;
  }
  if (datatype === RDF_JSON) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

const DATE_TYPES = new Set(["date", "gYear", "gYearMonth", "dateTime"].map((name) => XSD + name));

export function isDateLiteral(literal: LiteralValue): boolean {
  return DATE_TYPES.has(literal.datatype);
}

/** An ISO year, month or day as our `date` holds them; a dateTime keeps its day. */
export function dateText(literal: LiteralValue): string {
  const day = /^(-?\d{4,}-\d{2}-\d{2})T/.exec(literal.value);
  return day ? day[1] : literal.value;
}

/** The XSD datatype to write a date of ours with, so other tools read it as a date. */
export function dateDatatype(date: string): string | null {
  if (/^\d{4}$/.test(date)) return `${XSD}gYear`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${XSD}gYearMonth`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${XSD}date`;
  return null;
}
