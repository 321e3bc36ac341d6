// The timeline's producers: the year the graph is shown as of, and undated items kept or not.
import { describe, expect, it } from "vitest";
import { setShowUndated, setYear } from "../../src/state/timeline.ts";
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
