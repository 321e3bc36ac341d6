// Node fills from the file's own colours, the node kind, or any attribute (categories with the
// colour-blind-safe palette and "other" for the long tail, or numbers on a ramp), each with the
// legend that explains it. Nodes without a usable value get one grey, and the legend counts them.
import type { KnowledgeGraph } from "../model/types.ts";
import { categoryValue, isPresent, numberValue } from "./attribute-survey.ts";
import { parseColour } from "./colour-values.ts";
import {
  type CategoryEntry,
  categoryScale,
  MISSING_COLOUR,
  OTHER_COLOUR,
  RAMP_COLOURS,
  rangeScale,
} from "./scales.ts";
import type { ColourScaleChoice } from "./settings.ts";

export type ColourLegend =
  | { by: "kind" }
  | { by: "file"; coloured: number; missing: number }
  | {
      by: "categories";
      attribute: string;
      entries: CategoryEntry[];
      other: { colour: string; values: number; count: number } | null;
      missing: number;
    }
  | {
      by: "range";
      attribute: string;
      min: number;
      max: number;
      stops: readonly string[];
      missing: number;
    };

export interface ColourResult {
  /** Fill per node key; kind colouring leaves this to the kind palette (null). */
  colours: Map<string, string> | null;
  legend: ColourLegend;
}

export { MISSING_COLOUR };

export function coloursFromFile(graph: KnowledgeGraph): ColourResult {
  const colours = new Map<string, string>();
  let missing = 0;
  graph.forEachNode((key, attributes) => {
    const colour = parseColour(attributes.color);
    if (colour === null) missing++;
    colours.set(key, colour ?? MISSING_COLOUR);
  });
  return { colours, legend: { by: "file", coloured: graph.order - missing, missing } };
}

export function coloursByAttribute(
  graph: KnowledgeGraph,
  attribute: string,
  scale: ColourScaleChoice,
): ColourResult {
  return scale === "range" ? coloursByRange(graph, attribute) : coloursByCategory(graph, attribute);
}

function coloursByCategory(graph: KnowledgeGraph, attribute: string): ColourResult {
  const values = new Map<string, string>();
  const counts = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const raw = attributes[attribute];
    if (!isPresent(raw)) return;
    const value = categoryValue(raw);
    values.set(key, value);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  const categories = categoryScale(counts);
  const colours = new Map<string, string>();
  graph.forEachNode((key) => {
    const value = values.get(key);
    colours.set(key, value === undefined ? MISSING_COLOUR : categories.colourOf(value));
  });
  return {
    colours,
    legend: {
      by: "categories",
      attribute,
      entries: categories.entries,
      other: categories.other && { colour: OTHER_COLOUR, ...categories.other },
      missing: graph.order - values.size,
    },
  };
}

/** Numbers on the ramp; values that are not numbers count as missing (mixed attributes). */
function coloursByRange(graph: KnowledgeGraph, attribute: string): ColourResult {
  const values = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((key, attributes) => {
    const value = numberValue(attributes[attribute]);
    if (value === null) return;
    values.set(key, value);
    min = Math.min(min, value);
    max = Math.max(max, value);
  });
  const ramp = rangeScale(min, max);
  const colours = new Map<string, string>();
  graph.forEachNode((key) => {
    const value = values.get(key);
    colours.set(key, value === undefined ? MISSING_COLOUR : ramp.colourOf(value));
  });
  const found = values.size > 0;
  return {
    colours,
    legend: {
      by: "range",
      attribute,
      min: found ? min : 0,
      max: found ? max : 0,
      stops: RAMP_COLOURS,
      missing: graph.order - values.size,
    },
  };
}
