// The small part of the RDF/JS data model our readers and writers use. N3.js and jsonld.js both
// hand out quads of this shape, so one mapping serves Turtle, N-Triples, TriG and JSON-LD.

export interface RdfTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
  /** Set on triple terms (`<<( s p o )>>`, termType "Quad"). */
  subject?: RdfTerm;
  predicate?: RdfTerm;
  object?: RdfTerm;
}

export interface RdfQuad {
  subject: RdfTerm;
  predicate: RdfTerm;
  object: RdfTerm;
  graph?: RdfTerm;
}

export function isResource(term: RdfTerm): boolean {
  return term.termType === "NamedNode" || term.termType === "BlankNode";
}

/** A stable text for a resource: the IRI, or `_:label` for a blank node. */
export function resourceId(term: RdfTerm): string {
  if (term.termType !== "BlankNode") return term.value;
  return term.value.startsWith("_:") ? term.value : `_:${term.value}`;
}
