import { describe, expect, it } from "vitest";
import {
  type LabelGridLike,
  labelsPerCell,
  memoizeLabelGridPrototype,
} from "../../src/view/label-grid-memo.ts";

/** Sigma 3.0.3's LabelGrid, reduced: cells of candidates, the best `perCell` of each let through. */
class FakeGrid implements LabelGridLike {
  cellSize = 0;
  cells: string[][] = [];
  computed = 0;
  resizeAndClear(_dimensions: unknown, cellSize: unknown) {
    this.cellSize = cellSize as number;
    this.cells = [];
  }
  add(key: unknown, _size: unknown, cell: unknown) {
    this.cells[cell as number] ??= [];
    this.cells[cell as number].push(key as string);
  }
  organize() {
    for (const cell of this.cells) cell.sort();
  }
  getLabelsToDisplay(ratio: number, density: number) {
    this.computed++;
    const perCell = labelsPerCell(this.cellSize, ratio, density);
    return this.cells.flatMap((cell) => cell.slice(0, perCell));
  }
}
memoizeLabelGridPrototype(FakeGrid.prototype);

function grid(): FakeGrid {
  const made = new FakeGrid();
  made.resizeAndClear({}, 150);
  for (const [key, cell] of [
    ["b", 0],
    ["a", 0],
    ["c", 1],
    ["d", 1],
    ["e", 1],
  ] as const) {
    made.add(key, 1, cell);
  }
  made.organize();
  return made;
}

describe("label grid memo", () => {
  it("computes the candidates once while the grid and the count per cell stay", () => {
    const labels = grid();
    expect(labels.getLabelsToDisplay(1, 0.6)).toEqual(["a", "c"]);
    expect(labels.getLabelsToDisplay(1, 0.6)).toEqual(["a", "c"]);
    // A small zoom that lets as many labels per cell through.
    expect(labels.getLabelsToDisplay(0.9, 0.6)).toEqual(["a", "c"]);
    expect(labels.computed).toBe(1);
    // Zoomed in enough for two per cell.
    expect(labels.getLabelsToDisplay(0.7, 0.6)).toEqual(["a", "b", "c", "d"]);
    expect(labels.computed).toBe(2);
  });

  it("hands out copies: what a caller appends is not kept", () => {
    const labels = grid();
    labels.getLabelsToDisplay(1, 0.6).push("forced");
    expect(labels.getLabelsToDisplay(1, 0.6)).toEqual(["a", "c"]);
  });

  it("computes again after the grid changes", () => {
    const labels = grid();
    labels.getLabelsToDisplay(1, 0.6);
    labels.add("0", 1, 1);
    labels.organize();
    expect(labels.getLabelsToDisplay(1, 0.6)).toEqual(["a", "0"]);
    labels.resizeAndClear({}, 150);
    expect(labels.getLabelsToDisplay(1, 0.6)).toEqual([]);
    expect(labels.computed).toBe(3);
  });

  it("keeps one memo per grid", () => {
    const first = grid();
    const second = grid();
    second.add("0", 1, 0);
    second.organize();
    expect(first.getLabelsToDisplay(1, 0.6)).toEqual(["a", "c"]);
    expect(second.getLabelsToDisplay(1, 0.6)).toEqual(["0", "c"]);
  });

  it("says which method is missing when sigma's grid changes", () => {
    expect(() => memoizeLabelGridPrototype({} as LabelGridLike)).toThrow(/resizeAndClear/);
  });
});
