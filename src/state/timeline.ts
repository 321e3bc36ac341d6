// The timeline's part of the view, as pure producers: the year the graph is shown as of, and
// whether items without a date stay in the picture; and what the Timeline panel says and where
// Play goes next, without the DOM (ui/timeline.ts draws it).
import { counted } from "../model/counted.ts";
import type { DatedCounts, TimeRange } from "../query/timeline.ts";
import type { Producer } from "./store.ts";
import type { ViewState } from "./view-state.ts";

/** The graph as of a year (whole years); null shows every year. */
export function setYear(year: number | null): Producer<ViewState> {
  const whole = year === null || !Number.isFinite(year) ? null : Math.round(year);
  return (state) => (state.year === whole ? state : { ...state, year: whole });
}

export function setShowUndated(showUndated: boolean): Producer<ViewState> {
  return (state) => (state.showUndated === showUndated ? state : { ...state, showUndated });
}

/**
 * Goes to a year. The first year chosen on a mostly undated graph (`hidesUndated`, see
 * showsUndatedByDefault) also hides the undated items, so Play visibly grows the graph.
 */
export function goToYear(year: number | null, hidesUndated: boolean): Producer<ViewState> {
  return (state) => {
    const next = setYear(year)(state);
    return year !== null && state.year === null && hidesUndated
      ? setShowUndated(false)(next)
      : next;
  };
}

/** The year Play starts from: the first, unless it was stopped halfway through the span. */
export function playStartYear(span: TimeRange, year: number | null): number | null {
  return year === null || year >= span.max || year < span.min ? span.min : null;
}

/** Play's next year, or null when it has reached the end and stops. */
export function nextPlayYear(span: TimeRange | null, year: number | null): number | null {
  if (!span || year === null || year >= span.max) return null;
  return year + 1;
}

/** What the slider says: "As of 1997", or the whole span; the second for screen readers. */
export function yearLabels(span: TimeRange, year: number | null) {
  return year === null
    ? { shown: `${span.min}–${span.max}`, spoken: `All years, ${span.min} to ${span.max}` }
    : { shown: `As of ${year}`, spoken: `As of ${year}` };
}

/** "12 of 80 nodes and 40 of 122 edges carry a date" */
export function datedNote(counts: DatedCounts): string {
  return `${counts.datedNodes} of ${counted(counts.nodes, "node")} and ${counts.datedEdges} of ${counted(counts.edges, "edge")} carry a date`;
}
