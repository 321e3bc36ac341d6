// Gephi Lite's appearance settings, worked out into the colours and sizes it would draw: node
// colours and sizes (fixed, from data, by partition, by ranking), edge colours (also by source or
// target node). A value the file's data had and the appearance replaced is kept as `dataColor` /
// `dataSize`, so nothing the file holds is lost. Unknown settings leave the data as it is.
import { categoryValue, isPresent, numberValue } from "../appearance/attribute-survey.ts";
import { colourAlong, parseColour } from "../appearance/colour-values.ts";
import { isObject, type Json } from "../model/json-value.ts";
import type { RawEdge, RawNode } from "./normalise.ts";

type Item = { attributes?: Record<string, unknown> | null };

export function applyGephiLiteAppearance(
  appearance: Json,
  nodes: RawNode[],
  edges: RawEdge[],
): string[] {
  const warnings: string[] = [];
  const degrees = degreesOf(nodes, edges);
  const fieldValue = (item: Item, field: Json, index: number) =>
    field.id === "degree" && field.dynamic === true
      ? degrees[index]
      : item.attributes?.[String(field.id)];
  const nodeValue = (index: number, field: Json) => fieldValue(nodes[index], field, index);

  const nodeColours = colourRule(
    object(appearance.nodesColor),
    nodes.length,
    nodeValue,
    warnings,
    "node colours",
  );
  if (nodeColours)
    nodes.forEach((node, index) => {
      setStyle(node, "color", "dataColor", nodeColours(index));
    });
  const nodeSizes = sizeRule(object(appearance.nodesSize), nodes.length, nodeValue, warnings);
  if (nodeSizes)
    nodes.forEach((node, index) => {
      setStyle(node, "size", "dataSize", nodeSizes(index));
    });

  const edgesColor = object(appearance.edgesColor);
  const position = new Map(nodes.map((node, index) => [String(node.key), index]));
  const endColour = (edge: RawEdge, end: "source" | "target") =>
    nodes[position.get(String(edge[end])) ?? -1]?.attributes?.color;
  let edgeColours: ((index: number) => unknown) | null = null;
  if (edgesColor.type === "source" || edgesColor.type === "target") {
    const end = edgesColor.type;
    edgeColours = (index) => endColour(edges[index], end);
  } else {
    edgeColours = colourRule(
      edgesColor,
      edges.length,
      (index, field) => fieldValue(edges[index], field, -1),
      warnings,
      "edge colours",
    );
  }
  if (edgeColours) {
    const colours = edgeColours;
    edges.forEach((edge, index) => {
      setStyle(edge, "color", "dataColor", colours(index));
    });
  }
  if (nodeColours || nodeSizes || edgeColours)
    warnings.push("colours and sizes worked out from Gephi Lite's appearance settings");
  return warnings;
}

function degreesOf(nodes: RawNode[], edges: RawEdge[]): number[] {
  const position = new Map(nodes.map((node, index) => [String(node.key), index]));
  const degrees = nodes.map(() => 0);
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const index = position.get(String(end));
      if (index !== undefined) degrees[index]++;
    }
  }
  return degrees;
}

/** Sets a style attribute, keeping what the data had under another name when it differs. */
function setStyle(item: Item, name: string, keptAs: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const attributes = item.attributes ?? {};
  item.attributes = attributes;
  const before = attributes[name];
  if (isPresent(before) && before !== value && !(keptAs in attributes)) attributes[keptAs] = before;
  attributes[name] = value;
}

type ValueAt = (index: number, field: Json) => unknown;

function colourRule(
  rule: Json,
  count: number,
  valueAt: ValueAt,
  warnings: string[],
  what: string,
): ((index: number) => unknown) | null {
  const field = object(rule.field);
  const missing = parseColour(rule.missingColor) ?? undefined;
  switch (rule.type) {
    case undefined:
    case "data":
      return null;
    case "fixed":
      return () => parseColour(rule.value) ?? undefined;
    case "partition": {
      const palette = object(rule.colorPalette);
      return (index) => {
        const value = valueAt(index, field);
        return (isPresent(value) ? parseColour(palette[categoryValue(value)]) : null) ?? missing;
      };
    }
    case "ranking": {
      const points = Array.isArray(rule.colorScalePoints) ? rule.colorScalePoints.map(object) : [];
      const stops = points
        .map((point) => parseColour(point.color))
        .filter((colour) => colour !== null);
      if (stops.length < 2) break;
      const scale = numericScale(count, (index) => valueAt(index, field));
      return (index) => {
        const share = scale(index);
        return share === null ? missing : colourAlong(stops, share);
      };
    }
  }
  warnings.push(
    `Gephi Lite's ${what} "${String(rule.type)}" are not supported: the data's colours are used`,
  );
  return null;
}

function sizeRule(
  rule: Json,
  count: number,
  valueAt: ValueAt,
  warnings: string[],
): ((index: number) => number | undefined) | null {
  const missing = numberValue(rule.missingSize) ?? undefined;
  if (rule.type === undefined || rule.type === "data") return null;
  if (rule.type === "fixed") {
    const size = numberValue(rule.value) ?? undefined;
    return () => size;
  }
  const min = numberValue(rule.minSize);
  const max = numberValue(rule.maxSize);
  if (rule.type !== "ranking" || min === null || max === null) {
    warnings.push(
      `Gephi Lite's node sizes "${String(rule.type)}" are not supported: the data's sizes are used`,
    );
    return null;
  }
  const field = object(rule.field);
  const scale = numericScale(count, (index) => valueAt(index, field));
  return (index) => {
    const share = scale(index);
    return share === null ? missing : min + (max - min) * share;
  };
}

/** Each item's value as a share (0–1) of the values' range; null where it has none. */
function numericScale(
  count: number,
  valueAt: (index: number) => unknown,
): (index: number) => number | null {
  const values = Array.from({ length: count }, (_, index) => numberValue(valueAt(index)));
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const span = max - min;
  return (index) => {
    const value = values[index];
    if (value === null) return null;
    return span > 0 ? (value - min) / span : 0.5;
  };
}

function object(value: unknown): Json {
  return isObject(value) ? value : {};
}
