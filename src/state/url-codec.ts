// The URL is where a view is shared and where the back button walks: this pure codec turns a
// ViewState into a short query string and back, and says what in a bad link it had to ignore.
import {
  APPEARANCE_CHOICES,
  APPEARANCE_PARAMETERS,
  parseAppearance,
} from "../appearance/settings.ts";
import { DEFAULT_VIEW, MAX_DEPTH, type PathEnds, type ViewState } from "./view-state.ts";

/** What the decoder may check a link against: the graph being shown. */
export interface ViewContext {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  kinds: Iterable<string>;
  /**
   * The kinds there are when read from an attribute ("Kind from"; undefined: the graph's guess);
   * null: the graph does not offer that attribute. Absent: only `kinds`, and any `kindFrom`.
   */
  kindsUnder?(attribute: string | undefined): ReadonlySet<string> | null;
  relations: Iterable<string>;
  /** Ids of the source documents; when absent, any `doc` is accepted. */
  sources?: Iterable<string>;
  /** Whether a sentence id names a sentence of the source texts; when absent, any is accepted. */
  hasSentence?(id: string): boolean;
}

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

const LIST_SEPARATOR = ",";
const MAX_YEAR = 9999;

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

/** Decodes one percent-encoded item; null when the encoding is broken ("%E0%A4%A"). */
function decodeItem(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

function decodeList(raw: string): string[] | null {
  if (raw === "") return [];
  const items: string[] = [];
  for (const part of raw.split(LIST_SEPARATOR)) {
    const item = decodeItem(part);
    if (item === null) return null;
    items.push(item);
  }
  return items;
}

function parseBoolean(raw: string): boolean | null {
  if (raw === "1" || raw === "true" || raw === "yes") return true;
  if (raw === "0" || raw === "false" || raw === "no") return false;
  return null;
}

/** Quotes a value for a message, shortened so that a garbage link gives a short message. */
function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return JSON.stringify(shown);
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
  /** `hideKinds` is checked once `kindFrom` (wherever it is in the link) is known. */
  let hiddenKinds: string[] = [];
  let hiddenKindsAt = 0;
  const relations = new Set(context.relations);
  const sources = context.sources ? new Set(context.sources) : null;
  const seen = new Set<string>();

  const item = (name: string, raw: string): string | null => {
    const value = decodeItem(raw);
    if (value === null) ignored.push(`${name} (badly encoded)`);
    return value;
  };
  const list = (name: string, raw: string): string[] | null => {
    const values = decodeList(raw);
    if (values === null) ignored.push(`${name} (badly encoded)`);
    return values;
  };
  const node = (name: string, key: string): boolean => {
    if (context.hasNode(key)) return true;
    ignored.push(`${name} ${quote(key)} (no such node)`);
    return false;
  };
  const flag = (name: string, raw: string): boolean | null => {
    const value = parseBoolean(raw);
    if (value === null) ignored.push(`${name} ${quote(raw)} (expected 1 or 0)`);
    return value;
  };
  const knownOnly = (name: string, values: string[], known: ReadonlySet<string>, what: string) => {
    const kept: string[] = [];
    for (const value of values) {
      if (!known.has(value)) ignored.push(`${name} ${quote(value)} (no such ${what})`);
      else if (!kept.includes(value)) kept.push(value);
    }
    return kept;
  };

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
    switch (name) {
      case "focus": {
        const key = item(name, raw);
        if (key !== null && node(name, key)) state.focus = key;
        break;
      }
      case "depth": {
        const depth = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
        if (depth >= 1 && depth <= MAX_DEPTH) state.depth = depth;
        else ignored.push(`depth ${quote(raw)} (expected a whole number from 1 to ${MAX_DEPTH})`);
        break;
      }
      case "hideOthers": {
        const value = flag(name, raw);
        if (value !== null) state.hideOthers = value;
        break;
      }
      case "hideKinds": {
        hiddenKinds = list(name, raw) ?? [];
        hiddenKindsAt = ignored.length;
        break;
      }
      case "hideRelations": {
        const values = list(name, raw);
        if (values) state.hiddenRelations = knownOnly(name, values, relations, "relation");
        break;
      }
      case "q": {
        const text = item(name, raw);
        if (text !== null) state.search = text;
        break;
      }
      case "edge": {
        const key = item(name, raw);
        if (key === null) break;
        if (context.hasEdge(key)) state.selectedEdge = key;
        else ignored.push(`edge ${quote(key)} (no such edge)`);
        break;
      }
      case "select": {
        const values = list(name, raw);
        if (values) state.selection = [...new Set(values.filter((key) => node(name, key)))];
        break;
      }
      case "read": {
        const value = flag(name, raw);
        if (value !== null) state.readingOpen = value;
        break;
      }
      case "doc": {
        const id = item(name, raw);
        if (id === null) break;
        if (sources === null || sources.has(id)) state.sourceDoc = id;
        else ignored.push(`doc ${quote(id)} (no such source document)`);
        break;
      }
      case "sentence": {
        const id = item(name, raw);
        if (id === null || id === "") break;
        if (!context.hasSentence || context.hasSentence(id)) state.sentence = id;
        else ignored.push(`sentence ${quote(id)} (no such sentence in the source text)`);
        break;
      }
      case "path": {
        const values = list(name, raw);
        if (!values) break;
        if (values.length !== 2) {
          ignored.push(`path ${quote(raw)} (expected two node keys: path=from,to)`);
          break;
        }
        const [from, to] = values;
        const isValid = node(name, from) && node(name, to);
        if (isValid) state.path = { from, to } satisfies PathEnds;
        break;
      }
      case "year": {
        const year = /^-?\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
        if (Math.abs(year) <= MAX_YEAR) state.year = year;
        else ignored.push(`year ${quote(raw)} (expected a year such as 1997)`);
        break;
      }
      case "undated": {
        const value = flag(name, raw);
        if (value !== null) state.showUndated = value;
        break;
      }
      default: {
        const text = item(name, raw);
        let parsed = text === null ? {} : parseAppearance({ [name]: text });
        // "Kind from" must name an attribute the graph offers.
        if (parsed.kindFrom && context.kindsUnder?.(parsed.kindFrom) === null) parsed = {};
        if (parsed[name] !== undefined) state.appearance = { ...state.appearance, ...parsed };
        else if (text !== null)
          ignored.push(`${name} ${quote(text)} (${APPEARANCE_CHOICES[name]})`);
      }
    }
  }
  const kinds = context.kindsUnder?.(state.appearance.kindFrom) ?? new Set(context.kinds);
  const later = ignored.splice(hiddenKindsAt);
  state.hiddenKinds = knownOnly("hideKinds", hiddenKinds, kinds, "node kind");
  ignored.push(...later);
  return { state, ignored };
}
