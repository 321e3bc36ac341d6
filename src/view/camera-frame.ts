// Where the camera goes to show a set of nodes whole: every node and its label inside the stage,
// with a margin, as close as that allows. Labels print to the right of their node (see
// label-drawer.ts), so the frame leans left of the nodes' centre to leave them room.
// The search over zoom ratios is pure (fitRatio); cameraFrame reads positions from sigma.

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** A node at the reference camera (ratio 1): its offset from the stage centre, in pixels. */
export interface FramedNode {
  dx: number;
  dy: number;
  /** Radius at ratio r, in pixels. */
  radius(ratio: number): number;
  /** Label width in pixels (0: no label); it starts `LABEL_GAP` right of the node. */
  labelWidth: number;
}

export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** As label-drawer.ts places labels: this far right of the node's edge, this tall. */
export const LABEL_GAP = 3;
const ZOOM_STEPS = 30;

/** The pixels the nodes and labels cover at `ratio`, relative to the stage centre. */
export function extentAt(nodes: readonly FramedNode[], ratio: number, labelHeight: number): Extent {
  const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const x = node.dx / ratio;
    const y = node.dy / ratio;
    const radius = node.radius(ratio);
    const half = node.labelWidth > 0 ? Math.max(radius, labelHeight / 2) : radius;
    const right = node.labelWidth > 0 ? radius + LABEL_GAP + node.labelWidth : radius;
    extent.minX = Math.min(extent.minX, x - radius);
    extent.maxX = Math.max(extent.maxX, x + right);
    extent.minY = Math.min(extent.minY, y - half);
    extent.maxY = Math.max(extent.maxY, y + half);
  }
  return extent;
}

/**
 * The smallest ratio in [min, max] (the closest zoom) at which the extent fits in the room;
 * `max` when even that does not fit. Fitting only gets easier as the ratio grows.
 */
export function fitRatio(fits: (ratio: number) => boolean, min: number, max: number): number {
  if (fits(min)) return min;
  if (!fits(max)) return max;
  // Bisect in log space: ratios span orders of magnitude.
  let low = Math.log(min);
  let high = Math.log(max);
  for (let step = 0; step < ZOOM_STEPS; step++) {
    const middle = (low + high) / 2;
    if (fits(Math.exp(middle))) high = middle;
    else low = middle;
  }
  return Math.exp(high);
}

export interface FrameRoom {
  width: number;
  height: number;
  /** Pixels kept clear along each side of the stage. */
  margin: number;
  labelHeight: number;
  minRatio: number;
  maxRatio: number;
}

/** The ratio that fits, and the pixel shift of the stage centre that centres the extent. */
export function fitFrame(
  nodes: readonly FramedNode[],
  room: FrameRoom,
): { ratio: number; shiftX: number; shiftY: number } {
  const fits = (ratio: number) => {
    const extent = extentAt(nodes, ratio, room.labelHeight);
    return (
      extent.maxX - extent.minX <= room.width - 2 * room.margin &&
      extent.maxY - extent.minY <= room.height - 2 * room.margin
    );
  };
  const ratio = fitRatio(fits, room.minRatio, room.maxRatio);
  const extent = extentAt(nodes, ratio, room.labelHeight);
  return {
    ratio,
    shiftX: (extent.minX + extent.maxX) / 2,
    shiftY: (extent.minY + extent.maxY) / 2,
  };
}
