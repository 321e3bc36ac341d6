// The timeline's part of the view, as pure producers: the year the graph is shown as of, and
// whether items without a date stay in the picture.
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
