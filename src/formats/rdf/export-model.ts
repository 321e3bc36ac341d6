// The graph as RDF statements, before any syntax: which IRI each node, kind, relation, source
// and attribute gets, which literals describe them, and each edge's evidence. The Turtle,
// N-Triples and JSON-LD writers only format this (mapping documented in docs/rdf.md).

import { evidenceOf } from "../../model/evidence.ts";
import type { KnowledgeGraph } from "../../model/types.ts";
import { dateDatatype } from "./literals.ts";
import { DATE_PREDICATES, DESCRIPTION_PREDICATES, LABEL_PREDICATES } from "./node-values.ts";
import {
  ATTR,
  inNamespace,
  isAbsoluteIri,
  KIND,
  NODE,
  OUR_PREFIXES,
  PrefixShortener,
  RDF_JSON,
  REL,
  SKOS,
  SRC,
  WELL_KNOWN_PREFIXES,
  XSD,
} from "./rdf-names.ts";
import { DCTERMS_TITLE, KG_GRAPH, KG_PATH, KG_SOURCE } from "./rdf-structure.ts";

export type Resource = { iri: string } | { blank: string };
export interface Literal {
  literal: string;
  datatype?: string;
}
export type Value = Resource | Literal;
export type Property = [predicate: string, value: Value];

export interface Description {
  subject: Resource;
  types: string[];
  properties: Property[];
}

export interface EdgeStatement {
  subject: Resource;
  predicate: string;
  object: Resource;
  /** Values of the statement itself: its date and other attributes. */
  annotations: Property[];
  evidence: { quote: string; source: Resource | null }[];
}

export interface RdfExport {
  prefixes: Record<string, string>;
  graph: Description;
  sources: Description[];
  nodes: Description[];
  edges: EdgeStatement[];
}

const NODE_CONTRACT = new Set(["label", "nodeKind", "description", "aliases", "date", "rdf:type"]);
const EDGE_CONTRACT = new Set(["relation", "evidence", "date", "namedGraph"]);
const GRAPH_CONTRACT = new Set(["title", "sources", "prefixes"]);
const DEFAULT_KIND = "node";
const IRI_SAFE = /^[^\s<>"{}|\\^`]*$/;

export function exportModel(graph: KnowledgeGraph): RdfExport {
  const prefixes = filePrefixes(graph.getAttribute("prefixes"));
  const namer = new IriNamer(prefixes);
  const sources = (graph.getAttribute("sources") ?? []).map(
    (source): Description => ({
      subject: { iri: inNamespace(SRC, source.id) },
      types: [KG_SOURCE],
      properties: [
        [DCTERMS_TITLE, { literal: source.title }],
        [KG_PATH, { literal: source.path }],
      ],
    }),
  );
  const graphProperties: Property[] = [];
  const title = graph.getAttribute("title");
  if (typeof title === "string") graphProperties.push([DCTERMS_TITLE, { literal: title }]);
  graphProperties.push(...otherProperties(graph.getAttributes(), GRAPH_CONTRACT, namer));
  const nodes = graph
    .mapNodes((key, attributes) => describeNode(key, attributes, namer, graph.degree(key) > 0))
    .filter((node) => node.types.length > 0 || node.properties.length > 0);
  const edges = graph.mapEdges((_key, attributes, source, target) => {
    const annotations: Property[] = [];
    if (typeof attributes.date === "string")
      annotations.push([DATE_PREDICATES[0], dated(attributes.date)]);
    annotations.push(...otherProperties(attributes, EDGE_CONTRACT, namer));
    return {
      subject: nodeResource(source),
      predicate: namer.iri(attributes.relation, REL),
      object: nodeResource(target),
      annotations,
      evidence: evidenceOf(attributes.evidence).map(({ quote, source: id }) => ({
        quote,
        source: id === "" ? null : { iri: inNamespace(SRC, id) },
      })),
    };
  });
  return {
    prefixes: { ...WELL_KNOWN_PREFIXES, ...prefixes, ...OUR_PREFIXES },
    graph: { subject: { blank: "kg-graph" }, types: [KG_GRAPH], properties: graphProperties },
    sources,
    nodes,
    edges,
  };
}

function describeNode(
  key: string,
  attributes: Record<string, unknown>,
  namer: IriNamer,
  isLinked: boolean,
): Description {
  const properties: Property[] = [];
  const label = String(attributes.label ?? key);
  // A label the reader made up from the IRI (`ex:anna`) is not written: it would come back anyway.
  const isMadeUp = label === key || label === namer.shorten(key);
  if (!(isMadeUp && (isAbsoluteIri(key) || key.startsWith("_:"))))
    properties.push([LABEL_PREDICATES[0], { literal: label }]);
  for (const alias of Array.isArray(attributes.aliases) ? attributes.aliases : [])
    properties.push([`${SKOS}altLabel`, { literal: String(alias) }]);
  if (typeof attributes.description === "string" && attributes.description !== "")
    properties.push([DESCRIPTION_PREDICATES[0], { literal: attributes.description }]);
  if (typeof attributes.date === "string")
    properties.push([DATE_PREDICATES[0], dated(attributes.date)]);
  properties.push(...otherProperties(attributes, NODE_CONTRACT, namer));
  const stated = attributes["rdf:type"];
  const kind = String(attributes.nodeKind ?? DEFAULT_KIND);
  let types: string[];
  if (Array.isArray(stated)) types = stated.map(String);
  else types = kind === DEFAULT_KIND ? [] : [namer.iri(kind, KIND)];
  // An unlinked node with nothing to say would vanish from the file: it keeps its label.
  if (types.length === 0 && properties.length === 0 && !isLinked)
    properties.push([LABEL_PREDICATES[0], { literal: label }]);
  return { subject: nodeResource(key), types, properties };
}

/** A node key as a resource: blank nodes stay blank, IRIs stay, other keys go under `node:`. */
export function nodeResource(key: string): Resource {
  if (/^_:[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(key)) return { blank: key.slice(2) };
  if (isAbsoluteIri(key)) return { iri: key };
  return { iri: inNamespace(NODE, key) };
}

function dated(date: string): Literal {
  const datatype = dateDatatype(date);
  return datatype ? { literal: date, datatype } : { literal: date };
}

function otherProperties(
  attributes: Record<string, unknown>,
  skip: ReadonlySet<string>,
  namer: IriNamer,
): Property[] {
  const properties: Property[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name) || value === undefined || value === null) continue;
    const predicate = namer.iri(name, ATTR);
    // Several plain values or resources are several triples (they read back as this list).
    const isSpread = Array.isArray(value) && value.length > 1 && value.every(isSpreadable);
    for (const item of isSpread ? (value as unknown[]) : [value])
      properties.push([predicate, toValue(item)]);
  }
  return properties;
}

