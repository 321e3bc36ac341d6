// Collects a file's quads as they stream from the parser into compact tables: literal values
// per subject, types, resource-to-resource triples, and what reifies what. Nothing is decided
// here; `quads-to-graph.ts` reads the tables once the whole file has been seen.
import {
  RDF_FIRST,
  RDF_OBJECT,
  RDF_PREDICATE,
  RDF_REIFIES,
  RDF_SUBJECT,
  RDF_TYPE,
  RDFS_SUBCLASS_OF,
} from "./rdf-names.ts";
import { isResource, type RdfQuad, type RdfTerm, resourceId } from "./rdf-terms.ts";

export interface LiteralValue {
  value: string;
  language: string;
  datatype: string;
}

/** A resource-to-resource triple; `graph` is "" for the default graph. */
export interface ResourceTriple {
  subject: string;
  predicate: string;
  object: string;
  graph: string;
}

/** What a reifier stands for: a triple whose object is a resource or a literal. */
export interface ReifiedTriple {
  subject: string;
  predicate: string;
  object: string | LiteralValue;
}

type StatementParts = Partial<ReifiedTriple>;

export class QuadIndex {
  /** Every resource in order of first appearance, subject or object. */
  readonly seen = new Set<string>();
  readonly literals = new Map<string, [predicate: string, literal: LiteralValue][]>();
  readonly types = new Map<string, string[]>();
  readonly classes = new Set<string>();
  readonly superClasses = new Map<string, string[]>();
  readonly triples: ResourceTriple[] = [];
  readonly reifiers = new Map<string, ReifiedTriple>();
  readonly namedGraphs = new Set<string>();
  readonly counts = { lists: 0, tripleTermsElsewhere: 0, literalSubjects: 0 };
  private readonly statements = new Map<string, StatementParts>();
  private readonly tripleKeys = new Set<string>();

  add(quad: RdfQuad): void {
    const { subject, predicate, object } = quad;
    if (!isResource(subject)) {
      this.counts.literalSubjects++;
      return;
    }
    const s = resourceId(subject);
    const p = predicate.value;
    this.seen.add(s);
    if (object.termType === "Quad") {
      if (p === RDF_REIFIES) this.reifiers.set(s, reified(object));
      else this.counts.tripleTermsElsewhere++;
      return;
    }
    if (p === RDF_FIRST) this.counts.lists++;
    if (!isResource(object)) {
      this.addLiteral(s, p, object);
      return;
    }
    const o = resourceId(object);
    if (p === RDF_TYPE) {
      push(this.types, s, o);
      this.classes.add(o);
      return;
    }
    this.seen.add(o);
    if (p === RDFS_SUBCLASS_OF) push(this.superClasses, s, o);
    if (p === RDF_SUBJECT || p === RDF_PREDICATE || p === RDF_OBJECT) this.addPart(s, p, o);
    const graph =
      quad.graph && quad.graph.termType !== "DefaultGraph" ? resourceId(quad.graph) : "";
    if (graph !== "") this.namedGraphs.add(graph);
    const key = `${s}\n${p}\n${o}\n${graph}`;
    if (this.tripleKeys.has(key)) return;
    this.tripleKeys.add(key);
    this.triples.push({ subject: s, predicate: p, object: o, graph });
  }

  /** Reifiers of both kinds: `rdf:reifies` (RDF 1.2 / RDF-star) and classic rdf:Statement. */
  allReifiers(): Map<string, ReifiedTriple> {
    const all = new Map(this.reifiers);
    for (const [id, parts] of this.statements) {
      if (parts.subject && parts.predicate && parts.object !== undefined)
        all.set(id, parts as ReifiedTriple);
    }
    return all;
  }

  private addLiteral(subject: string, predicate: string, term: RdfTerm): void {
    const literal: LiteralValue = {
      value: term.value,
      language: term.language ?? "",
      datatype: term.datatype?.value ?? "",
    };
    if (predicate === RDF_OBJECT) this.part(subject).object = literal;
    push(this.literals, subject, [predicate, literal]);
  }

  private addPart(subject: string, predicate: string, object: string): void {
    const parts = this.part(subject);
    if (predicate === RDF_SUBJECT) parts.subject = object;
    else if (predicate === RDF_PREDICATE) parts.predicate = object;
    else parts.object = object;
  }

  private part(subject: string): StatementParts {
    let parts = this.statements.get(subject);
    if (!parts) {
      parts = {};
      this.statements.set(subject, parts);
    }
    return parts;
  }
}

function reified(term: RdfTerm): ReifiedTriple {
  const object = term.object as RdfTerm;
  return {
    subject: resourceId(term.subject as RdfTerm),
    predicate: (term.predicate as RdfTerm).value,
    object: isResource(object)
      ? resourceId(object)
      : {
          value: object.value,
          language: object.language ?? "",
          datatype: object.datatype?.value ?? "",
        },
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
