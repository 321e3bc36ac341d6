// GEXF and GraphML are both read by a graphology parser once our skeleton checks have passed:
// the parser is built once per DOM implementation, a throw becomes an error the user can act on,
// and the parsed graph becomes raw nodes and edges for normalising. One place does it for both.
import type { AbstractGraph } from "graphology-types";
import { type GraphFile, importError } from "./import-types.ts";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";

/** graphology's XML parsers are made for one Document class (native or xmldom): one per class. */
export function parserPerDocumentClass<P>(
  create: (documentClass: typeof Document) => P,
): (documentClass: typeof Document) => P {
  const parsers = new Map<typeof Document, P>();
  return (documentClass) => {
    let parser = parsers.get(documentClass);
    if (!parser) {
      parser = create(documentClass);
      parsers.set(documentClass, parser);
    }
    return parser;
  };
}

export interface LibraryReadOptions {
  format: "GEXF" | "GraphML";
  /** Ids written on edges (from the skeleton); an edge without one gets a derived key. */
  edgeIds: Set<string>;
  /** The <node> elements: nodes the parser created for edges (addMissingNodes) are left out. */
  nodeElements?: Element[];
  /** The nth edge's direction, when the reader took it from the document itself. */
  isUndirected?(edgeIndex: number): boolean;
  warnings?: string[];
}

/** Runs the library parser and hands its graph on as raw nodes and edges; never throws. */
export function readWithLibrary(
  file: GraphFile,
  parse: () => AbstractGraph,
  options: LibraryReadOptions,
): RawResult {
  let graph: AbstractGraph;
  try {
    graph = parse();
  } catch (error) {
    return {
      ok: false,
      error: importError(
        file.name,
        {},
        `the ${options.format} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      ),
    };
  }
  const { edgeIds, isUndirected } = options;
  const nodes: RawNode[] = [];
  const listed =
    options.nodeElements && new Set(options.nodeElements.map((node) => node.getAttribute("id")));
  graph.forEachNode((key, attributes) => {
    // Created for an edge by the parser: normalising creates it again, and reports it.
    if (listed && !listed.has(key)) return;
    nodes.push({ key, attributes });
  });
  const edges: RawEdge[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    edges.push({
      key: edgeIds.has(key) ? key : undefined,
      source,
      target,
      attributes,
      undirected: isUndirected ? isUndirected(edges.length) : undirected,
    });
  });
  return {
    ok: true,
    raw: {
      attributes: graph.getAttributes(),
      nodes,
      edges,
      placeOfNode: () => ({ path: "node" }),
      placeOfEdge: () => ({ path: "edge" }),
    },
    warnings: options.warnings ?? [],
  };
}
