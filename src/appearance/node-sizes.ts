// Node radii in screen pixels at the default zoom, from the file's sizes, the degree or a numeric
// attribute. A file's sizes keep their ratios (a node five times bigger stays five times bigger)
// as far as the pixel range allows; below its floor, leaves stay big enough to point at.
import type { KnowledgeGraph } from "../model/types.ts";
import { numberValue } from "./attribute-survey.ts";

/** The range degree and attribute sizes are spread over (as before: hubs that do not cover). */
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 16;
/** A file's own sizes get more room, so that their ratios survive; the floor keeps leaves clickable. */
export const MIN_FILE_NODE_SIZE = MIN_NODE_SIZE;
export const MAX_FILE_NODE_SIZE = 30;

export interface SizeResult {
  sizes: Map<string, number>;
  /** What the legend says: the source range and the pixels it became; nodes without a value. */
  legend: {
    by: "file" | "degree" | "attribute";
    attribute?: string;
    min: number;
    max: number;
    missing: number;
  };
}

export function sizesByDegree(graph: KnowledgeGraph): SizeResult {
  const degrees = new Map<string, number>();
  graph.forEachNode((key) => {
    degrees.set(key, graph.degree(key));
  });
  let max = 0;
  for (const degree of degrees.values()) max = Math.max(max, degree);
  const sizes = new Map<string, number>();
  for (const [key, degree] of degrees) {
    const share = max > 0 ? Math.sqrt(degree / max) : 0;
    sizes.set(key, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
  }
  return { sizes, legend: { by: "degree", min: 0, max, missing: 0 } };
}

/**
 * Proportional to the file's `size`: the biggest node gets MAX_FILE_NODE_SIZE, unless that would
 * push the smallest under the floor without need (then the smallest sits on the floor and the
 * rest keep their ratio to it). Nodes without a usable size sit on the floor.
 */
export function sizesFromFile(graph: KnowledgeGraph): SizeResult {
  const values = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const value = numberValue(attributes.size);
    if (value !== null && value > 0) values.set(key, value);
  });
  let min = Infinity;
  let max = 0;
  for (const value of values.values()) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  // Pixels per file unit: as big as the ceiling allows, no bigger than putting the smallest on the floor.
  const scale = max > 0 ? Math.min(MAX_FILE_NODE_SIZE / max, MIN_FILE_NODE_SIZE / min) : 0;
  const sizes = new Map<string, number>();
  graph.forEachNode((key) => {
    const value = values.get(key);
    sizes.set(
      key,
      value === undefined ? MIN_FILE_NODE_SIZE : Math.max(MIN_FILE_NODE_SIZE, value * scale),
    );
  });
  return {
    sizes,
    legend: { by: "file", min: values.size > 0 ? min : 0, max, missing: graph.order - values.size },
  };
}

/** Linear from the attribute's smallest to its largest value (Gephi's ranking); missing: the floor. */
export function sizesByAttribute(graph: KnowledgeGraph, attribute: string): SizeResult {
  const values = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const value = numberValue(attributes[attribute]);
    if (value !== null) values.set(key, value);
  });
  let min = Infinity;
  let max = -Infinity;
  for (const value of values.values()) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const span = max - min;
  const sizes = new Map<string, number>();
  graph.forEachNode((key) => {
    const value = values.get(key);
    if (value === undefined) sizes.set(key, MIN_NODE_SIZE);
    else {
      const share = span > 0 ? (value - min) / span : 0.5;
      sizes.set(key, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
    }
  });
  return {
    sizes,
    legend: {
      by: "attribute",
      attribute,
      min: values.size > 0 ? min : 0,
      max: values.size > 0 ? max : 0,
      missing: graph.order - values.size,
    },
  };
}
