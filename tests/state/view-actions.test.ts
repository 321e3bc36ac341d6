import { describe, expect, it } from "vitest";
import { createStore } from "../../src/state/store.ts";
import {
  clearFocus,
  focusNode,
  selectEdge,
  setDepth,
  setKindHidden,
  setRelationHidden,
  toggleSelected,
} from "../../src/state/view-actions.ts";
import { DEFAULT_VIEW, MAX_DEPTH, type ViewState } from "../../src/state/view-state.ts";

describe("changing the view", () => {
  it("focusing a node forgets the selected edge; Esc clears both", () => {
    const store = createStore<ViewState>({ ...DEFAULT_VIEW, selectedEdge: "a~r~b" });
    store.update(focusNode("china"));
    expect(store.get()).toMatchObject({ focus: "china", selectedEdge: null });
    store.update(selectEdge("a~r~b"));
    store.update(clearFocus());
    expect(store.get()).toMatchObject({ focus: null, selectedEdge: null });
  });

  it("does not notify listeners when nothing changes", () => {
    const store = createStore<ViewState>({ ...DEFAULT_VIEW, focus: "china" });
    let notified = 0;
    store.subscribe(() => notified++);
    store.update(focusNode("china"));
    store.update(setDepth(1));
    store.update(setKindHidden("threat", false));
    expect(notified).toBe(0);
  });

  it("keeps depth between 1 and the maximum", () => {
    const store = createStore<ViewState>(DEFAULT_VIEW);
    store.update(setDepth(-3));
    expect(store.get().depth).toBe(1);
    store.update(setDepth(99));
    expect(store.get().depth).toBe(MAX_DEPTH);
  });

  it("keeps hidden kinds and relations sorted, so equal views give equal links", () => {
    const store = createStore<ViewState>(DEFAULT_VIEW);
    store.update(setKindHidden("threat", true));
    store.update(setKindHidden("actor", true));
    store.update(setRelationHidden("proposed", true));
    expect(store.get().hiddenKinds).toEqual(["actor", "threat"]);
    store.update(setKindHidden("threat", false));
    expect(store.get().hiddenKinds).toEqual(["actor"]);
    expect(store.get().hiddenRelations).toEqual(["proposed"]);
  });

  it("toggles a node in and out of the selection", () => {
    const store = createStore<ViewState>(DEFAULT_VIEW);
    store.update(toggleSelected("undp"));
    store.update(toggleSelected("china"));
    expect(store.get().selection).toEqual(["china", "undp"]);
    store.update(toggleSelected("undp"));
    expect(store.get().selection).toEqual(["china"]);
  });
});
