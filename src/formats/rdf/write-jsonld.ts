// Our graph as JSON-LD 1.1: one @context with our prefixes, then the graph, its sources and its
// nodes in @graph, edges as properties of their source node, and each edge's evidence on a
// classic rdf:Statement (JSON-LD has no triple terms). Every literal keeps its exact lexical
// form (`{"@value": "0.30000000000000004", "@type": "xsd:double"}`), so numbers come back equal.
import type { KnowledgeGraph } from "../../model/types.ts";
import {
  type Description,
  type EdgeStatement,
  exportModel,
  type Resource,
  type Value,
} from "./export-model.ts";
import {
  type PrefixShortener,
  RDF,
  PrefixShortener as Shortener,
  XSD_STRING,
} from "./rdf-names.ts";
import { DCTERMS_SOURCE, KG_EVIDENCE, KG_QUOTE } from "./rdf-structure.ts";

type JsonObject = Record<string, unknown>;

export function writeJsonLd(graph: KnowledgeGraph): string {
  const model = exportModel(graph);
  const prefixes = contextPrefixes(model.prefixes);
  const shortener = new Shortener(prefixes);
  const name = (iri: string) => shortener.shorten(iri) ?? iri;
  const objects = new Map<string, JsonObject>();
  const items: JsonObject[] = [];
  for (const description of [model.graph, ...model.sources, ...model.nodes]) {
    const object = describe(description, name, shortener);
    items.push(object);
    objects.set(object["@id"] as string, object);
  }
  model.edges.forEach((edge, index) => {
    const subject = id(edge.subject, shortener);
    let object = objects.get(subject);
    if (!object) {
      object = { "@id": subject };
      objects.set(subject, object);
      items.push(object);
    }
    add(object, name(edge.predicate), { "@id": id(edge.object, shortener) });
    const statement = statementOf(edge, index, name, shortener);
    if (statement) items.push(statement);
  });
  const context: JsonObject = {};
  for (const [prefix, iri] of Object.entries(prefixes))
    context[prefix] = /[:/?#[\]@]$/.test(iri) ? iri : { "@id": iri, "@prefix": true };
  return `${JSON.stringify({ "@context": context, "@graph": items }, null, 2)}\n`;
}

/** JSON-LD terms cannot be empty or start with `_` or `@`: such prefixes are left out. */
function contextPrefixes(prefixes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(prefixes).filter(([prefix]) => /^[A-Za-z][\w.-]*$/.test(prefix)),
  );
}

type Namer = (iri: string) => string;

/** Our own IRIs compacted (`node:china`); any other IRI written in full. */
function id(resource: Resource, shortener: PrefixShortener): string {
  if ("blank" in resource) return `_:${resource.blank}`;
  return shortener.shorten(resource.iri) ?? resource.iri;
}

function describe(description: Description, name: Namer, shortener: PrefixShortener) {
  const object: JsonObject = { "@id": id(description.subject, shortener) };
  if (description.types.length > 0) object["@type"] = description.types.map(name);
  for (const [predicate, value] of description.properties)
    add(object, name(predicate), jsonValue(value, name, shortener));
  return object;
}

function jsonValue(value: Value, name: Namer, shortener: PrefixShortener): JsonObject {
  if (!("literal" in value)) return { "@id": id(value, shortener) };
  if (value.datatype === undefined || value.datatype === XSD_STRING)
    return { "@value": value.literal };
  return { "@value": value.literal, "@type": name(value.datatype) };
}

function add(object: JsonObject, key: string, value: unknown): void {
  const existing = object[key];
  if (existing === undefined) object[key] = [value];
  else (existing as unknown[]).push(value);
}

function statementOf(edge: EdgeStatement, index: number, name: Namer, shortener: PrefixShortener) {
  if (edge.annotations.length === 0 && edge.evidence.length === 0) return null;
  const statement: JsonObject = {
    "@id": `_:kg-r${index}`,
    "@type": [name(`${RDF}Statement`)],
    [name(`${RDF}subject`)]: [{ "@id": id(edge.subject, shortener) }],
    [name(`${RDF}predicate`)]: [{ "@id": name(edge.predicate) }],
    [name(`${RDF}object`)]: [{ "@id": id(edge.object, shortener) }],
  };
  for (const [predicate, value] of edge.annotations)
    add(statement, name(predicate), jsonValue(value, name, shortener));
  for (const { quote, source } of edge.evidence) {
    const item: JsonObject = { [name(KG_QUOTE)]: [{ "@value": quote }] };
    if (source) item[name(DCTERMS_SOURCE)] = [{ "@id": id(source, shortener) }];
    add(statement, name(KG_EVIDENCE), item);
  }
  return statement;
}
