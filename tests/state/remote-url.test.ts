import { describe, expect, it } from "vitest";
import { encodeRemoteView, splitRemoteLink } from "../../src/state/remote-url.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";

describe("links to a remote view", () => {
  it("adds the loaded neighbourhoods and the raised cap to the view's query, and reads them back", () => {
    const view = { ...DEFAULT_VIEW, focus: "china", depth: 2 };
    const link = {
      loads: [
        { centre: "undp", depth: 1 },
        { centre: "a,b:c", depth: 3 },
      ],
      limit: 3000,
    };
    const query = encodeRemoteView(view, link);
    expect(query).toBe("focus=china&depth=2&load=undp:1,a%2Cb%3Ac:3&limit=3000");
    expect(splitRemoteLink(`?${query}`)).toEqual({
      link,
      viewQuery: "focus=china&depth=2",
      ignored: [],
    });
  });

  it("writes nothing extra for a view with nothing loaded", () => {
    expect(encodeRemoteView(DEFAULT_VIEW, { loads: [], limit: null })).toBe("");
  });

  it("drops a bad cap, a bad load list and repeats, keeping the rest", () => {
    for (const bad of ["china:7", "china", "%E0%A4%A:1", "china:1,:2"]) {
      expect(splitRemoteLink(`load=${bad}`).ignored, bad).toEqual([
        "load (expected node:depth items, depth 1 to 6)",
      ]);
    }
    const { link, viewQuery, ignored } = splitRemoteLink(
      "limit=-4&focus=x&load=y:1&load=z:1&limit=0",
    );
    expect(link).toEqual({ loads: [{ centre: "y", depth: 1 }], limit: null });
    expect(viewQuery).toBe("focus=x");
    expect(ignored).toEqual([
      'limit "-4" (expected a whole number from 1 to 100000)',
      "load (given more than once; the first one is used)",
      "limit (given more than once; the first one is used)",
    ]);
  });
});
