// The full IRIs behind the short names an RDF graph shows (`foaf:knows`, `ex:anna`), for Details:
// everywhere else the prefixed names are enough. The page loads this module up front, so it holds
// only the standard namespaces and the IRI test; rdf-names.ts (loaded with the readers and
// writers) re-exports them.

export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
export const XSD = "http://www.w3.org/2001/XMLSchema#";
export const SKOS = "http://www.w3.org/2004/02/skos/core#";
export const DCTERMS = "http://purl.org/dc/terms/";
export const DC = "http://purl.org/dc/elements/1.1/";
export const SCHEMA = "http://schema.org/";
export const FOAF = "http://xmlns.com/foaf/0.1/";
export const OWL = "http://www.w3.org/2002/07/owl#";

/** Prefixes every file may be shortened with, even when it declares none (N-Triples). */
export const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  rdf: RDF,
  rdfs: RDFS,
  xsd: XSD,
  owl: OWL,
  skos: SKOS,
  dcterms: DCTERMS,
  dc: DC,
  schema: SCHEMA,
  foaf: FOAF,
};

/** Whether a key or relation is already an absolute IRI (`http://…`, `urn:…`), written as is. */
export function isAbsoluteIri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(text);
}

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
