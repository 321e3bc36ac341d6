// How each parameter of a link is read into the view: its value decoded and checked against the
// graph (a node that exists, a known kind, a depth in range...), or dropped with the reason noted.
// url-codec.ts walks the link's parameters and calls these.
import { APPEARANCE_CHOICES, parseAppearance } from "../appearance/settings.ts";
import { MAX_DEPTH, type PathEnds, type ViewState } from "./view-state.ts";

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

export type AppearanceParameter = keyof typeof APPEARANCE_CHOICES;

/** Lists in a link are comma-separated; commas inside an item are percent-encoded. */
export const LIST_SEPARATOR = ",";
const MAX_YEAR = 9999;

/** Decodes one percent-encoded item; null when the encoding is broken ("%E0%A4%A"). */
export function decodeItem(raw: string): string | null {
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
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return JSON.stringify(shown);
}

/** Reads one parameter's value, noting in `ignored` why a value is dropped. */
export interface Reader {
  context: ViewContext;
  ignored: string[];
  /** `hideKinds` as given, checked once `kindFrom` (wherever it is in the link) is known. */
  hiddenKinds: string[];
  /** How many reasons were in `ignored` when `hideKinds` was read, to keep their order. */
  hiddenKindsAt: number;
  relations: Set<string>;
  sources: Set<string> | null;
  item(name: string, raw: string): string | null;
  list(name: string, raw: string): string[] | null;
  node(name: string, key: string): boolean;
  flag(name: string, raw: string): boolean | null;
  knownOnly(name: string, values: string[], known: ReadonlySet<string>, what: string): string[];
}

export function createReader(context: ViewContext, ignored: string[]): Reader {
  return {
    context,
    ignored,
    hiddenKinds: [],
    hiddenKindsAt: 0,
    relations: new Set(context.relations),
    sources: context.sources ? new Set(context.sources) : null,
    item(name, raw) {
      const value = decodeItem(raw);
      if (value === null) ignored.push(`${name} (badly encoded)`);
      return value;
    },
    list(name, raw) {
      const values = decodeList(raw);
      if (values === null) ignored.push(`${name} (badly encoded)`);
      return values;
    },
    node(name, key) {
      if (context.hasNode(key)) return true;
      ignored.push(`${name} ${quote(key)} (no such node)`);
      return false;
    },
    flag(name, raw) {
      const value = parseBoolean(raw);
      if (value === null) ignored.push(`${name} ${quote(raw)} (expected 1 or 0)`);
      return value;
    },
    knownOnly(name, values, known, what) {
      const kept: string[] = [];
      for (const value of values) {
        if (!known.has(value)) ignored.push(`${name} ${quote(value)} (no such ${what})`);
        else if (!kept.includes(value)) kept.push(value);
      }
      return kept;
    },
  };
}

/** The focus, the legend's filters, the search and the selection; false for other names. */
export function applyGraphParameter(
  name: string,
  raw: string,
  state: ViewState,
  r: Reader,
): boolean {
  switch (name) {
    case "focus": {
      const key = r.item(name, raw);
      if (key !== null && r.node(name, key)) state.focus = key;
      return true;
    }
    case "depth": {
      const depth = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (depth >= 1 && depth <= MAX_DEPTH) state.depth = depth;
      else r.ignored.push(`depth ${quote(raw)} (expected a whole number from 1 to ${MAX_DEPTH})`);
      return true;
    }
    case "hideOthers": {
      const value = r.flag(name, raw);
      if (value !== null) state.hideOthers = value;
      return true;
    }
    case "hideKinds": {
      r.hiddenKinds = r.list(name, raw) ?? [];
      r.hiddenKindsAt = r.ignored.length;
      return true;
    }
    case "hideRelations": {
      const values = r.list(name, raw);
      if (values) state.hiddenRelations = r.knownOnly(name, values, r.relations, "relation");
      return true;
    }
    case "q": {
      const text = r.item(name, raw);
      if (text !== null) state.search = text;
      return true;
    }
    case "edge": {
      const key = r.item(name, raw);
      if (key === null) return true;
      if (r.context.hasEdge(key)) state.selectedEdge = key;
      else r.ignored.push(`edge ${quote(key)} (no such edge)`);
      return true;
    }
    case "select": {
      const values = r.list(name, raw);
      if (values) state.selection = [...new Set(values.filter((key) => r.node(name, key)))];
      return true;
    }
    default:
      return false;
  }
}

/** The reading pane, the path and the timeline; false for other names. */
export function applyReadingParameter(
  name: string,
  raw: string,
  state: ViewState,
  r: Reader,
): boolean {
  switch (name) {
    case "read": {
      const value = r.flag(name, raw);
      if (value !== null) state.readingOpen = value;
      return true;
    }
    case "doc": {
      const id = r.item(name, raw);
      if (id === null) return true;
      if (r.sources === null || r.sources.has(id)) state.sourceDoc = id;
      else r.ignored.push(`doc ${quote(id)} (no such source document)`);
      return true;
    }
    case "sentence": {
      const id = r.item(name, raw);
      if (id === null || id === "") return true;
      if (!r.context.hasSentence || r.context.hasSentence(id)) state.sentence = id;
      else r.ignored.push(`sentence ${quote(id)} (no such sentence in the source text)`);
      return true;
    }
    case "path": {
      const values = r.list(name, raw);
      if (!values) return true;
      if (values.length !== 2) {
        r.ignored.push(`path ${quote(raw)} (expected two node keys: path=from,to)`);
        return true;
      }
      const [from, to] = values;
      const isValid = r.node(name, from) && r.node(name, to);
      if (isValid) state.path = { from, to } satisfies PathEnds;
      return true;
    }
    case "year": {
      const year = /^-?\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
      if (Math.abs(year) <= MAX_YEAR) state.year = year;
      else r.ignored.push(`year ${quote(raw)} (expected a year such as 1997)`);
      return true;
    }
    case "undated": {
      const value = r.flag(name, raw);
      if (value !== null) state.showUndated = value;
      return true;
    }
    default:
      return false;
  }
}

/** An appearance parameter (colour by, size by...), checked by parseAppearance. */
export function applyAppearanceParameter(
  name: AppearanceParameter,
  raw: string,
  state: ViewState,
  r: Reader,
): void {
  const text = r.item(name, raw);
  let parsed = text === null ? {} : parseAppearance({ [name]: text });
  // "Kind from" must name an attribute the graph offers.
  if (parsed.kindFrom && r.context.kindsUnder?.(parsed.kindFrom) === null) parsed = {};
  if (parsed[name] !== undefined) state.appearance = { ...state.appearance, ...parsed };
  else if (text !== null) r.ignored.push(`${name} ${quote(text)} (${APPEARANCE_CHOICES[name]})`);
}

/** The hidden kinds, checked against the kinds under the link's `kindFrom` (or the guess). */
export function applyHiddenKinds(state: ViewState, r: Reader): void {
  const { context } = r;
  const kinds = context.kindsUnder?.(state.appearance.kindFrom) ?? new Set(context.kinds);
  const later = r.ignored.splice(r.hiddenKindsAt);
  state.hiddenKinds = r.knownOnly("hideKinds", r.hiddenKinds, kinds, "node kind");
  r.ignored.push(...later);
}
