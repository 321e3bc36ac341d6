// The resources that describe the graph rather than belong to it: reifiers (what an edge's
// evidence hangs on), evidence items, our kg:Graph and kg:Source resources and named graphs.
// Also the node kind among several types: the most specific one the file states.
import type { EvidenceItem, SourceDocument } from "../../model/types.ts";
import { bestLiteral } from "./literals.ts";
import { attributeName, kindName, type NamingContext, otherValues } from "./node-values.ts";
import type { LiteralValue, QuadIndex, ReifiedTriple } from "./quad-index.ts";
import {
  DCTERMS,
  KG,
  KIND,
  RDF_OBJECT,
  RDF_PREDICATE,
  RDF_SUBJECT,
  SRC,
  stripNamespace,
} from "./rdf-names.ts";

export const KG_GRAPH = `${KG}Graph`;
export const KG_SOURCE = `${KG}Source`;
export const KG_EVIDENCE = `${KG}evidence`;
export const KG_QUOTE = `${KG}quote`;
export const KG_PATH = `${KG}path`;
export const DCTERMS_TITLE = `${DCTERMS}title`;
export const DCTERMS_SOURCE = `${DCTERMS}source`;
export const DCTERMS_DATE = `${DCTERMS}date`;

export interface Structure {
  /** Every resource that is not a node of the graph. */
  ids: Set<string>;
  reifiers: Map<string, ReifiedTriple>;
  /** Resource-valued properties of those resources. */
  links: Map<string, [predicate: string, object: string][]>;
  sources: Map<string, SourceDocument>;
  graphAttributes: Record<string, unknown>;
}

export function graphResources(index: QuadIndex, context: NamingContext): Structure {
  const reifiers = index.allReifiers();
  const ids = new Set<string>(reifiers.keys());
  for (const triple of index.triples) {
    if (triple.predicate === KG_EVIDENCE && reifiers.has(triple.subject)) ids.add(triple.object);
  }
  const graphs: string[] = [];
  const sourceIds = new Set(index.namedGraphs);
  for (const [id, types] of index.types) {
    if (types.includes(KG_GRAPH)) graphs.push(id);
    if (types.includes(KG_SOURCE)) sourceIds.add(id);
  }
  for (const id of [...graphs, ...sourceIds]) ids.add(id);

  const links = new Map<string, [string, string][]>();
  for (const { subject, predicate, object } of index.triples) {
    if (!ids.has(subject)) continue;
    const list = links.get(subject);
    if (list) list.push([predicate, object]);
    else links.set(subject, [[predicate, object]]);
  }
  const sources = new Map<string, SourceDocument>();
  for (const id of sourceIds) sources.set(id, sourceDocument(id, index, context));

  const graphAttributes: Record<string, unknown> = {};
  for (const id of graphs) {
    const pairs = index.literals.get(id) ?? [];
    const title = pairs.find(([predicate]) => predicate === DCTERMS_TITLE)?.[1];
    if (title && graphAttributes.title === undefined) graphAttributes.title = title.value;
    Object.assign(graphAttributes, otherValues(pairs, new Set(title ? [title] : []), context));
  }
  return { ids, reifiers, links, sources, graphAttributes };
}

function sourceDocument(id: string, index: QuadIndex, context: NamingContext): SourceDocument {
  const pairs = index.literals.get(id) ?? [];
  const titles = pairs
    .filter(([predicate]) => predicate === DCTERMS_TITLE)
    .map(([, literal]) => ({ rank: 0, literal }));
  const title = bestLiteral(titles, context.language)?.literal.value;
  const path = pairs.find(([predicate]) => predicate === KG_PATH)?.[1].value;
  const key = stripNamespace(id, SRC) ?? id;
  return { id: key, title: title ?? context.shortener.shorten(id) ?? key, path: path ?? "" };
}

export interface ReifiedValues {
  evidence: EvidenceItem[];
  attributes: Record<string, unknown>;
}

/** What the file says about each reified triple, keyed `subject\npredicate\nobject`. */
export function readReifiers(index: QuadIndex, structure: Structure, context: NamingContext) {
  const byTriple = new Map<string, ReifiedValues>();
  let aboutLiterals = 0;
  for (const [id, triple] of structure.reifiers) {
    if (typeof triple.object !== "string") {
      aboutLiterals++;
      continue;
    }
    const key = `${triple.subject}\n${triple.predicate}\n${triple.object}`;
    let values = byTriple.get(key);
    if (!values) {
      values = { evidence: [], attributes: {} };
      byTriple.set(key, values);
    }
    readReifier(id, values, index, structure, context);
  }
  return { byTriple, unasserted: 0, aboutLiterals };
}

const PARTS = new Set([RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT]);

function readReifier(
  id: string,
  values: ReifiedValues,
  index: QuadIndex,
  structure: Structure,
  context: NamingContext,
): void {
  const pairs = (index.literals.get(id) ?? []).filter(([predicate]) => !PARTS.has(predicate));
  const date = pairs.find(([predicate]) => predicate === DCTERMS_DATE)?.[1];
  if (date && values.attributes.date === undefined) values.attributes.date = date.value;
  const used = new Set<LiteralValue>(date ? [date] : []);
  Object.assign(values.attributes, otherValues(pairs, used, context));
  for (const [predicate, object] of structure.links.get(id) ?? []) {
    if (PARTS.has(predicate)) continue;
    if (predicate === KG_EVIDENCE) {
      values.evidence.push(evidenceItem(object, index, structure));
      continue;
    }
    const name = attributeName(predicate, context);
    const existing = values.attributes[name];
    const value = { "@id": object };
    if (existing === undefined) values.attributes[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else values.attributes[name] = [existing, value];
  }
}

function evidenceItem(id: string, index: QuadIndex, structure: Structure): EvidenceItem {
  const quote = (index.literals.get(id) ?? []).find(([predicate]) => predicate === KG_QUOTE);
  const source = (structure.links.get(id) ?? []).find(
    ([predicate]) => predicate === DCTERMS_SOURCE,
  )?.[1];
  const sourceId =
    source === undefined
      ? ""
      : (structure.sources.get(source)?.id ?? stripNamespace(source, SRC) ?? source);
  return { quote: quote?.[1].value ?? "", source: sourceId };
}

/**
 * A node's kind from its types: the most specific one (no other stated type is its subclass),
 * first in file order. All types are kept in `rdf:type` unless the kind alone says them.
 */
export function kindOf(types: readonly string[], index: QuadIndex, context: NamingContext) {
  if (types.length === 0) return { nodeKind: null, allTypes: null };
  const specific = types.filter(
    (type) => !types.some((other) => other !== type && isSubClassOf(other, type, index)),
  );
  const chosen = specific[0] ?? types[0];
  const nodeKind = kindName(chosen, context);
  const saysAll = types.length === 1 && chosen.startsWith(KIND);
  return { nodeKind, allTypes: saysAll ? null : [...types] };
}

function isSubClassOf(sub: string, sup: string, index: QuadIndex): boolean {
  const seen = new Set<string>();
  const stack = [sub];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const parent of index.superClasses.get(current) ?? []) {
      if (parent === sup) return true;
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  return false;
}
