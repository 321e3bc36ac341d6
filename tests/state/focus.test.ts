// The focus producers: what a focus, Clear, the depth, "Hide the rest", a link in Details and a
// path do to the view, and that a producer which changes nothing gives the same state back
// (so the store notifies no one and the URL is not rewritten).
import { describe, expect, it } from "vitest";
import {
  clearFocus,
  focusNode,
  selectEdge,
  setDepth,
  setHideOthers,
  showPath,
} from "../../src/state/focus.ts";
import { DEFAULT_VIEW, MAX_DEPTH, type ViewState } from "../../src/state/view-state.ts";

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe("the focus", () => {
  it("focusing a node forgets the edge and the sentence shown, which would hide the focus", () => {
    const state = focusNode("china")(view({ selectedEdge: "e1", sentence: "s3" }));
    expect(state).toMatchObject({ focus: "china", selectedEdge: null, sentence: null });
  });

  it("focusing the node already focused, with nothing else shown, changes nothing", () => {
    const state = view({ focus: "china" });
    expect(focusNode("china")(state)).toBe(state);
    expect(focusNode("undp")(state).focus).toBe("undp");
  });

  it("Clear forgets the focus, the edge and the sentence; on a clear view it changes nothing", () => {
    const state = clearFocus()(view({ focus: "china", selectedEdge: "e1", sentence: "s3" }));
    expect(state).toMatchObject({ focus: null, selectedEdge: null, sentence: null });
    expect(clearFocus()(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
  });

  it("the depth is a whole number from 1 to the maximum, whatever is asked", () => {
    expect(setDepth(2)(DEFAULT_VIEW).depth).toBe(2);
    expect(setDepth(2.6)(DEFAULT_VIEW).depth).toBe(3);
    expect(setDepth(0)(DEFAULT_VIEW).depth).toBe(1);
    expect(setDepth(-4)(DEFAULT_VIEW).depth).toBe(1);
    expect(setDepth(Number.NaN)(DEFAULT_VIEW).depth).toBe(1);
    expect(setDepth(MAX_DEPTH + 5)(DEFAULT_VIEW).depth).toBe(MAX_DEPTH);
    const state = view({ depth: 2 });
    expect(setDepth(2)(state)).toBe(state);
  });

  it('"Hide the rest" and the link shown in Details change only when they differ', () => {
    const hidden = setHideOthers(true)(DEFAULT_VIEW);
    expect(hidden.hideOthers).toBe(true);
    expect(setHideOthers(true)(hidden)).toBe(hidden);
    const linked = selectEdge("e1")(DEFAULT_VIEW);
    expect(linked.selectedEdge).toBe("e1");
    expect(selectEdge("e1")(linked)).toBe(linked);
    expect(selectEdge(null)(linked).selectedEdge).toBeNull();
  });

  it("a path with the same two ends is the same path; another one or none replaces it", () => {
    const state = showPath({ from: "china", to: "undp" })(DEFAULT_VIEW);
    expect(state.path).toEqual({ from: "china", to: "undp" });
    expect(showPath({ from: "china", to: "undp" })(state)).toBe(state);
    expect(showPath({ from: "undp", to: "china" })(state).path).toEqual({
      from: "undp",
      to: "china",
    });
    expect(showPath(null)(state).path).toBeNull();
    expect(showPath(null)(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
  });
});
