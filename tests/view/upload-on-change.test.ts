// Which items of a vertex array go to WebGL after a few changed: merged, sorted ranges.
import { describe, expect, it } from "vitest";
import { itemRanges } from "../../src/view/upload-on-change.ts";

describe("itemRanges", () => {
  it("sorts the changed items and sends neighbours as one range", () => {
    expect(itemRanges([40, 3, 5, 4, 900], 2)).toEqual([
      [3, 5],
      [40, 40],
      [900, 900],
    ]);
  });

  it("counts an item written twice once", () => {
    expect(itemRanges([7, 7, 8], 0)).toEqual([[7, 8]]);
  });

  it("is empty when nothing changed", () => {
    expect(itemRanges([])).toEqual([]);
  });
});
