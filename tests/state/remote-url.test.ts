import { describe, expect, it } from "vitest";
import { encodeRemoteView, splitRemoteLink } from "../../src/state/remote-url.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";

describe("links to a remote view", () => {
  it("adds the expanded nodes and the raised cap to the view's query, and reads them back", () => {
    const view = { ...DEFAULT_VIEW, focus: "china", depth: 2 };
    const link = { expanded: ["undp", "a,b"], limit: 3000 };
    const query = encodeRemoteView(view, link);
    expect(query).toBe("focus=china&depth=2&expand=undp,a%2Cb&limit=3000");
    expect(splitRemoteLink(`?${query}`)).toEqual({
      link,
      viewQuery: "focus=china&depth=2",
      ignored: [],
    });
  });

  it("writes nothing extra for a view with nothing expanded", () => {
    expect(encodeRemoteView(DEFAULT_VIEW, { expanded: [], limit: null })).toBe("");
  });

  it("drops a bad cap, a badly encoded list and repeats, keeping the rest", () => {
    const { link, viewQuery, ignored } = splitRemoteLink(
      "limit=-4&expand=%E0%A4%A&focus=x&expand=y&limit=0",
    );
    expect(link).toEqual({ expanded: [], limit: null });
    expect(viewQuery).toBe("focus=x");
    expect(ignored).toEqual([
      'limit "-4" (expected a whole number from 1 to 100000)',
      "expand (badly encoded)",
      "expand (given more than once; the first one is used)",
      "limit (given more than once; the first one is used)",
    ]);
  });
});
