// The colour scales attribute colouring uses: categories get the colour-blind-safe Okabe-Ito set
// and one grey for the long tail ("other"); numbers a sequential ramp (viridis, readable in grey
// and by people with colour-vision deficiencies). Values absent from a node get a paler grey.
import { colourAlong } from "./colour-values.ts";

/** Okabe-Ito without black, most distinct first. */
export const CATEGORY_COLOURS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#d55e00",
  "#56b4e9",
  "#cc79a7",
  "#f0e442",
] as const;
/** The values past the palette, drawn alike. */
export const OTHER_COLOUR = "#7f7f7f";
/** Nodes without a usable value. */
export const MISSING_COLOUR = "#cccccc";
/** Viridis, sampled at ten even steps. */
export const RAMP_COLOURS = [
  "#440154",
  "#482878",
  "#3e4989",
  "#31688e",
  "#26828e",
  "#1f9e89",
  "#35b779",
  "#6ece58",
  "#b5de2b",
  "#fde725",
] as const;

export interface CategoryEntry {
  value: string;
  colour: string;
  count: number;
}

export interface CategoryScale {
  /** The values with a colour of their own, most frequent first. */
  entries: CategoryEntry[];
  /** The rest, drawn in OTHER_COLOUR: how many values and how many items. */
  other: { values: number; count: number } | null;
  colourOf(value: string): string;
}

/** Most frequent values first (ties in natural order), the palette's worth of them coloured. */
export function categoryScale(counts: ReadonlyMap<string, number>): CategoryScale {
  const collator = new Intl.Collator(undefined, { numeric: true });
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  const coloured = Math.min(sorted.length, CATEGORY_COLOURS.length);
  const entries = sorted.slice(0, coloured).map(([value, count], index) => ({
    value,
    count,
    colour: CATEGORY_COLOURS[index],
  }));
  const rest = sorted.slice(coloured);
  const colours = new Map(entries.map((entry) => [entry.value, entry.colour]));
  return {
    entries,
    other:
      rest.length === 0
        ? null
        : { values: rest.length, count: rest.reduce((sum, [, count]) => sum + count, 0) },
    colourOf: (value) => colours.get(value) ?? OTHER_COLOUR,
  };
}

export interface RangeScale {
  min: number;
  max: number;
  colourOf(value: number): string;
}

/** Low values dark, high values light; a range of one value takes the middle of the ramp. */
export function rangeScale(min: number, max: number): RangeScale {
  const span = max - min;
  return {
    min,
    max,
    colourOf: (value) => colourAlong(RAMP_COLOURS, span > 0 ? (value - min) / span : 0.5),
  };
}
