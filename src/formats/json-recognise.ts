// JSON files that hold a graph in another tool's shape (Cytoscape, JSON Graph Format, NetworkX
// adjacency, Obsidian Canvas, Kumu...) or no graph at all (GeoJSON, a d3 tree): named here, so
// the error says what the file looks like and what to export instead, rather than asking the user
// to add a "nodes" list to someone else's file.

import { isObject, type Json } from "../model/json-value.ts";

export interface Recognised {
  /** "Cytoscape JSON (elements)": what the file looks like. */
  looksLike: string;
  /** What to do instead. */
  fix: string;
}

const EXPORT_ANY =
  "export the graph as GEXF or GraphML from the program that made it (or as graphology JSON)";

interface Shape {
  test(value: Json): boolean;
  looksLike: string;
  fix: string;
}

const SHAPES: Shape[] = [
  {
    test: (value) =>
      isObject(value.elements) ||
      (Array.isArray(value.elements) && hasKey(value.elements[0], "data")),
    looksLike: "Cytoscape JSON (`elements`)",
    fix: "in Cytoscape, File › Export › Network to File, and choose GraphML",
  },
  {
    test: (value) => Array.isArray(value.elements) && Array.isArray(value.connections),
    looksLike: "a Kumu project (`elements` and `connections`)",
    fix: "in Kumu, export the map as a spreadsheet: save its Elements sheet as nodes.csv and its Connections sheet as edges.csv, and open both",
  },
  {
    test: (value) =>
      isObject(value.graph) &&
      ("nodes" in (value.graph as Json) || "edges" in (value.graph as Json)),
    looksLike: "JSON Graph Format (a `graph` object holding the nodes and edges)",
    fix: EXPORT_ANY,
  },
  {
    test: (value) => Array.isArray(value.graphs),
    looksLike: "JSON Graph Format with several graphs (`graphs`)",
    fix: "export one graph as GEXF or GraphML",
  },
  {
    test: (value) => Array.isArray(value.nodes) && "adjacency" in value,
    looksLike: "NetworkX adjacency JSON (`adjacency`)",
    fix: "in NetworkX, write it with nx.node_link_data(G) or nx.write_gexf(G, path)",
  },
  {
    test: (value) => Array.isArray(value.edges) && hasKey(value.edges[0], "fromNode"),
    looksLike: "an Obsidian Canvas (edges with `fromNode` and `toNode`)",
    fix: EXPORT_ANY,
  },
  {
    test: (value) => value.type === "FeatureCollection" || value.type === "Feature",
    looksLike: "GeoJSON (a map, not a graph)",
    fix: "open a graph file: GEXF, GraphML, CSV or graphology JSON",
  },
  {
    test: (value) => Array.isArray(value.children) && !("nodes" in value),
    looksLike: "a tree (`children`, as d3 hierarchies are written)",
    fix: "write the tree as an edge list (source,target per parent and child) in a CSV file",
  },
  {
    test: (value) => typeof value.type === "string" && /gephi/i.test(value.type),
    looksLike: `a Gephi Lite file of a kind this explorer does not read`,
    fix: "in Gephi Lite, File › Export as GEXF",
  },
];

/** What a JSON value that is not a graph we read looks like; null when nothing fits. */
export function recogniseJson(value: unknown): Recognised | null {
  if (Array.isArray(value)) {
    return {
      looksLike: "a list of records, not a graph",
      fix: `${EXPORT_ANY}; a table of links can be opened as CSV (source,target)`,
    };
  }
  if (!isObject(value)) return null;
  const shape = SHAPES.find((each) => each.test(value));
  return shape ? { looksLike: shape.looksLike, fix: shape.fix } : null;
}

/** The top-level keys, for a message about a JSON file nothing recognised. */
export function topKeys(value: Json): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty object";
  const shown = keys
    .slice(0, 6)
    .map((key) => `"${key}"`)
    .join(", ");
  return `the keys ${shown}${keys.length > 6 ? ", …" : ""}`;
}

export { EXPORT_ANY };

function hasKey(value: unknown, key: string): boolean {
  return isObject(value) && key in value;
}
