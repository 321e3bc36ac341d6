// GEXF and GraphML share their skeleton: a root, a <graph>, <node id> and <edge source target>.
// Checking it on the DOM first gives errors with line numbers, before a library parser throws.
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";
import { type ImportError, importError } from "./import-types.ts";
import { lineOf, parseXml } from "./xml-document.ts";

export interface XmlSkeleton {
  graphElement: Element;
  nodeElements: Element[];
  edgeElements: Element[];
  /** Ids written on edges; edges without one get a derived key. */
  edgeIds: Set<string>;
}

export type SkeletonResult =
  | { ok: true; skeleton: XmlSkeleton }
  | { ok: false; error: ImportError };

export type XmlReadResult =
  | { ok: true; document: Document; documentClass: typeof Document; skeleton: XmlSkeleton }
  | { ok: false; error: ImportError };

/** Parses and checks a GEXF or GraphML text; an error names its line where the parser can. */
export function readXmlGraph(
  text: string,
  file: string,
  format: "GEXF" | "GraphML",
  options: XmlReadOptions = {},
): XmlReadResult {
  const xml = parseXml(text);
  if (!xml.ok) {
    return {
      ok: false,
      error: importError(
        file,
        xml.place,
        `malformed XML: ${xml.message}`,
        `check the file is complete and was saved as ${format}`,
      ),
    };
  }
  const checked = checkXmlSkeleton(xml.document, file, format, options);
  if (checked.ok) {
    return {
      ok: true,
      document: xml.document,
      documentClass: xml.documentClass,
      skeleton: checked.skeleton,
    };
  }
  if (xml.engine === "xmldom") {
    // Parsed without line numbers for speed; parse again with them to say where the problem is.
    const located = parseXml(text, { lines: true });
    if (located.ok) {
      const again = checkXmlSkeleton(located.document, file, format, options);
      if (!again.ok) return again;
    }
  }
  return checked;
}

export interface XmlReadOptions {
  /** Edges may name nodes the file does not list: they are created later, not refused here. */
  addMissingNodes?: boolean;
}

type SkeletonFailure = Extract<SkeletonResult, { ok: false }>;
type Fail = (
  element: Element | undefined,
  path: string,
  message: string,
  fix?: string,
) => SkeletonFailure;

function isFailure(value: unknown): value is SkeletonFailure {
  return (value as Partial<SkeletonFailure>).ok === false;
}

export function checkXmlSkeleton(
  document: Document,
  file: string,
  format: "GEXF" | "GraphML",
  options: XmlReadOptions = {},
): SkeletonResult {
  const fail: Fail = (element, path, message, fix) => ({
    ok: false as const,
    error: importError(file, { ...lineOf(element), path }, message, fix),
  });
  const graphElement = checkRoot(document, format, fail);
  if (isFailure(graphElement)) return graphElement;
  const nodeElements = Array.from(document.getElementsByTagName("node"));
  const nodes = checkNodes(nodeElements, fail);
  if (isFailure(nodes)) return nodes;
  const edgeElements = Array.from(document.getElementsByTagName("edge"));
  const edgeIds = checkEdges(edgeElements, nodes, options, fail);
  if (isFailure(edgeIds)) return edgeIds;
  return { ok: true, skeleton: { graphElement, nodeElements, edgeElements, edgeIds } };
}

/** The <graph> element, under a root of the right name. */
function checkRoot(
  document: Document,
  format: "GEXF" | "GraphML",
  fail: Fail,
): Element | SkeletonFailure {
  const root = document.documentElement;
  const rootName = format.toLowerCase();
  const rootFound = root.localName ?? root.nodeName;
  if (rootFound !== rootName) {
    return fail(
      root,
      rootFound,
      `the root element is <${rootFound}>, so this is not a ${format} file`,
      `open a ${format} file (root element <${rootName}>), or give the file the extension of its format`,
    );
  }
  const graphElement = document.getElementsByTagName("graph")[0];
  if (!graphElement) {
    return fail(
      root,
      `${rootName}`,
      `there is no <graph> element inside <${rootName}>`,
      `add <graph> with the <node> and <edge> elements`,
    );
  }
  return graphElement;
}

/** Every <node> by id; a node without an id or with a repeated one fails. */
function checkNodes(nodeElements: Element[], fail: Fail): Map<string, Element> | SkeletonFailure {
  const nodes = new Map<string, Element>();
  for (const element of nodeElements) {
    const id = element.getAttribute("id");
    if (!id)
      return fail(
        element,
        "node",
        "a <node> has no id attribute",
        'give every <node> a unique id="..."',
      );
    const first = nodes.get(id);
    if (first) {
      const at = lineOf(first).line;
      return fail(
        element,
        `node[@id=${JSON.stringify(id)}]`,
        `duplicate node id ${JSON.stringify(id)}${at ? ` (first on line ${at})` : ""}`,
        "node ids must be unique: rename or merge one of the two nodes",
      );
    }
    nodes.set(id, element);
  }
  return nodes;
}

/** The edges' ids; an edge without both ends, naming a missing node, or with a repeated id fails. */
function checkEdges(
  edgeElements: Element[],
  nodes: ReadonlyMap<string, Element>,
  options: XmlReadOptions,
  fail: Fail,
): Set<string> | SkeletonFailure {
  const edgeIds = new Set<string>();
  for (const element of edgeElements) {
    const id = element.getAttribute("id");
    const name = id ? `edge ${JSON.stringify(id)}` : "an edge";
    const path = id ? `edge[@id=${JSON.stringify(id)}]` : "edge";
    for (const end of ["source", "target"]) {
      const key = element.getAttribute(end);
      if (!key)
        return fail(
          element,
          path,
          `${name} has no ${end} attribute`,
          `give the <edge> a ${end}="node id"`,
        );
      if (!nodes.has(key) && !options.addMissingNodes) {
        const suggestion = didYouMeanPhrase(didYouMean(key, nodes.keys(), 1));
        const missing = missingEndpoints(edgeElements, nodes);
        const inAll = missing > 1 ? ` (${missing} node ids named by edges are missing in all)` : "";
        const failure = fail(
          element,
          path,
          `${name} names ${end} ${JSON.stringify(key)}, which is not a node id${suggestion}${inAll}`,
          `add <node id=${JSON.stringify(key)}> or correct the edge's ${end}; or open the file anyway, creating the missing nodes (kg import --add-missing-nodes)`,
        );
        failure.error.missingNodes = missing;
        return failure;
      }
    }
    if (id) {
      if (edgeIds.has(id)) {
        return fail(
          element,
          path,
          `duplicate edge id ${JSON.stringify(id)}`,
          "edge ids must be unique: rename one, or leave ids out",
        );
      }
      edgeIds.add(id);
    }
  }
  return edgeIds;
}

function missingEndpoints(edgeElements: Element[], nodes: ReadonlyMap<string, Element>): number {
  const missing = new Set<string>();
  for (const element of edgeElements) {
    for (const end of ["source", "target"]) {
      const key = element.getAttribute(end);
      if (key && !nodes.has(key)) missing.add(key);
    }
  }
  return missing.size;
}
