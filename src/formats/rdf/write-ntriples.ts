// Our graph as N-Triples, one triple a line with full IRIs, for bulk loaders. Evidence hangs on
// a reifier of each edge: RDF 1.2 `_:r rdf:reifies <<( s p o )>>` (N-Triples-star), or a classic
// rdf:Statement that every triple store reads.
import type { KnowledgeGraph } from "../../model/types.ts";
import {
  type Description,
  type EdgeStatement,
  exportModel,
  type Resource,
} from "./export-model.ts";
import {
  RDF_OBJECT,
  RDF_PREDICATE,
  RDF_REIFIES,
  RDF_STATEMENT,
  RDF_SUBJECT,
  RDF_TYPE,
} from "./rdf-names.ts";
import { DCTERMS_SOURCE, KG_EVIDENCE, KG_QUOTE } from "./rdf-structure.ts";
import { fullIri, quoted, resourceText, valueText } from "./rdf-text.ts";
import type { EvidenceForm } from "./write-turtle.ts";

export function writeNTriples(graph: KnowledgeGraph, evidence: EvidenceForm = "star"): string {
  const model = exportModel(graph);
  const lines: string[] = [];
  for (const description of [model.graph, ...model.sources, ...model.nodes])
    describe(description, lines);
  model.edges.forEach((edge, index) => {
    edgeLines(edge, index, evidence, lines);
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

const term = (resource: Resource) => resourceText(resource, fullIri);

function describe({ subject, types, properties }: Description, lines: string[]): void {
  const s = term(subject);
  for (const type of types) lines.push(`${s} ${fullIri(RDF_TYPE)} ${fullIri(type)} .`);
  for (const [predicate, value] of properties)
    lines.push(`${s} ${fullIri(predicate)} ${valueText(value, fullIri)} .`);
}

function edgeLines(edge: EdgeStatement, index: number, form: EvidenceForm, lines: string[]): void {
  const [s, p, o] = [term(edge.subject), fullIri(edge.predicate), term(edge.object)];
  lines.push(`${s} ${p} ${o} .`);
  if (edge.annotations.length === 0 && edge.evidence.length === 0) return;
  const reifier = `_:kg-r${index}`;
  if (form === "star") lines.push(`${reifier} ${fullIri(RDF_REIFIES)} <<( ${s} ${p} ${o} )>> .`);
  else {
    lines.push(`${reifier} ${fullIri(RDF_TYPE)} ${fullIri(RDF_STATEMENT)} .`);
    lines.push(`${reifier} ${fullIri(RDF_SUBJECT)} ${s} .`);
    lines.push(`${reifier} ${fullIri(RDF_PREDICATE)} ${p} .`);
    lines.push(`${reifier} ${fullIri(RDF_OBJECT)} ${o} .`);
  }
  for (const [predicate, value] of edge.annotations)
    lines.push(`${reifier} ${fullIri(predicate)} ${valueText(value, fullIri)} .`);
  edge.evidence.forEach(({ quote, source }, item) => {
    const node = `_:kg-e${index}x${item}`;
    lines.push(`${reifier} ${fullIri(KG_EVIDENCE)} ${node} .`);
    lines.push(`${node} ${fullIri(KG_QUOTE)} ${quoted(quote)} .`);
    if (source) lines.push(`${node} ${fullIri(DCTERMS_SOURCE)} ${term(source)} .`);
  });
}
