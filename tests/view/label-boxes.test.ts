import { describe, expect, it } from "vitest";
import { createLabelBoxes } from "../../src/view/label-boxes.ts";

const box = (x: number, y: number, width = 50, height = 14) => ({ x, y, width, height });

describe("label boxes", () => {
  it("lets a label through where nothing is printed yet, and takes its place", () => {
    const boxes = createLabelBoxes();
    expect(boxes.claim(box(0, 0))).toBe(true);
    expect(boxes.claim(box(10, 5))).toBe(false);
    expect(boxes.claim(box(60, 0))).toBe(true);
    expect(boxes.claim(box(0, 20))).toBe(true);
  });

  it("keeps a small margin between labels", () => {
    const boxes = createLabelBoxes();
    boxes.claim(box(0, 0));
    expect(boxes.claim(box(51, 0))).toBe(false);
    expect(boxes.claim(box(53, 0))).toBe(true);
  });

  it("finds overlaps across grid cells", () => {
    const boxes = createLabelBoxes(10);
    boxes.claim(box(0, 0, 200, 14));
    expect(boxes.claim(box(150, 10, 20, 14))).toBe(false);
    expect(boxes.claim(box(-30, -30, 10, 10))).toBe(true);
  });

  it("lets a forced label take its place, and forgets everything on clear", () => {
    const boxes = createLabelBoxes();
    boxes.claim(box(0, 0));
    boxes.force(box(10, 0));
    expect(boxes.claim(box(40, 0))).toBe(false);
    boxes.clear();
    expect(boxes.claim(box(10, 0))).toBe(true);
  });
});
