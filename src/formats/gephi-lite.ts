// Gephi Lite saves its workspace as JSON: `{"type": "gephi-lite", "graphDataset": {...},
// "appearance": {...}}`. The graph is graphology's serialisation without attributes (fullGraph),
// attributes by key beside it (nodeData, edgeData), positions in `layout`. Its appearance (node
// colours by partition or ranking, sizes by ranking...) is worked out here into each node's
// `color` and `size`, so the graph opens drawn as Gephi Lite drew it ("the file's colours").
import { numberValue } from "../appearance/attribute-survey.ts";
import { isObject, type Json } from "../model/json-value.ts";
import { applyGephiLiteAppearance } from "./gephi-lite-appearance.ts";
import type { Place } from "./import-types.ts";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";

export function isGephiLite(value: Json): boolean {
  return value.type === "gephi-lite" && isObject(value.graphDataset);
}

export function readGephiLite(value: Json, file: string): RawResult {
  const dataset = value.graphDataset as Json;
  const full = isObject(dataset.fullGraph) ? dataset.fullGraph : {};
  const fail = (path: string, message: string, fix: string): RawResult => ({
    ok: false,
    error: { file, path, message, fix },
  });
  if (!Array.isArray(full.nodes) || !Array.isArray(full.edges)) {
    return fail(
      "graphDataset.fullGraph",
      "a Gephi Lite file without its graph (graphDataset.fullGraph with nodes and edges)",
      "save the workspace again from Gephi Lite, or export the graph as GEXF",
    );
  }
  const nodeData = objectOr(dataset.nodeData);
  const edgeData = objectOr(dataset.edgeData);
  const layout = objectOr(dataset.layout);
  const undirectedGraph = isObject(full.options) && full.options.type === "undirected";

  const nodes: RawNode[] = (full.nodes as unknown[]).map((item) => {
    const node = objectOr(item);
    const key = node.key;
    const attributes: Json = { ...objectOr(node.attributes), ...objectOr(nodeData[String(key)]) };
    const position = objectOr(layout[String(key)]);
    for (const axis of ["x", "y"] as const) {
      const coordinate = numberValue(position[axis]);
      if (coordinate !== null) attributes[axis] = coordinate;
    }
    return { key, attributes };
  });
  const edges: RawEdge[] = (full.edges as unknown[]).map((item) => {
    const edge = objectOr(item);
    return {
      key: edge.key,
      source: edge.source,
      target: edge.target,
      attributes: { ...objectOr(edge.attributes), ...objectOr(edgeData[String(edge.key)]) },
      undirected: typeof edge.undirected === "boolean" ? edge.undirected : undirectedGraph,
    };
  });
  const warnings = applyGephiLiteAppearance(objectOr(value.appearance), nodes, edges);
  const metadata = objectOr(dataset.metadata);
  const attributes: Json = { ...objectOr(full.attributes) };
  if (typeof metadata.title === "string" && metadata.title !== "")
    attributes.title = metadata.title;
  const path = (list: string, index: number, field?: string): Place => ({
    path: `graphDataset.fullGraph.${list}[${index}]${field === undefined ? "" : `.${field}`}`,
  });
  return {
    ok: true,
    raw: {
      attributes,
      nodes,
      edges,
      placeOfNode: (index, field) => path("nodes", index, field),
      placeOfEdge: (index, field) => path("edges", index, field),
    },
    warnings,
  };
}

export function objectOr(value: unknown): Json {
  return isObject(value) ? value : {};
}
