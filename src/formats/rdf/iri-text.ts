// The full IRIs behind the short names an RDF graph shows (`foaf:knows`, `ex:anna`), for Details:
// everywhere else the prefixed names are enough. Tiny and free of the RDF parsers on purpose.
import { isAbsoluteIri, WELL_KNOWN_PREFIXES } from "./rdf-names.ts";

/** The IRI a node key stands for, or null when the key is not an IRI (`china`, `_:b1`). */
export function nodeIri(key: string): string | null {
  return isAbsoluteIri(key) && !key.startsWith("_:") ? key : null;
}

/** `foaf:knows` -> its full IRI with the graph's prefixes (from its RDF file); null otherwise. */
export function expandName(name: string, prefixes: unknown): string | null {
  const colon = name.indexOf(":");
  if (colon === -1) return null;
  const declared =
    typeof prefixes === "object" && prefixes !== null ? (prefixes as Record<string, unknown>) : {};
  const namespace = declared[name.slice(0, colon)] ?? WELL_KNOWN_PREFIXES[name.slice(0, colon)];
  if (typeof namespace === "string") return namespace + name.slice(colon + 1);
  return isAbsoluteIri(name) && name.includes("/") ? name : null;
}