/** Text as plain literals, numbers and booleans typed, `{"@id"}` as a resource, others as JSON. */
function toValue(value: unknown): Value {
  if (typeof value === "string") return { literal: value };
  if (typeof value === "number" && Number.isFinite(value)) {
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 53)
      return { literal: String(value), datatype: `${XSD}integer` };
    return { literal: decimalText(value), datatype: `${XSD}decimal` };
  }
  if (typeof value === "boolean") return { literal: String(value), datatype: `${XSD}boolean` };
  if (isIdValue(value)) {
    const id = value["@id"];
    return id.startsWith("_:") ? { blank: id.slice(2) } : { iri: id };
  }
  return { literal: JSON.stringify(value) ?? "null", datatype: RDF_JSON };
}

/**
 * A number as an exact xsd:decimal: JavaScript's shortest round-trip digits with the exponent
 * spelled out (1e-7 -> 0.0000001). xsd:double would do, but jsonld.js rounds doubles to 16 digits.
 */
export function decimalText(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text.includes(".") ? text : `${text}.0`;
  const [, sign, whole, fraction = "", exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function isSpreadable(item: unknown): boolean {
  return ["string", "number", "boolean"].includes(typeof item) || isIdValue(item);
}

function isIdValue(value: unknown): value is { "@id": string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && typeof (value as Record<string, unknown>)["@id"] === "string";
}

function filePrefixes(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  const prefixes: Record<string, string> = {};
  for (const [prefix, iri] of Object.entries(value as Record<string, unknown>)) {
    if (typeof iri === "string" && /^[A-Za-z]?[\w.-]*$/.test(prefix) && !(prefix in OUR_PREFIXES))
      prefixes[prefix] = iri;
  }
  return prefixes;
}

/** Names (kinds, relations, attribute names) to IRIs: a prefixed name expands, else a namespace. */
class IriNamer {
  private readonly known: Record<string, string>;

  private readonly shortener: PrefixShortener;

  constructor(filePrefixes: Record<string, string>) {
    this.known = { ...WELL_KNOWN_PREFIXES, ...filePrefixes, ...OUR_PREFIXES };
    this.shortener = new PrefixShortener(this.known);
  }

  shorten(iri: string): string | null {
    return this.shortener.shorten(iri);
  }

  iri(name: string, namespace: string): string {
    const colon = name.indexOf(":");
    if (colon !== -1) {
      const prefix = name.slice(0, colon);
      const namespaceOfPrefix = this.known[prefix];
      const local = name.slice(colon + 1);
      if (namespaceOfPrefix !== undefined && !local.startsWith("//") && IRI_SAFE.test(local))
        return namespaceOfPrefix + local;
      if (isAbsoluteIri(name)) return name;
    }
    return inNamespace(namespace, name);
  }
}
