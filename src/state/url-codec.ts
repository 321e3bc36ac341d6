// The URL is where a view is shared and where the back button walks: this pure codec turns a
// ViewState into a short query string and back, and says what in a bad link it had to ignore.
import { APPEARANCE_PARAMETERS } from "../appearance/settings.ts";
import {
  type AppearanceParameter,
  applyAppearanceParameter,
  applyGraphParameter,
  applyHiddenKinds,
  applyReadingParameter,
  createReader,
  decodeItem,
  LIST_SEPARATOR,
  quote,
  type ViewContext,
} from "./url-parameters.ts";
import { DEFAULT_VIEW, type ViewState } from "./view-state.ts";

export type { ViewContext };

export interface DecodedView {
  state: ViewState;
  /** One short phrase per parameter that was dropped, e.g. `focus "atlantis" (no such node)`. */
  ignored: string[];
}

/** Parameter names, in the order they are written. */
export const VIEW_PARAMETERS = [
  "focus",
  "depth",
  "hideOthers",
  "hideKinds",
  "hideRelations",
  "q",
  "edge",
  "select",
  "read",
  "doc",
  "sentence",
  "path",
  "year",
  "undated",
  ...APPEARANCE_PARAMETERS,
] as const;

type ViewParameter = (typeof VIEW_PARAMETERS)[number];

/** Percent-encodes one value; commas too, since lists are comma-separated. */
function encodeItem(value: string): string {
  return encodeURIComponent(value);
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeItem).join(LIST_SEPARATOR);
}

/** The query string (no leading "?") holding only what differs from the default view. */
export function encodeView(state: ViewState): string {
  const values: Partial<Record<ViewParameter, string>> = {};
  if (state.focus !== null) values.focus = encodeItem(state.focus);
  if (state.depth !== DEFAULT_VIEW.depth) values.depth = String(state.depth);
  if (state.hideOthers) values.hideOthers = "1";
  if (state.hiddenKinds.length > 0) values.hideKinds = encodeList(state.hiddenKinds);
  if (state.hiddenRelations.length > 0) values.hideRelations = encodeList(state.hiddenRelations);
  if (state.search !== "") values.q = encodeItem(state.search);
  if (state.selectedEdge !== null) values.edge = encodeItem(state.selectedEdge);
  if (state.selection.length > 0) values.select = encodeList(state.selection);
  if (state.readingOpen) values.read = "1";
  if (state.sourceDoc !== null) values.doc = encodeItem(state.sourceDoc);
  if (state.sentence !== null) values.sentence = encodeItem(state.sentence);
  if (state.path !== null) values.path = encodeList([state.path.from, state.path.to]);
  if (state.year !== null) values.year = String(state.year);
  if (!state.showUndated) values.undated = "0";
  for (const name of APPEARANCE_PARAMETERS) {
    const value = state.appearance[name];
    if (value !== undefined) values[name] = encodeItem(value);
  }
  return VIEW_PARAMETERS.filter((name) => values[name] !== undefined)
    .map((name) => `${name}=${values[name]}`)
    .join("&");
}

function isKnownParameter(name: string): name is ViewParameter {
  return (VIEW_PARAMETERS as readonly string[]).includes(name);
}

/** Splits "a=1&b=2" into raw (still encoded) pairs, keeping repeats so they can be reported. */
function rawPairs(query: string): [string, string][] {
  const text = query.startsWith("?") ? query.slice(1) : query;
  const pairs: [string, string][] = [];
  for (const part of text.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    pairs.push(equals === -1 ? [part, ""] : [part.slice(0, equals), part.slice(equals + 1)]);
  }
  return pairs;
}

/**
 * The view a link describes. Every parameter is checked on its own: an unknown node, a kind
 * the graph does not have, `depth=-3`, a repeated parameter... is dropped (the default stays)
 * and named in `ignored`, while the rest of the link still applies.
 */
export function decodeView(query: string, context: ViewContext): DecodedView {
  const state: ViewState = { ...DEFAULT_VIEW };
  const ignored: string[] = [];
  const reader = createReader(context, ignored);
  const seen = new Set<string>();
  for (const [encodedName, raw] of rawPairs(query)) {
    const name = decodeItem(encodedName) ?? encodedName;
    if (!isKnownParameter(name)) {
      ignored.push(`unknown parameter ${quote(name)}`);
      continue;
    }
    if (seen.has(name)) {
      ignored.push(`${name} (given more than once; the first one is used)`);
      continue;
    }
    seen.add(name);
    if (applyGraphParameter(name, raw, state, reader)) continue;
    if (applyReadingParameter(name, raw, state, reader)) continue;
    applyAppearanceParameter(name as AppearanceParameter, raw, state, reader);
  }
  applyHiddenKinds(state, reader);
  return { state, ignored };
}
