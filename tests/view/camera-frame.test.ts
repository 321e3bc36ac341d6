// The camera's frame: the closest zoom at which nodes and labels fit, leaning left for labels.
import { describe, expect, it } from "vitest";
import {
  extentAt,
  type FramedNode,
  fitFrame,
  fitRatio,
  LABEL_GAP,
} from "../../src/view/camera-frame.ts";

const node = (dx: number, dy: number, labelWidth = 0, radius = 5): FramedNode => ({
  dx,
  dy,
  labelWidth,
  radius: () => radius,
});
const room = { width: 400, height: 300, margin: 10, labelHeight: 15, minRatio: 0.2, maxRatio: 8 };

describe("framing nodes", () => {
  it("finds the closest ratio that fits, within the bounds", () => {
    expect(fitRatio((ratio) => ratio >= 0.5, 0.2, 8)).toBeCloseTo(0.5, 5);
    expect(fitRatio(() => true, 0.2, 8)).toBe(0.2);
    expect(fitRatio(() => false, 0.2, 8)).toBe(8);
  });

  it("fits nodes and their labels in the room, margins kept, centred", () => {
    const nodes = [node(-300, 0), node(300, 0, 120), node(0, -200), node(0, 200)];
    const fit = fitFrame(nodes, room);
    const extent = extentAt(nodes, fit.ratio, room.labelHeight);
    const width = extent.maxX - extent.minX;
    const height = extent.maxY - extent.minY;
    // One side touches the margins (else a closer zoom would fit), neither passes them.
    expect(width).toBeLessThanOrEqual(room.width - 2 * room.margin + 1e-6);
    expect(height).toBeLessThanOrEqual(room.height - 2 * room.margin + 1e-6);
    expect(Math.max(width / 380, height / 280)).toBeCloseTo(1, 3);
    // The label on the right makes the frame lean right of the nodes' centre.
    expect(fit.shiftX).toBeGreaterThan(0);
    expect(fit.shiftX).toBeCloseTo((extent.minX + extent.maxX) / 2, 6);
  });

  it("a label reaches right of its node by the gap and its width", () => {
    const extent = extentAt([node(0, 0, 50, 4)], 1, 10);
    expect(extent).toEqual({ minX: -4, maxX: 4 + LABEL_GAP + 50, minY: -5, maxY: 5 });
  });

  it("a lone node is not zoomed past the closest ratio", () => {
    expect(fitFrame([node(0, 0, 40)], room).ratio).toBe(0.2);
  });
});
