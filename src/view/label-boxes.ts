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

/** Boxes in a grid of cells, so a frame with hundreds of labels compares each with few others. */
export function createLabelBoxes(cellSize = 100): LabelBoxes {
  let cells = new Map<string, Box[]>();
  const cellKeys = (box: Box): string[] => {
    const keys: string[] = [];
    const fromX = Math.floor(box.x / cellSize);
    const toX = Math.floor((box.x + box.width) / cellSize);
    const fromY = Math.floor(box.y / cellSize);
    const toY = Math.floor((box.y + box.height) / cellSize);
    for (let x = fromX; x <= toX; x++) for (let y = fromY; y <= toY; y++) keys.push(`${x},${y}`);
    return keys;
  };
  const take = (box: Box, keys: string[]) => {
    for (const key of keys) {
      const cell = cells.get(key);
      if (cell) cell.push(box);
      else cells.set(key, [box]);
    }
  };
  return {
    clear() {
      cells = new Map();
    },
    claim(box) {
      const keys = cellKeys(box);
      for (const key of keys) {
        for (const other of cells.get(key) ?? []) if (overlaps(box, other)) return false;
      }
      take(box, keys);
      return true;
    },
    force(box) {
      take(box, cellKeys(box));
    },
  };
}
