// The filter producers: kinds and relations the legend hides, and the search text.
import { describe, expect, it } from "vitest";
import { setKindHidden, setRelationHidden, setSearch } from "../../src/state/filters.ts";
import { createStore } from "../../src/state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";

describe("the filters", () => {
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

  it("returns the same view when nothing changes", () => {
    const view = { ...DEFAULT_VIEW, hiddenKinds: ["actor"], search: "un" };
    expect(setKindHidden("actor", true)(view)).toBe(view);
    expect(setKindHidden("threat", false)(view)).toBe(view);
    expect(setRelationHidden("proposed", false)(view)).toBe(view);
    expect(setSearch("un")(view)).toBe(view);
    expect(setSearch("china")(view).search).toBe("china");
  });
});
