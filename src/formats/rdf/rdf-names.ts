// The IRIs our RDF speaks: the explorer's own namespaces (documented in docs/rdf.md), the
// standard vocabularies it maps labels, kinds and dates onto, and how a long IRI becomes the
// short prefixed name people see (`foaf:Person`) and back.

/** Our vocabulary: classes and properties that standard vocabularies do not have. */
export const KG = "urn:kg-explorer:vocab:";
/** Nodes whose key is not an IRI: `node:china`. */
export const NODE = "urn:kg-explorer:node:";
/** Node kinds, as classes: `kind:principle`. */
export const KIND = "urn:kg-explorer:kind:";
/** Relations, as properties: `rel:proposed`. */
export const REL = "urn:kg-explorer:relation:";
/** Source documents the evidence quotes: `src:new-security-concept`. */
export const SRC = "urn:kg-explorer:source:";
/** Other attributes of nodes and edges (`attr:x`, `attr:weight`). */
export const ATTR = "urn:kg-explorer:attribute:";

export const SCHEMA_HTTPS = "https://schema.org/";
// The standard namespaces live with the few lines the page itself needs (Details).
export {
  DC,
  DCTERMS,
  FOAF,
  isAbsoluteIri,
  OWL,
  RDF,
  RDFS,
  SCHEMA,
  SKOS,
  WELL_KNOWN_PREFIXES,
  XSD,
} from "./iri-text.ts";

import { RDF, RDFS, XSD } from "./iri-text.ts";

export const RDF_TYPE = `${RDF}type`;
export const RDF_REIFIES = `${RDF}reifies`;
export const RDF_STATEMENT = `${RDF}Statement`;
export const RDF_SUBJECT = `${RDF}subject`;
export const RDF_PREDICATE = `${RDF}predicate`;
export const RDF_OBJECT = `${RDF}object`;
export const RDF_FIRST = `${RDF}first`;
export const RDF_JSON = `${RDF}JSON`;
export const RDF_LANG_STRING = `${RDF}langString`;
export const RDFS_SUBCLASS_OF = `${RDFS}subClassOf`;
export const XSD_STRING = `${XSD}string`;

/** Our prefixes, written into every export and recognised on reading. */
export const OUR_PREFIXES: Readonly<Record<string, string>> = {
  kg: KG,
  node: NODE,
  kind: KIND,
  rel: REL,
  src: SRC,
  attr: ATTR,
};

/** Where a name ends inside an IRI: after the last `#`, `/` or `:`. */
export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"), iri.lastIndexOf(":"));
  const name = iri.slice(cut + 1);
  return name === "" ? iri : name;
}

/** Local parts that read back unchanged in Turtle without escapes. */
const SAFE_LOCAL = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

export function isSafeLocalName(name: string): boolean {
  return SAFE_LOCAL.test(name);
}

/**
 * Shortens IRIs with a set of prefixes, longest namespace first, so `schema:name` wins over a
 * prefix for `http://schema.org/` parents. Names with unsafe local parts stay full IRIs.
 */
export class PrefixShortener {
  private readonly entries: [string, string][];

  constructor(prefixes: Readonly<Record<string, string>>) {
    this.entries = Object.entries(prefixes)
      .filter(([, namespace]) => namespace !== "")
      .sort((a, b) => b[1].length - a[1].length);
  }

  /** `foaf:Person`, or null when no prefix fits. */
  shorten(iri: string): string | null {
    for (const [prefix, namespace] of this.entries) {
      if (!iri.startsWith(namespace)) continue;
      const local = iri.slice(namespace.length);
      if (local === "" || isSafeLocalName(local)) return `${prefix}:${local}`;
    }
    return null;
  }
}

/** The text after a namespace, percent-decoded; null when the IRI is not in it. */
export function stripNamespace(iri: string, namespace: string): string | null {
  if (!iri.startsWith(namespace)) return null;
  const rest = iri.slice(namespace.length);
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** An IRI in one of our namespaces for a free-form name: every unsafe character escaped. */
export function inNamespace(namespace: string, name: string): string {
  return namespace + encodeURIComponent(name).replace(/[!'()*]/g, escapeReserved);
}

function escapeReserved(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
