// The multi-selection's producers: toggled, added to, replaced, cleared, grown by one hop.
import { describe, expect, it } from "vitest";
import {
  addToSelection,
  clearSelection,
  growSelection,
  selectNodes,
  toggleSelected,
} from "../../src/state/selection.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe("the selection", () => {
  it("adds nodes once each, in a stable order", () => {
    const state = addToSelection(["undp", "china"])(view({ selection: ["china"] }));
    expect(state.selection).toEqual(["china", "undp"]);
  });

  it("does not change the view when nothing new is added or nothing is cleared", () => {
    const state = view({ selection: ["china"] });
    expect(addToSelection(["china"])(state)).toBe(state);
    expect(clearSelection()(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
    expect(clearSelection()(state).selection).toEqual([]);
  });

  it('"Select neighbours" grows it by one hop, both directions', () => {
    const state = growSelection(securityGraph())(view({ selection: ["human-security"] }));
    expect(state.selection).toEqual([
      "human-development-report",
      "human-security",
      "new-security-concept",
      "undp",
    ]);
  });

  it("grows only along what the legend shows", () => {
    const state = growSelection(securityGraph())(
      view({
        selection: ["new-security-concept"],
        hiddenKinds: ["threat"],
        hiddenRelations: ["reiterated"],
      }),
    );
    expect(state.selection).toEqual(["china", "human-security", "new-security-concept"]);
  });

  it("toggles a node in and out, keeping the list sorted", () => {
    let state = toggleSelected("undp")(DEFAULT_VIEW);
    state = toggleSelected("china")(state);
    expect(state.selection).toEqual(["china", "undp"]);
    expect(toggleSelected("undp")(state).selection).toEqual(["china"]);
  });

  it("replaces the selection with a path's nodes, once each, sorted", () => {
    const state = selectNodes(["undp", "china", "undp"])(view({ selection: ["x"] }));
    expect(state.selection).toEqual(["china", "undp"]);
    expect(selectNodes(["china", "undp"])(state)).toBe(state);
  });
});
