// GEXF, Gephi's format: written through graphology-gexf's writer (GEXF 1.3, typed attributes,
// viz position/size/colour) and read through its parser after our own checks of the skeleton.
// Lists (aliases, evidence) and the graph's `sources` travel as one JSON-encoded string each.
import Graph from "graphology";
import writeGexfDocument from "graphology-gexf/browser/writer.js";
import createGexfParser from "graphology-gexf/common/parser.js";
import type { KnowledgeGraph } from "../model/types.ts";
import type { GraphFile } from "./import-types.ts";
import type { RawResult } from "./normalise.ts";
import { parserPerDocumentClass, readWithLibrary } from "./xml-library-read.ts";
import { readXmlGraph, type XmlReadOptions } from "./xml-structure.ts";
import { encodeXmlValue, xmlSafe } from "./xml-text.ts";

type Attributes = Record<string, unknown>;

/** Graph attributes become <meta> child elements, so their names must be plain XML names. */
const META_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Attributes GEXF carries as <viz:*> elements rather than as declared attributes. */
const VIZ_NUMBERS = new Set(["x", "y", "z", "size", "thickness"]);
const VIZ_COLOR =
  /^\s*(#[0-9a-f]{3}|#[0-9a-f]{6}|rgba?\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*(,\s*[.\d]+\s*)?\))\s*$/i;

export function writeGexf(graph: KnowledgeGraph): string {
  // The writer reads graph attributes itself and skips lists; a copy carries them encoded.
  const copy = graph.copy();
  const meta: Attributes = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (!META_NAME.test(name)) continue;
    const encoded = encodeXmlValue(value);
    if (encoded !== undefined) meta[name] = encoded;
  }
  copy.replaceAttributes(meta);
  return writeGexfDocument(copy, {
    version: "1.3",
    formatNode: (_key, attributes) => formatElement(attributes, false),
    formatEdge: (_key, attributes) => formatElement(attributes, true),
  });
}

function formatElement(attributes: Attributes, isEdge: boolean) {
  const output: {
    label?: string;
    weight?: number;
    kind?: string;
    viz: Attributes;
    attributes: Attributes;
  } = { viz: {}, attributes: {} };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "label" && typeof value === "string") output.label = xmlSafe(value);
    else if (isEdge && name === "weight" && typeof value === "number") output.weight = value;
    else if (isEdge && name === "kind" && typeof value === "string") output.kind = xmlSafe(value);
    else if (VIZ_NUMBERS.has(name) && typeof value === "number" && Number.isFinite(value)) {
      output.viz[name] = value;
    } else if (name === "color" && typeof value === "string" && VIZ_COLOR.test(value)) {
      output.viz.color = value.trim();
    } else {
      const encoded = encodeXmlValue(value);
      if (encoded !== undefined) output.attributes[name] = encoded;
    }
  }
  return output;
}

const gexfParser = parserPerDocumentClass((documentClass) => createGexfParser(null, documentClass));

export function readGexf(file: GraphFile, options: XmlReadOptions = {}): RawResult {
  // Gephi writes the viz namespace as "http:///www.gexf.net/1.1draft/viz" (three slashes), which
  // is not a valid URI; it is repaired so a parser that checks namespace URIs accepts the file.
  const text = file.text.replace(/xmlns:viz="http:\/\/\//, 'xmlns:viz="http://');
  const xml = readXmlGraph(text, file.name, "GEXF", options);
  if (!xml.ok) return xml;
  const parse = gexfParser(xml.documentClass);
  return readWithLibrary(
    file,
    () =>
      parse(Graph, xml.document, {
        allowUndeclaredAttributes: true,
        addMissingNodes: options.addMissingNodes === true,
      }),
    { format: "GEXF", edgeIds: xml.skeleton.edgeIds, nodeElements: xml.skeleton.nodeElements },
  );
}
