// The user's appearance choices, as plain data the view store and the URL carry. Each choice is
// optional: left unset, it follows the graph (a file's own colours and sizes when it has them,
// kinds and degree for our own graphs), so a link made on one graph never forces a look on another.
import type { GraphSurvey } from "./attribute-survey.ts";
import { resolveKindFrom } from "./kinds-from.ts";

/** `attr:NAME` colours by a node attribute; the scale says categories or a numeric range. */
export type NodeColourChoice = "file" | "kind" | `attr:${string}`;
export type NodeSizeChoice = "file" | "degree" | `attr:${string}`;
export type EdgeColourChoice = "file" | "relation" | "source";
export type ColourScaleChoice = "categories" | "range";

export interface AppearanceSettings {
  nodeColour?: NodeColourChoice;
  colourScale?: ColourScaleChoice;
  nodeSize?: NodeSizeChoice;
  edgeColour?: EdgeColourChoice;
  /** The attribute node kinds (and so the legend's filters) are read from. */
  kindFrom?: string;
}

/** Every choice made, against one graph: what is drawn. */
export interface ResolvedAppearance {
  nodeColour:
    | { by: "file" }
    | { by: "kind" }
    | { by: "attribute"; attribute: string; scale: ColourScaleChoice };
  nodeSize: { by: "file" } | { by: "degree" } | { by: "attribute"; attribute: string };
  edgeColour: EdgeColourChoice;
  kindFrom: string;
}

/** Integer codes with at most this many values (community ids, classes) default to categories. */
export const MAX_INTEGER_CATEGORIES = 12;

export function attributeOf(choice: string | undefined): string | null {
  return choice?.startsWith("attr:") ? choice.slice(5) : null;
}

/** The settings made concrete for a graph; a choice the graph cannot honour falls back. */
export function resolveAppearance(
  settings: AppearanceSettings,
  survey: GraphSurvey,
): ResolvedAppearance {
  return {
    nodeColour: resolveNodeColour(settings, survey),
    nodeSize: resolveNodeSize(settings, survey),
    edgeColour: resolveEdgeColour(settings, survey),
    kindFrom: resolveKindFrom(settings.kindFrom, survey),
  };
}

function resolveNodeColour(
  settings: AppearanceSettings,
  survey: GraphSurvey,
): ResolvedAppearance["nodeColour"] {
  const choice = settings.nodeColour;
  const attribute = attributeOf(choice);
  const info =
    attribute === null ? undefined : survey.attributes.find((each) => each.name === attribute);
  if (info) {
    const fitsRange = info.numeric && info.count > 0;
    const codes = info.integer && info.distinct <= MAX_INTEGER_CATEGORIES;
    let scale = settings.colourScale ?? (fitsRange && !codes ? "range" : "categories");
    if (!fitsRange) scale = "categories";
    return { by: "attribute", attribute: info.name, scale };
  }
  if (choice === "kind") return { by: "kind" };
  return survey.nodeColours > 0 ? { by: "file" } : { by: "kind" };
}

function resolveNodeSize(
  settings: AppearanceSettings,
  survey: GraphSurvey,
): ResolvedAppearance["nodeSize"] {
  const choice = settings.nodeSize;
  const attribute = attributeOf(choice);
  const info =
    attribute === null ? undefined : survey.attributes.find((each) => each.name === attribute);
  if (info?.numeric && info.count > 0) return { by: "attribute", attribute: info.name };
  if (choice === "degree") return { by: "degree" };
  return survey.nodeSizes > 0 ? { by: "file" } : { by: "degree" };
}

function resolveEdgeColour(settings: AppearanceSettings, survey: GraphSurvey): EdgeColourChoice {
  const choice = settings.edgeColour;
  if (choice === "relation" || choice === "source") return choice;
  if (survey.edgeColours > 0) return "file";
  // Gephi draws edges in their source node's colour: a file that has node colours looks that way.
  if (choice === undefined && survey.nodeColours > 0) return "source";
  return "relation";
}

const NODE_COLOUR = /^(file|kind|attr:.+)$/;
const NODE_SIZE = /^(file|degree|attr:.+)$/;
const EDGE_COLOUR = /^(file|relation|source)$/;

/** The settings the URL carries, under these names, and what each accepts (for messages). */
export const APPEARANCE_PARAMETERS = [
  "nodeColour",
  "colourScale",
  "nodeSize",
  "edgeColour",
  "kindFrom",
] as const;
export const APPEARANCE_CHOICES: Record<(typeof APPEARANCE_PARAMETERS)[number], string> = {
  nodeColour: "expected file, kind or attr:NAME",
  colourScale: "expected categories or range",
  nodeSize: "expected file, degree or attr:NAME",
  edgeColour: "expected file, relation or source",
  kindFrom: "expected a node attribute with a few values",
};

/** Settings from untrusted text (a URL): what is malformed is left unset, never thrown. */
export function parseAppearance(
  input: Record<string, string | null | undefined>,
): AppearanceSettings {
  const settings: AppearanceSettings = {};
  if (input.nodeColour && NODE_COLOUR.test(input.nodeColour))
    settings.nodeColour = input.nodeColour as NodeColourChoice;
  if (input.colourScale === "categories" || input.colourScale === "range")
    settings.colourScale = input.colourScale;
  if (input.nodeSize && NODE_SIZE.test(input.nodeSize))
    settings.nodeSize = input.nodeSize as NodeSizeChoice;
  if (input.edgeColour && EDGE_COLOUR.test(input.edgeColour))
    settings.edgeColour = input.edgeColour as EdgeColourChoice;
  if (input.kindFrom) settings.kindFrom = input.kindFrom;
  return settings;
}
