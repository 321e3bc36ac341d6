// Evidence is a list of { quote, source } so one edge can be backed by several documents. Files
// written before that carried quote strings and one `sourceDoc` per edge; every reader (curated
// files, JSON, GEXF, GraphML, CSV) turns what it finds into the list through this one module.
import type { EvidenceItem } from "./types.ts";

export type { EvidenceItem } from "./types.ts";

/** Evidence as read, and whether any item was a bare quote string (the old shape). */
export interface ReadEvidence {
  items: EvidenceItem[];
  /** Some quotes came as strings and were given `fallbackSource`. */
  legacy: boolean;
}

export function isEvidenceItem(value: unknown): value is EvidenceItem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as EvidenceItem).quote === "string" &&
    typeof (value as EvidenceItem).source === "string"
  );
}

/**
 * Evidence in any shape a file may carry it: a list of `{ quote, source }`; a list of quote
 * strings (the old shape), each given `fallbackSource`; a string holding a JSON list of either
 * (how GEXF and GraphML carry lists); any other non-empty string is one quote. Objects without a
 * string `quote` are dropped; numbers and booleans become quotes, as they read.
 */
export function readEvidence(value: unknown, fallbackSource: string): ReadEvidence {
  const result: ReadEvidence = { items: [], legacy: false };
  const list = asList(value);
  for (const item of list) {
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") {
      const quote = String(item);
      if (quote === "") continue;
      result.items.push({ quote, source: fallbackSource });
      result.legacy = true;
    } else if (typeof item === "object" && item !== null) {
      const { quote, source } = item as Record<string, unknown>;
      if (typeof quote !== "string") continue;
      result.items.push({ quote, source: typeof source === "string" ? source : fallbackSource });
    }
  }
  return result;
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    if (value === "") return [];
    if (value.startsWith("[")) {
      try {
        const decoded: unknown = JSON.parse(value);
        if (Array.isArray(decoded)) return decoded;
      } catch {
        // Not JSON: a quote that happens to start with "[".
      }
    }
    return [value];
  }
  if (typeof value === "number" || typeof value === "boolean") return [value];
  return [];
}

/** The quotes of an edge's evidence, in order; tolerant of attributes a plugin left malformed. */
export function evidenceOf(value: unknown): EvidenceItem[] {
  return Array.isArray(value) ? value.filter(isEvidenceItem) : [];
}

/** The documents an edge's evidence comes from, each once, in order of first quote. */
export function evidenceSources(items: readonly EvidenceItem[]): string[] {
  return [...new Set(items.map((item) => item.source))];
}
