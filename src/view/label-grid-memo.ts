// Sigma 3.0 picks the node labels a frame may print from its label grid (`getLabelsToDisplay`):
// the best few candidates of every cell, how many depending only on the zoom ratio. It rebuilds
// that list on every frame, though the grid only changes when sigma reprocesses the graph, and
// a pan does not change the ratio (a zoom changes the count per cell only now and then). This
// keeps the last list per grid and hands sigma a copy (sigma appends the forced labels to it)
// until the grid changes (`resizeAndClear`, `add`, `organize`) or the count per cell does.
// The prototype is patched, as sigma makes a new grid when it is handed a new graph.
// tests/browser/label-grid-memo.test.ts checks the labels printed stay the same.

export interface LabelGridLike {
  cellSize: number;
  resizeAndClear(...args: unknown[]): void;
  add(...args: unknown[]): void;
  organize(): void;
  getLabelsToDisplay(ratio: number, density: number): string[];
}

interface Memo {
  perCell: number;
  labels: string[];
}

const CHANGES = ["resizeAndClear", "add", "organize"] as const;
const memos = new WeakMap<object, Memo>();
const patched = new WeakSet<object>();

/** How many labels per cell sigma's grid lets through at this ratio (its own formula). */
export function labelsPerCell(cellSize: number, ratio: number, density: number): number {
  const cellArea = cellSize * cellSize;
  const scaledCellArea = cellArea / ratio / ratio;
  return Math.ceil((scaledCellArea * density) / cellArea);
}

/** Patches a label grid's prototype so that its candidate list is computed once per change. */
export function memoizeLabelGridPrototype(prototype: LabelGridLike): void {
  if (patched.has(prototype)) return;
  for (const method of [...CHANGES, "getLabelsToDisplay"] as const) {
    if (typeof prototype[method] !== "function") {
      throw new Error(
        `label-grid-memo: sigma's label grid has no ${method}(); update this module.`,
      );
    }
  }
  for (const method of CHANGES) {
    const change = prototype[method] as (...args: unknown[]) => void;
    prototype[method] = function changed(this: LabelGridLike, ...args: unknown[]) {
      memos.delete(this);
      return change.apply(this, args);
    };
  }
  const compute = prototype.getLabelsToDisplay;
  prototype.getLabelsToDisplay = function memoized(this: LabelGridLike, ratio, density) {
    const perCell = labelsPerCell(this.cellSize, ratio, density);
    let memo = memos.get(this);
    if (memo?.perCell !== perCell) {
      memo = { perCell, labels: compute.call(this, ratio, density) };
      memos.set(this, memo);
    }
    return memo.labels.slice();
  };
  patched.add(prototype);
}

/** Memoizes the candidate labels of the sigma instance's label grid (and of any it makes later). */
export function memoizeLabelGrid(sigma: object): void {
  const grid = (sigma as { labelGrid?: object }).labelGrid;
  if (typeof grid !== "object" || grid === null) {
    throw new Error("label-grid-memo: sigma has no labelGrid; update this module.");
  }
  memoizeLabelGridPrototype(Object.getPrototypeOf(grid) as LabelGridLike);
}
