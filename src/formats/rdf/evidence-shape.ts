// Evidence as the RDF mapping sees it: a list of {quote, source}, source being the id of a
// document in the graph's `sources`. The graph model still stores `evidence: string[]` plus one
// `sourceDoc` per edge (issue 12 moves it to this shape); these two functions are the only
// place that knows the difference and go away with that change.
import type { EdgeAttributes } from "../../model/types.ts";

export interface EvidenceItem {
  quote: string;
  source: string;
}

/** The edge's evidence as {quote, source} items. */
export function readEvidence(attributes: EdgeAttributes): EvidenceItem[] {
  const quotes = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  const source = typeof attributes.sourceDoc === "string" ? attributes.sourceDoc : "";
  return quotes.map((quote) => ({ quote: String(quote), source }));
}

/** Edge attributes holding these items, in the model's current shape. */
export function evidenceAttributes(items: readonly EvidenceItem[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = { evidence: items.map((item) => item.quote) };
  const source = items.find((item) => item.source !== "")?.source;
  if (source !== undefined) attributes.sourceDoc = source;
  return attributes;
}
