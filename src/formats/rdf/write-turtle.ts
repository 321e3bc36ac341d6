// Our graph as Turtle: prefixes, the graph and its sources, one block per node, one line per
// edge, and each edge's evidence on the edge itself, `<< s p o >> kg:evidence [ … ]` (RDF-star,
// read as a reifier by RDF 1.2 tools) or, where star is not wanted, a classic rdf:Statement.

import type { KnowledgeGraph } from "../../model/types.ts";
import {
  type Description,
  type EdgeStatement,
  exportModel,
  type Property,
} from "./export-model.ts";
import { PrefixShortener, RDF, RDF_STATEMENT, RDF_TYPE } from "./rdf-names.ts";
import { DCTERMS_SOURCE, KG_EVIDENCE, KG_QUOTE } from "./rdf-structure.ts";
import { type IriSpeller, prefixedIri, resourceText, valueText } from "./rdf-text.ts";

export type EvidenceForm = "star" | "reified";

export function writeTurtle(graph: KnowledgeGraph, evidence: EvidenceForm = "star"): string {
  const model = exportModel(graph);
  const spell = prefixedIri(new PrefixShortener(model.prefixes));
  const lines: string[] = [];
  for (const [prefix, iri] of Object.entries(model.prefixes))
    lines.push(`@prefix ${prefix}: <${iri}> .`);
  lines.push("");
  for (const description of [model.graph, ...model.sources, ...model.nodes])
    lines.push(describe(description, spell));
  lines.push("");
  for (const edge of model.edges) lines.push(...edgeLines(edge, spell, evidence));
  return `${lines.join("\n")}\n`;
}

function describe({ subject, types, properties }: Description, spell: IriSpeller): string {
  const parts: string[] = [];
  if (types.length > 0) parts.push(`a ${types.map(spell).join(", ")}`);
  parts.push(...propertyTexts(properties, spell));
  return `${resourceText(subject, spell)} ${parts.join(" ;\n    ")} .`;
}

/** `p o1, o2` per predicate, in first-seen order. */
function propertyTexts(properties: readonly Property[], spell: IriSpeller): string[] {
  const grouped = new Map<string, string[]>();
  for (const [predicate, value] of properties) {
    const list = grouped.get(predicate) ?? [];
    list.push(valueText(value, spell));
    grouped.set(predicate, list);
  }
  return [...grouped].map(([predicate, values]) => `${spell(predicate)} ${values.join(", ")}`);
}

function edgeLines(edge: EdgeStatement, spell: IriSpeller, form: EvidenceForm): string[] {
  const triple = `${resourceText(edge.subject, spell)} ${spell(edge.predicate)} ${resourceText(edge.object, spell)}`;
  const lines = [`${triple} .`];
  const parts = propertyTexts(edge.annotations, spell);
  if (edge.evidence.length > 0) {
    const items = edge.evidence.map(({ quote, source }) => {
      const sourcePart = source ? ` ; ${spell(DCTERMS_SOURCE)} ${resourceText(source, spell)}` : "";
      return `[ ${spell(KG_QUOTE)} ${JSON.stringify(quote)}${sourcePart} ]`;
    });
    parts.push(`${spell(KG_EVIDENCE)} ${items.join(",\n        ")}`);
  }
  if (parts.length === 0) return lines;
  if (form === "star") lines.push(`<< ${triple} >> ${parts.join(" ;\n    ")} .`);
  else {
    const statement = [
      `${spell(RDF_TYPE)} ${spell(RDF_STATEMENT)}`,
      `${spell(`${RDF}subject`)} ${resourceText(edge.subject, spell)}`,
      `${spell(`${RDF}predicate`)} ${spell(edge.predicate)}`,
      `${spell(`${RDF}object`)} ${resourceText(edge.object, spell)}`,
    ];
    lines.push(`[] ${[...statement, ...parts].join(" ;\n    ")} .`);
  }
  return lines;
}
