// What the user is looking at, as plain data: everything the URL must reproduce lives here.
// Transient pointer state (hover, drag) is not part of the view. The changes to it are pure
// producers grouped by domain: focus.ts, filters.ts, reading.ts, selection.ts, timeline.ts.
import type { AppearanceSettings } from "../appearance/settings.ts";
import type { Producer } from "./store.ts";

export interface PathEnds {
  from: string;
  to: string;
}

export interface ViewState {
  /** Focused node key, or null. */
  focus: string | null;
  /** Hops around the focus, both directions; 1 or more. */
  depth: number;
  /** Hide (true) or dim (false) what is outside the focus. */
  hideOthers: boolean;
  /** Node kinds and relations toggled off in the legend. */
  hiddenKinds: string[];
  hiddenRelations: string[];
  /** Text in the search box. */
  search: string;
  /** Clicked edge key, shown in Details. */
  selectedEdge: string | null;
  /** Multi-selection (shift-click, lasso) for export. */
  selection: string[];
  /** Reading pane: open or not, the document shown, the selected sentence id. */
  readingOpen: boolean;
  sourceDoc: string | null;
  sentence: string | null;
  /** Ends of the explained path, or null. */
  path: PathEnds | null;
  /** Timeline: show the graph as of this year (null: no time filter). */
  year: number | null;
  /** With a year set: keep items that have no date. */
  showUndated: boolean;
  /** Colour and size choices (Appearance panel); unset ones follow the graph (see appearance/). */
  appearance: AppearanceSettings;
}

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  depth: 1,
  hideOthers: false,
  hiddenKinds: [],
  hiddenRelations: [],
  search: "",
  selectedEdge: null,
  selection: [],
  readingOpen: false,
  sourceDoc: null,
  sentence: null,
  path: null,
  year: null,
  showUndated: true,
  appearance: {},
};

export const MAX_DEPTH = 6;

/** Back/forward and shared links replace the whole view. */
export function replaceView(next: ViewState): Producer<ViewState> {
  return () => next;
}

/** Adds or removes a name, keeping the list sorted so equal views give equal URLs. */
export function withName(names: string[], name: string, isIncluded: boolean): string[] {
  if (names.includes(name) === isIncluded) return names;
  return isIncluded ? [...names, name].sort() : names.filter((other) => other !== name);
}
