// GraphML: our own writer (graphology-graphml only parses) with a typed <key> per attribute, and
// graphology-graphml's parser for reading, after our checks. Lists travel as JSON strings.
import Graph from "graphology";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { KnowledgeGraph } from "../model/types.ts";
import type { GraphFile } from "./import-types.ts";
import type { RawResult } from "./normalise.ts";
import { parserPerDocumentClass, readWithLibrary } from "./xml-library-read.ts";
import { readXmlGraph, type XmlReadOptions } from "./xml-structure.ts";
import { encodeXmlValue, escapeXmlAttribute, escapeXmlText } from "./xml-text.ts";

type Domain = "graph" | "node" | "edge";
type KeyType = "boolean" | "int" | "long" | "double" | "string";
interface KeyDeclaration {
  id: string;
  type: KeyType;
}

const INT_32 = 2 ** 31 - 1;

export function writeGraphml(graph: KnowledgeGraph): string {
  let nextId = 0;
  const declare = (domain: Domain, elements: Iterable<Record<string, unknown>>) => {
    const types = new Map<string, KeyType>();
    for (const attributes of elements) {
      for (const [name, value] of Object.entries(attributes)) {
        const type = typeOf(value);
        if (type === null) continue;
        const known = types.get(name);
        types.set(name, known === undefined ? type : widen(known, type));
      }
    }
    const keys = new Map<string, KeyDeclaration>();
    for (const [name, type] of types) keys.set(name, { id: `d${nextId++}`, type });
    return { domain, keys };
  };
  const graphKeys = declare("graph", [graph.getAttributes()]);
  const nodeKeys = declare(
    "node",
    graph.mapNodes((_key, attributes) => attributes),
  );
  const edgeKeys = declare(
    "edge",
    graph.mapEdges((_key, attributes) => attributes),
  );

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const { domain, keys } of [graphKeys, nodeKeys, edgeKeys]) {
    for (const [name, key] of keys) {
      lines.push(
        `  <key id="${key.id}" for="${domain}" attr.name="${escapeXmlAttribute(name)}" attr.type="${key.type}"/>`,
      );
    }
  }
  // Graph-level <data> must come first inside <graph>: that is where parsers look for it.
  lines.push('  <graph edgedefault="directed">');
  const graphData = dataOf(graphKeys.keys, graph.getAttributes());
  if (graphData) lines.push(`    ${graphData}`);
  // One line per node and per edge: readable, and half the DOM nodes for a parser to build.
  graph.forEachNode((key, attributes) => {
    lines.push(
      `    <node id="${escapeXmlAttribute(key)}">${dataOf(nodeKeys.keys, attributes)}</node>`,
    );
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const ends = `source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    lines.push(
      `    <edge id="${escapeXmlAttribute(key)}" ${ends}>${dataOf(edgeKeys.keys, attributes)}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function dataOf(keys: Map<string, KeyDeclaration>, attributes: Record<string, unknown>): string {
  let data = "";
  for (const [name, value] of Object.entries(attributes)) {
    const key = keys.get(name);
    const encoded = encodeXmlValue(value);
    if (!key || encoded === undefined) continue;
    data += `<data key="${key.id}">${escapeXmlText(String(encoded))}</data>`;
  }
  return data;
}

function typeOf(value: unknown): KeyType | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (!Number.isInteger(value)) return "double";
    return Math.abs(value) <= INT_32 ? "int" : "long";
  }
  return "string";
}

/** One type per key: numbers widen int -> long -> double; anything mixed becomes text. */
function widen(a: KeyType, b: KeyType): KeyType {
  if (a === b) return a;
  const numeric: KeyType[] = ["int", "long", "double"];
  if (numeric.includes(a) && numeric.includes(b)) {
    return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))];
  }
  return "string";
}

const graphmlParser = parserPerDocumentClass((documentClass) =>
  createGraphmlParser(null, documentClass),
);

export function readGraphml(file: GraphFile, options: XmlReadOptions = {}): RawResult {
  const xml = readXmlGraph(file.text, file.name, "GraphML", options);
  if (!xml.ok) return xml;
  const { graphElement, edgeElements, edgeIds } = xml.skeleton;

  // Direction is read here, and the library is then handed an all-directed document: its
  // mixed-graph upgrade copies the whole graph once per edge, quadratic on mixed files.
  const undirectedByDefault = graphElement.getAttribute("edgedefault") !== "directed";
  const undirected = edgeElements.map((edge) => {
    const directed = edge.getAttribute("directed");
    edge.removeAttribute("directed");
    return directed === null ? undirectedByDefault : directed !== "true";
  });
  graphElement.setAttribute("edgedefault", "directed");
  prepareKeys(xml.document);

  const parse = graphmlParser(xml.documentClass);
  const warnings =
    xml.document.getElementsByTagName("hyperedge").length > 0
      ? ["hyperedges ignored: only edges between two nodes are read"]
      : [];
  const addMissingNodes = options.addMissingNodes === true;
  return readWithLibrary(file, () => parse(Graph, xml.document, { addMissingNodes }), {
    format: "GraphML",
    edgeIds,
    nodeElements: xml.skeleton.nodeElements,
    isUndirected: (edgeIndex) => undirected[edgeIndex],
    warnings,
  });
}

const KEY_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);
const DOMAINS = new Set(["graph", "node", "edge"]);

/**
 * Makes <key> declarations safe for the library parser, which crashes on keys for "all" or for
 * ports, on types it does not know and on keys without attr.name.
 */
function prepareKeys(document: Document): void {
  for (const key of Array.from(document.getElementsByTagName("key"))) {
    if (!key.getAttribute("attr.name")) key.setAttribute("attr.name", key.getAttribute("id") ?? "");
    if (!KEY_TYPES.has(key.getAttribute("attr.type") ?? "string"))
      key.setAttribute("attr.type", "string");
    const domain = key.getAttribute("for") ?? "node";
    if (domain === "all") {
      for (const each of DOMAINS) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute("for", each);
        key.parentNode?.insertBefore(copy, key);
      }
    }
    if (!DOMAINS.has(domain)) key.parentNode?.removeChild(key);
  }
}
