// Evidence in CSV: a spreadsheet cell holds text, so an edge's list of { quote, source } is
// written as two parallel list cells, `evidence` (the quotes) and `evidenceSources` (the source
// id of each quote, in the same order). The quotes column reads as before in any spreadsheet;
// the sources column puts each quote back in its own document.
import { evidenceOf } from "../model/evidence.ts";
import type { EvidenceItem } from "../model/types.ts";

export const EVIDENCE_SOURCES = "evidenceSources";

/** The row's `evidence` replaced by its quotes, and `evidenceSources` added beside them. */
export function splitEvidence(row: Record<string, unknown>): void {
  if (!("evidence" in row)) return;
  const items = evidenceOf(row.evidence);
  row.evidence = items.map((item) => item.quote);
  row[EVIDENCE_SOURCES] = items.map((item) => item.source);
}

/**
 * The inverse, on the lists read from a row: quotes and sources zipped into items. One source
 * for several quotes applies to all; without the column, or with counts that do not match, the
 * quotes stay strings (the normaliser gives them `sourceDoc` or the graph's first source).
 */
export function joinEvidence(attributes: Record<string, unknown>, warnings: Set<string>): void {
  const sources = attributes[EVIDENCE_SOURCES];
  if (!Array.isArray(sources)) return;
  delete attributes[EVIDENCE_SOURCES];
  const quotes = Array.isArray(attributes.evidence) ? (attributes.evidence as string[]) : [];
  if (sources.length !== quotes.length && sources.length !== 1) {
    warnings.add(
      `\`${EVIDENCE_SOURCES}\` must name one source per quote of \`evidence\` (or one for all); rows where the counts differ were read without it`,
    );
    return;
  }
  attributes.evidence = quotes.map(
    (quote, index): EvidenceItem => ({
      quote,
      source: String(sources.length === 1 ? sources[0] : sources[index]),
    }),
  );
}
