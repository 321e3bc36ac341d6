// What a graph's nodes carry, so the Appearance panel offers only choices that mean something:
// whether the file has its own colours and sizes, which attributes are numbers (a ramp, a size)
// and which are categories (a palette), and which attribute the node kinds were taken from.
import type { KnowledgeGraph } from "../model/types.ts";
import { parseColour } from "./colour-values.ts";

export interface AttributeInfo {
  name: string;
  /** Nodes with a value (not null, not ""). */
  count: number;
  /** Every value is a finite number (or text that is one): it can be a range or a size. */
  numeric: boolean;
  /** Numeric and whole numbers only. */
  integer: boolean;
  distinct: number;
  /** The numeric values' range, when numeric. */
  min?: number;
  max?: number;
}

export interface GraphSurvey {
  nodes: number;
  edges: number;
  /** Nodes and edges whose `color` is a usable colour; nodes with a finite positive `size`. */
  nodeColours: number;
  nodeSizes: number;
  edgeColours: number;
  /** Attributes a user may colour, size or take kinds from, by name. */
  attributes: AttributeInfo[];
  /** The attribute the node kinds came from: `nodeKind` itself, or what the import read. */
  kindSource: string;
}

/** Attributes the appearance never offers: positions, the file's own styles, long texts, lists. */
const NOT_OFFERED = new Set(["x", "y", "z", "color", "size", "description", "aliases", "label"]);
/** Where an import may have taken node kinds from (see formats/normalise.ts), best first. */
const KIND_SOURCES = ["kind", "originalType", "category", "modularity_class", "class", "group"];
/** More distinct values than this are not worth telling apart (and cost a big count map). */
const DISTINCT_CAP = 10_000;

interface Tally {
  count: number;
  numeric: boolean;
  integer: boolean;
  min: number;
  max: number;
  values: Set<string>;
}

export function surveyGraph(graph: KnowledgeGraph): GraphSurvey {
  const tallies = new Map<string, Tally>();
  let nodeColours = 0;
  let nodeSizes = 0;
  graph.forEachNode((_key, attributes) => {
    if (parseColour(attributes.color) !== null) nodeColours++;
    if (typeof attributes.size === "number" && attributes.size > 0) nodeSizes++;
    for (const name in attributes) {
      if (NOT_OFFERED.has(name)) continue;
      const value = attributes[name];
      if (!isPresent(value)) continue;
      let tally = tallies.get(name);
      if (!tally) {
        tally = {
          count: 0,
          numeric: true,
          integer: true,
          min: Infinity,
          max: -Infinity,
          values: new Set(),
        };
        tallies.set(name, tally);
      }
      addValue(tally, value);
    }
  });
  let edgeColours = 0;
  graph.forEachEdge((_key, attributes) => {
    if (parseColour(attributes.color) !== null) edgeColours++;
  });
  const attributes = [...tallies].map(([name, tally]) => describeTally(name, tally));
  attributes.sort((a, b) => a.name.localeCompare(b.name));
  return {
    nodes: graph.order,
    edges: graph.size,
    nodeColours,
    nodeSizes,
    edgeColours,
    attributes,
    kindSource: guessKindSource(graph),
  };
}

function addValue(tally: Tally, value: unknown): void {
  tally.count++;
  const number = numberValue(value);
  if (number === null) {
    tally.numeric = false;
    tally.integer = false;
  } else {
    if (!Number.isInteger(number)) tally.integer = false;
    if (number < tally.min) tally.min = number;
    if (number > tally.max) tally.max = number;
  }
  if (tally.values.size <= DISTINCT_CAP) tally.values.add(categoryValue(value));
}

function describeTally(name: string, tally: Tally): AttributeInfo {
  const info: AttributeInfo = {
    name,
    count: tally.count,
    numeric: tally.numeric,
    integer: tally.numeric && tally.integer,
    distinct: tally.values.size,
  };
  if (tally.numeric) {
    info.min = tally.min;
    info.max = tally.max;
  }
  return info;
}

/** Null, undefined, "" and empty lists are no value. */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** A finite number, or text that reads as one ("3.5", " 12 "); null for anything else. */
export function numberValue(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** The text a value is grouped by: numbers and booleans as written, lists joined. */
export function categoryValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(categoryValue).join(", ");
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * The attribute every node's kind agrees with: the first of the import's candidates that some
 * nodes carry and whose value is the kind on each of them; otherwise `nodeKind` itself.
 */
export function guessKindSource(graph: KnowledgeGraph): string {
  for (const name of KIND_SOURCES) {
    let carried = 0;
    const agrees = graph.everyNode((_key, attributes) => {
      if (!isPresent(attributes[name])) return true;
      carried++;
      return categoryValue(attributes[name]) === attributes.nodeKind;
    });
    if (agrees && carried > 0) return name;
  }
  return "nodeKind";
}
