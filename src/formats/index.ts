// The formats layer's public face: write a graph as JSON, GEXF, GraphML or CSV, draw a scene as
// SVG, and open users' graph files. Everything here is pure, for the app, a worker and the CLI.
import type { KnowledgeGraph } from "../model/types.ts";
import { writeCsv } from "./csv-write.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { writeJson } from "./json.ts";
import { writeJsonLd } from "./rdf/write-jsonld.ts";
import { writeNTriples } from "./rdf/write-ntriples.ts";
import { type EvidenceForm, writeTurtle } from "./rdf/write-turtle.ts";

export type ExportFormat = "json" | "gexf" | "graphml" | "ttl" | "nt" | "jsonld";
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  "json",
  "gexf",
  "graphml",
  "ttl",
  "nt",
  "jsonld",
];
export type { EvidenceForm };

/** File extension and MIME type per format, for downloads. */
export const EXPORT_FILE_TYPES: Record<
  ExportFormat | "csv" | "svg",
  { extension: string; mime: string }
> = {
  json: { extension: "json", mime: "application/json" },
  gexf: { extension: "gexf", mime: "application/xml" },
  graphml: { extension: "graphml", mime: "application/xml" },
  ttl: { extension: "ttl", mime: "text/turtle" },
  nt: { extension: "nt", mime: "application/n-triples" },
  jsonld: { extension: "jsonld", mime: "application/ld+json" },
  csv: { extension: "csv", mime: "text/csv" },
  svg: { extension: "svg", mime: "image/svg+xml" },
};

export interface SerialiseOptions {
  /** How Turtle and N-Triples attach evidence: RDF-star (default) or rdf:Statement. */
  evidence?: EvidenceForm;
}

export function serialise(
  graph: KnowledgeGraph,
  format: ExportFormat,
  options: SerialiseOptions = {},
): string {
  if (format === "json") return writeJson(graph);
  if (format === "gexf") return writeGexf(graph);
  if (format === "ttl") return writeTurtle(graph, options.evidence);
  if (format === "nt") return writeNTriples(graph, options.evidence);
  if (format === "jsonld") return writeJsonLd(graph);
  return writeGraphml(graph);
}

/** Two tables: nodes.csv and edges.csv. */
export function serialiseCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  return writeCsv(graph);
}

export { decodeList, encodeList, LIST_SEPARATOR } from "./csv-columns.ts";
export {
  formatImportError,
  type GraphFile,
  type ImportError,
  type ImportFormat,
  MAX_IMPORT_BYTES,
  type ParseResult,
} from "./import-types.ts";
export { type ParseOptions, parseGraphFile } from "./parse-graph-file.ts";
export { type ReadOptions, readGraphFiles } from "./read-graph-files.ts";
export { renderSvg, type SvgEdge, type SvgNode, type SvgScene } from "./svg.ts";
