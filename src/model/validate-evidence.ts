// Checks an edge's evidence: a non-empty list of { quote, source }, each source a declared
// document and each quote verbatim in its own document. The old shape (quote strings, with one
// `sourceDoc` for the edge) is still read: its quotes are checked in that document and returned
// in the new shape, and the caller notes that the file should be rewritten.
import { didYouMean, didYouMeanPhrase } from "./did-you-mean.ts";
import { describe, isObject, type Json } from "./json-value.ts";
import { matchingPrefixLength, normaliseQuote } from "./normalise-quote.ts";
import type { EvidenceItem } from "./types.ts";
import { checkString, ellipsis, type Report, reportUnknownFields } from "./validate-fields.ts";

export interface SourceText {
  path: string;
  normalised: string;
}

/** Source ids in file order, each with its normalised text when that text is available. */
export type Sources = Map<string, SourceText | null>;

const ITEM_FIELDS = ["quote", "source"];

/** The edge's evidence in the new shape, and whether it came in the old one. */
export interface CheckedEvidence {
  items: EvidenceItem[];
  legacy: boolean;
}

export function checkEvidence(
  edge: Json,
  at: string,
  sources: Sources,
  report: Report,
): CheckedEvidence {
  const result: CheckedEvidence = { items: [], legacy: false };
  const path = `${at}.evidence`;
  const evidence = edge.evidence;
  if (evidence === undefined) {
    report(path, "is missing", 'Add evidence: [{ "quote": "…", "source": "<source id>" }, …].');
    return result;
  }
  if (!Array.isArray(evidence)) {
    report(
      path,
      `must be an array of { quote, source }, not ${describe(evidence)}`,
      'Write it as [{ "quote": "…", "source": "<source id>" }, …].',
    );
    return result;
  }
  if (evidence.length === 0) {
    report(
      path,
      "is empty: every edge needs at least one quote",
      "Quote the sentence of a source that states this relation.",
    );
    return result;
  }
  const hasStrings = evidence.some((item) => typeof item === "string");
  const legacySource = checkSourceDoc(edge, at, sources, hasStrings, report);
  evidence.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (typeof item === "string") {
      result.legacy = true;
      if (legacySource === null) return; // reported at sourceDoc
      checkQuote(item, itemPath, legacySource, sources, report);
      result.items.push({ quote: item, source: legacySource });
      return;
    }
    if (!isObject(item)) {
      report(
        itemPath,
        `must be { "quote": …, "source": … }, not ${describe(item)}`,
        'Write the item as { "quote": "…", "source": "<source id>" }.',
      );
      return;
    }
    reportUnknownFields(item, itemPath, ITEM_FIELDS, report);
    const quote = checkString(item, itemPath, "quote", report);
    const source = checkSourceId(item, itemPath, sources, report);
    if (quote === undefined || source === null) return;
    checkQuote(quote, `${itemPath}.quote`, source, sources, report);
    result.items.push({ quote, source });
  });
  return result;
}

/**
 * The document the old shape's quote strings come from: `sourceDoc`, else the first source; null
 * when that is not a source. `sourceDoc` beside items that each name their source is an error.
 */
function checkSourceDoc(
  edge: Json,
  at: string,
  sources: Sources,
  hasStrings: boolean,
  report: Report,
): string | null {
  if (edge.sourceDoc === undefined) return sources.keys().next().value ?? null;
  if (!hasStrings) {
    report(
      `${at}.sourceDoc`,
      "belongs to the old evidence shape (quote strings); here each evidence item names its source",
      "Remove sourceDoc.",
    );
    return null;
  }
  return checkSourceId(edge, at, sources, report, "sourceDoc");
}

/** A `source` (or `sourceDoc`) that names an entry of `sources`; null when it does not. */
function checkSourceId(
  object: Json,
  at: string,
  sources: Sources,
  report: Report,
  field = "source",
): string | null {
  const id = checkString(object, at, field, report);
  if (id === undefined) return null;
  if (sources.has(id)) return id;
  const known = [...sources.keys()];
  report(
    `${at}.${field}`,
    `${JSON.stringify(id)} is not a source id${didYouMeanPhrase(didYouMean(id, known))}; sources are: ${known.join(", ") || "none"}`,
    "Use the id of an entry in sources, or add the document to sources.",
  );
  return null;
}

function checkQuote(
  quote: string,
  path: string,
  sourceId: string,
  sources: Sources,
  report: Report,
): void {
  const normalised = normaliseQuote(quote);
  if (normalised === "") {
    report(
      path,
      "is empty",
      "Quote the sentence of the source that states this relation, or remove the entry.",
    );
    return;
  }
  const source = sources.get(sourceId);
  if (!source) return; // a missing text is reported once, where its source is declared
  if (source.normalised.includes(normalised)) return;
  const matched = matchingPrefixLength(normalised, source.normalised);
  const divergence =
    matched === 0
      ? ""
      : `; it matches up to ${JSON.stringify(ellipsis(normalised.slice(0, matched), 40, "start"))}`;
  report(
    path,
    `${JSON.stringify(ellipsis(quote, 60, "end"))} is not found verbatim in source ${JSON.stringify(sourceId)} (${source.path})${divergence}`,
    "Copy the words exactly from that source; only whitespace and quote styles may differ.",
  );
}
