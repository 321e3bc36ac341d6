// The RDF-to-graph mapping (docs/rdf.md): resources linked to other resources become nodes,
// literals their attributes, rdf:type their kind, each resource-to-resource triple an edge named
// by its predicate. Reifiers (RDF 1.2 / RDF-star `<< s p o >>`, or rdf:Statement) carry an edge's
// evidence and other values; our graph and source resources become graph attributes.
import type { RawEdge, RawGraph, RawNode } from "../normalise.ts";
import { type NamingContext, nodeValues } from "./node-values.ts";
import type { QuadIndex, ResourceTriple } from "./quad-index.ts";
import { NODE, REL, stripNamespace } from "./rdf-names.ts";
import { graphResources, kindOf, readReifiers, type Structure } from "./rdf-structure.ts";

export interface QuadsToGraphResult {
  raw: RawGraph;
  warnings: string[];
}

const NO_PLACE = () => ({});

export function quadsToGraph(
  index: QuadIndex,
  prefixes: Readonly<Record<string, string>>,
  context: NamingContext,
): QuadsToGraphResult {
  const warnings: string[] = [];
  const structure = graphResources(index, context);
  const nodeKeys = new Map<string, string>();
  const nodes: RawNode[] = [];
  const addNode = (id: string) => {
    if (nodeKeys.has(id)) return;
    nodeKeys.set(id, nodeKey(id));
    nodes.push({ key: nodeKey(id), attributes: nodeAttributes(id, index, context) });
  };

  const kept = index.triples.filter((triple) => !structure.ids.has(triple.subject));
  const linked = new Set<string>();
  for (const { subject, object } of kept) {
    linked.add(subject);
    linked.add(object);
  }
  let unlinked = 0;
  for (const id of index.seen) {
    if (structure.ids.has(id) && !linked.has(id)) continue;
    if (!linked.has(id)) {
      // Only a described resource stands alone: not one merely named by a reifier, nor a class.
      const isDescribed = index.literals.has(id) || index.types.has(id);
      if (!isDescribed || (index.classes.has(id) && !index.types.has(id))) continue;
      unlinked++;
    }
    addNode(id);
  }
  if (unlinked > 0)
    warnings.push(
      `resources with values but no link to another resource shown unlinked (${unlinked}×)`,
    );

  const edges = keptEdges(kept, structure, context);
  const reified = readReifiers(index, structure, context);
  for (const [triple, extra] of reified.byTriple) {
    let edge = edges.byTriple.get(triple);
    if (!edge) {
      const [subject, predicate, object] = triple.split("\n");
      addNode(subject);
      addNode(object);
      edge = newEdge({ subject, predicate, object, graph: "" }, context);
      edges.list.push(edge);
      edges.byTriple.set(triple, edge);
      reified.unasserted++;
    }
    mergeInto(edge, extra.attributes, extra.evidence);
  }
  for (const edge of edges.list) {
    edge.source = nodeKeys.get(edge.source as string) ?? nodeKey(edge.source as string);
    edge.target = nodeKeys.get(edge.target as string) ?? nodeKey(edge.target as string);
  }
  warnings.push(...structureWarnings(index, reified));

  const attributes: Record<string, unknown> = { ...structure.graphAttributes };
  const sources = [...structure.sources.values()];
  if (sources.length > 0) attributes.sources = sources;
  const declared = Object.fromEntries(Object.entries(prefixes).filter(([, iri]) => iri !== ""));
  if (Object.keys(declared).length > 0) attributes.prefixes = declared;
  return {
    raw: { attributes, nodes, edges: edges.list, placeOfNode: NO_PLACE, placeOfEdge: NO_PLACE },
    warnings,
  };
}

/** Node keys: `china` for our `node:china`, `_:b1` for blank nodes, else the IRI itself. */
export function nodeKey(id: string): string {
  return stripNamespace(id, NODE) ?? id;
}

function nodeAttributes(id: string, index: QuadIndex, context: NamingContext) {
  const values = nodeValues(index.literals.get(id) ?? [], context);
  const kind = kindOf(index.types.get(id) ?? [], index, context);
  if (kind.nodeKind !== null) values.nodeKind = kind.nodeKind;
  if (kind.allTypes !== null) values["rdf:type"] = kind.allTypes;
  if (values.label === undefined) values.label = shortName(id, context);
  return values;
}

function shortName(id: string, context: NamingContext): string {
  const key = nodeKey(id);
  if (key !== id || id.startsWith("_:")) return key;
  return context.shortener.shorten(id) ?? id;
}

interface EdgeList {
  list: RawEdge[];
  byTriple: Map<string, RawEdge>;
}

function keptEdges(kept: readonly ResourceTriple[], structure: Structure, context: NamingContext) {
  const edges: EdgeList = { list: [], byTriple: new Map() };
  for (const triple of kept) {
    const edge = newEdge(triple, context);
    if (triple.graph !== "") {
      (edge.attributes as Record<string, unknown>).namedGraph =
        structure.sources.get(triple.graph)?.id ?? triple.graph;
    }
    edges.list.push(edge);
    const key = `${triple.subject}\n${triple.predicate}\n${triple.object}`;
    if (!edges.byTriple.has(key)) edges.byTriple.set(key, edge);
  }
  return edges;
}

function newEdge(triple: ResourceTriple, context: NamingContext): RawEdge {
  const relation =
    stripNamespace(triple.predicate, REL) ??
    context.shortener.shorten(triple.predicate) ??
    triple.predicate;
  return {
    source: triple.subject,
    target: triple.object,
    attributes: { relation, evidence: [] },
  };
}

function mergeInto(edge: RawEdge, values: Record<string, unknown>, evidence: unknown[]): void {
  const attributes = edge.attributes as Record<string, unknown>;
  (attributes.evidence as unknown[]).push(...evidence);
  for (const [name, value] of Object.entries(values)) {
    if (!(name in attributes)) attributes[name] = value;
  }
}

function structureWarnings(
  index: QuadIndex,
  reified: { unasserted: number; aboutLiterals: number },
): string[] {
  const warnings: string[] = [];
  const { lists, tripleTermsElsewhere, literalSubjects } = index.counts;
  if (lists > 0) warnings.push(`RDF lists kept as rdf:first/rdf:rest chains (${lists} items)`);
  if (reified.unasserted > 0)
    warnings.push(
      `reified statements not asserted in the file added as edges (${reified.unasserted}×)`,
    );
  if (reified.aboutLiterals > 0)
    warnings.push(
      `statements about literal values (not edges) left out (${reified.aboutLiterals}×)`,
    );
  if (tripleTermsElsewhere > 0)
    warnings.push(`triple terms outside rdf:reifies left out (${tripleTermsElsewhere}×)`);
  if (literalSubjects > 0)
    warnings.push(`triples with a literal as subject left out (${literalSubjects}×)`);
  return warnings;
}
