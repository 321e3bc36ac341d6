// GEXF and GraphML share their skeleton: a root, a <graph>, <node id> and <edge source target>.
// Checking it on the DOM first gives errors with line numbers, before a library parser throws.
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";
import { type ImportError, importError, type Place } from "./import-types.ts";
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
type Fail = (place: Place, path: string, message: string, fix?: string) => SkeletonFailure;

function isFailure(value: unknown): value is SkeletonFailure {
  return (value as Partial<SkeletonFailure>).ok === false;
}

/**
 * The <node> or <edge> elements as the checks see them: an attribute and a place each. The DOM
 * reader passes elements; the streaming reader (stream-xml.ts) passes what it kept of them.
 */
export interface ElementList {
  readonly length: number;
  attribute(index: number, name: string): string | null;
  place(index: number): Place;
}

function elementList(elements: readonly Element[]): ElementList {
  return {
    length: elements.length,
    attribute: (index, name) => elements[index].getAttribute(name),
    place: (index) => lineOf(elements[index]),
  };
}

function failWith(file: string): Fail {
  return (place, path, message, fix) => ({
    ok: false as const,
    error: importError(file, { ...place, path }, message, fix),
  });
}

export function checkXmlSkeleton(
  document: Document,
  file: string,
  format: "GEXF" | "GraphML",
  options: XmlReadOptions = {},
): SkeletonResult {
  const root = document.documentElement;
  const graphElement = document.getElementsByTagName("graph")[0];
  const rootFailure = checkRoot(
    { name: root.localName ?? root.nodeName, place: lineOf(root), hasGraph: !!graphElement },
    file,
    format,
  );
  if (rootFailure) return rootFailure;
  const nodeElements = Array.from(document.getElementsByTagName("node"));
  const edgeElements = Array.from(document.getElementsByTagName("edge"));
  const checked = checkElements(
    elementList(nodeElements),
    elementList(edgeElements),
    file,
    options,
  );
  if (isFailure(checked)) return checked;
  return { ok: true, skeleton: { graphElement, nodeElements, edgeElements, edgeIds: checked } };
}

/** The root element's local name and place, and whether a <graph> was found inside it. */
export interface RootFacts {
  name: string;
  place: Place;
  hasGraph: boolean;
}

/** A root of the right name holding a <graph>; the failure otherwise. */
export function checkRoot(
  root: RootFacts,
  file: string,
  format: "GEXF" | "GraphML",
): SkeletonFailure | null {
  const fail = failWith(file);
  const rootName = format.toLowerCase();
  if (root.name !== rootName) {
    return fail(
      root.place,
      root.name,
      `the root element is <${root.name}>, so this is not a ${format} file`,
      `open a ${format} file (root element <${rootName}>), or give the file the extension of its format`,
    );
  }
  if (!root.hasGraph) {
    return fail(
      root.place,
      `${rootName}`,
      `there is no <graph> element inside <${rootName}>`,
      `add <graph> with the <node> and <edge> elements`,
    );
  }
  return null;
}

/** Nodes, then edges: the ids of the edges, or the first problem in document order. */
export function checkElements(
  nodes: ElementList,
  edges: ElementList,
  file: string,
  options: XmlReadOptions = {},
): Set<string> | SkeletonFailure {
  const fail = failWith(file);
  const nodeIds = checkNodes(nodes, fail);
  if (isFailure(nodeIds)) return nodeIds;
  return checkEdges(edges, nodeIds, options, fail);
}

/** Every <node> by id; a node without an id or with a repeated one fails. */
function checkNodes(nodes: ElementList, fail: Fail): Map<string, number> | SkeletonFailure {
  const ids = new Map<string, number>();
  for (let index = 0; index < nodes.length; index++) {
    const id = nodes.attribute(index, "id");
    if (!id)
      return fail(
        nodes.place(index),
        "node",
        "a <node> has no id attribute",
        'give every <node> a unique id="..."',
      );
    const first = ids.get(id);
    if (first !== undefined) {
      const at = nodes.place(first).line;
      return fail(
        nodes.place(index),
        `node[@id=${JSON.stringify(id)}]`,
        `duplicate node id ${JSON.stringify(id)}${at ? ` (first on line ${at})` : ""}`,
        "node ids must be unique: rename or merge one of the two nodes",
      );
    }
    ids.set(id, index);
  }
  return ids;
}

/** The edges' ids; an edge without both ends, naming a missing node, or with a repeated id fails. */
function checkEdges(
  edges: ElementList,
  nodes: ReadonlyMap<string, number>,
  options: XmlReadOptions,
  fail: Fail,
): Set<string> | SkeletonFailure {
  const edgeIds = new Set<string>();
  for (let index = 0; index < edges.length; index++) {
    const id = edges.attribute(index, "id");
    const name = id ? `edge ${JSON.stringify(id)}` : "an edge";
    const path = id ? `edge[@id=${JSON.stringify(id)}]` : "edge";
    for (const end of ["source", "target"]) {
      const key = edges.attribute(index, end);
      if (!key)
        return fail(
          edges.place(index),
          path,
          `${name} has no ${end} attribute`,
          `give the <edge> a ${end}="node id"`,
        );
      if (!nodes.has(key) && !options.addMissingNodes) {
        const suggestion = didYouMeanPhrase(didYouMean(key, nodes.keys(), 1));
        const missing = missingEndpoints(edges, nodes);
        const inAll = missing > 1 ? ` (${missing} node ids named by edges are missing in all)` : "";
        const failure = fail(
          edges.place(index),
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
          edges.place(index),
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

function missingEndpoints(edges: ElementList, nodes: ReadonlyMap<string, number>): number {
  const missing = new Set<string>();
  for (let index = 0; index < edges.length; index++) {
    for (const end of ["source", "target"]) {
      const key = edges.attribute(index, end);
      if (key && !nodes.has(key)) missing.add(key);
    }
  }
  return missing.size;
}
