// The timeline's producers: the year the graph is shown as of, and undated items kept or not.
import { describe, expect, it } from "vitest";
import {
  datedNote,
  goToYear,
  nextPlayYear,
  playStartYear,
  setShowUndated,
  setYear,
  yearLabels,
} from "../../src/state/timeline.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";

describe("the timeline's view", () => {
  it("keeps whole years, and null or a non-number for every year", () => {
    expect(setYear(1996.6)(DEFAULT_VIEW).year).toBe(1997);
    expect(setYear(Number.POSITIVE_INFINITY)(DEFAULT_VIEW).year).toBeNull();
    const at = setYear(2002)(DEFAULT_VIEW);
    expect(setYear(2002)(at)).toBe(at);
    expect(setYear(null)(at).year).toBeNull();
  });

  it("keeps or drops undated items, returning the same view when nothing changes", () => {
    expect(setShowUndated(true)(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
    expect(setShowUndated(false)(DEFAULT_VIEW).showUndated).toBe(false);
  });
});

describe("the Timeline panel, without the DOM", () => {
  const span = { min: 1991, max: 2011 };

  it("hides undated items with the first year chosen on a mostly undated graph, not after", () => {
    const first = goToYear(1997, true)(DEFAULT_VIEW);
    expect(first).toMatchObject({ year: 1997, showUndated: false });
    const kept = setShowUndated(true)(first);
    expect(goToYear(1998, true)(kept)).toMatchObject({ year: 1998, showUndated: true });
    expect(goToYear(1997, false)(DEFAULT_VIEW)).toMatchObject({ year: 1997, showUndated: true });
    expect(goToYear(null, true)(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
  });

  it("plays from the first year unless stopped halfway, and stops at the last", () => {
    expect(playStartYear(span, null)).toBe(1991);
    expect(playStartYear(span, 2011)).toBe(1991);
    expect(playStartYear(span, 1980)).toBe(1991);
    expect(playStartYear(span, 2000)).toBeNull();
    expect(nextPlayYear(span, 2000)).toBe(2001);
    expect(nextPlayYear(span, 2011)).toBeNull();
    expect(nextPlayYear(null, 2000)).toBeNull();
    expect(nextPlayYear(span, null)).toBeNull();
  });

  it("says the year shown and how much of the graph is dated", () => {
    expect(yearLabels(span, null)).toEqual({
      shown: "1991–2011",
      spoken: "All years, 1991 to 2011",
    });
    expect(yearLabels(span, 1997)).toEqual({ shown: "As of 1997", spoken: "As of 1997" });
    expect(datedNote({ nodes: 80, datedNodes: 12, edges: 1, datedEdges: 1 })).toBe(
      "12 of 80 nodes and 1 of 1 edge carry a date",
    );
  });
});
