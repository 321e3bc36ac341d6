// Labels that sigma is told to draw whatever happens (a focus neighbourhood's, forced labels) are
// not spaced by its label grid, so around a hub they print over each other. This keeps the boxes
// already printed in a frame and says whether a new label would land on one of them.
// Pure: no canvas, no sigma.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels kept clear around a label. */
const MARGIN = 2;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

export interface LabelBoxes {
  /** Forgets every box: call when a frame starts. */
  clear(): void;
  /** Whether the box is clear of those taken; if so it is taken. */
  claim(box: Box): boolean;
  /** Takes the box whatever it covers (a label that must show, e.g. the focus). */
  force(box: Box): void;
}

/** A cell's key: column and row in one number (two cells sharing one only cost comparisons). */
const cellKey = (x: number, y: number) => x * 2 ** 21 + y;

/**
 * Boxes in a grid of cells, so a frame with hundreds of labels compares each with few others.
 * Called for every label of every frame: numeric keys, no arrays made per call.
 */
export function createLabelBoxes(cellSize = 100): LabelBoxes {
  const cells = new Map<number, Box[]>();
  const take = (box: Box) => {
    const toX = Math.floor((box.x + box.width) / cellSize);
    const toY = Math.floor((box.y + box.height) / cellSize);
    for (let x = Math.floor(box.x / cellSize); x <= toX; x++) {
      for (let y = Math.floor(box.y / cellSize); y <= toY; y++) {
        const key = cellKey(x, y);
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      }
    }
  };
  const isClear = (box: Box) => {
    const toX = Math.floor((box.x + box.width) / cellSize);
    const toY = Math.floor((box.y + box.height) / cellSize);
    for (let x = Math.floor(box.x / cellSize); x <= toX; x++) {
      for (let y = Math.floor(box.y / cellSize); y <= toY; y++) {
        const cell = cells.get(cellKey(x, y));
        if (cell?.some((other) => overlaps(box, other))) return false;
      }
    }
    return true;
  };
  return {
    clear() {
      cells.clear();
    },
    claim(box) {
      if (!isClear(box)) return false;
      take(box);
      return true;
    },
    force(box) {
      take(box);
    },
  };
}
