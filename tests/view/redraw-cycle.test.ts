import { describe, expect, it } from "vitest";
import { createRedrawCycle, nextBudget } from "../../src/view/redraw-cycle.ts";

/** Every slice the cycle hands out until it settles. */
function drain(cycle: ReturnType<typeof createRedrawCycle>, budget: number) {
  const slices = [];
  for (let slice = cycle.nextSlice(budget); slice; slice = cycle.nextSlice(budget)) {
    slices.push(slice);
  }
  return slices;
}

describe("redraw cycle", () => {
  it("has nothing to redraw until positions move", () => {
    const cycle = createRedrawCycle([1, 1, 1]);
    expect(cycle.isSettled()).toBe(true);
    expect(cycle.nextSlice(10)).toBeNull();
  });

  it("redraws every node exactly once per change, in slices within the budget", () => {
    const cycle = createRedrawCycle([2, 3, 1, 4, 2, 2]);
    cycle.markAllMoved();
    const slices = drain(cycle, 5);
    expect(slices).toEqual([
      { start: 0, end: 2, items: 5 },
      { start: 2, end: 4, items: 5 },
      { start: 4, end: 6, items: 4 },
    ]);
    expect(cycle.isSettled()).toBe(true);
  });

  it("gives a node that alone exceeds the budget (a hub) a slice of its own", () => {
    const cycle = createRedrawCycle([1, 50, 1]);
    cycle.markAllMoved();
    expect(drain(cycle, 10)).toEqual([
      { start: 0, end: 1, items: 1 },
      { start: 1, end: 2, items: 50 },
      { start: 2, end: 3, items: 1 },
    ]);
  });

  it("goes on from where it stopped when positions move mid-lap, and wraps around", () => {
    const cycle = createRedrawCycle([1, 1, 1, 1]);
    cycle.markAllMoved();
    expect(cycle.nextSlice(3)).toEqual({ start: 0, end: 3, items: 3 });
    cycle.markAllMoved();
    // A whole lap from node 3: 3, then 0, 1, 2.
    expect(drain(cycle, 3)).toEqual([
      { start: 3, end: 4, items: 1 },
      { start: 0, end: 3, items: 3 },
    ]);
    expect(cycle.isSettled()).toBe(true);
  });

  it("restarts from the first item for a last lap in order", () => {
    const cycle = createRedrawCycle([1, 1, 1, 1]);
    cycle.markAllMoved();
    expect(cycle.nextSlice(3)).toEqual({ start: 0, end: 3, items: 3 });
    cycle.restart();
    expect(drain(cycle, 2)).toEqual([
      { start: 0, end: 2, items: 2 },
      { start: 2, end: 4, items: 2 },
    ]);
    expect(cycle.isSettled()).toBe(true);
  });

  it("settles at once on an empty graph", () => {
    const cycle = createRedrawCycle([]);
    cycle.markAllMoved();
    expect(cycle.nextSlice(10)).toBeNull();
    expect(cycle.isSettled()).toBe(true);
  });
});

describe("redraw budget", () => {
  const limits = { targetMs: 20, minItems: 100, maxItems: 100_000 };

  it("grows when slices finish well within the target, at most by half again", () => {
    expect(nextBudget(1000, { items: 1000, elapsedMs: 1 }, limits)).toBe(1500);
    expect(nextBudget(1000, { items: 1000, elapsedMs: 10 }, limits)).toBe(1500);
  });

  it("shrinks half-way towards the target when a slice takes too long", () => {
    expect(nextBudget(1000, { items: 1000, elapsedMs: 40 }, limits)).toBe(750);
  });

  it("stays within its limits", () => {
    expect(nextBudget(150, { items: 150, elapsedMs: 1000 }, limits)).toBe(100);
    expect(nextBudget(90_000, { items: 90_000, elapsedMs: 1 }, limits)).toBe(100_000);
  });

  it("keeps the budget when nothing was done", () => {
    expect(nextBudget(1000, { items: 0, elapsedMs: 5 }, limits)).toBe(1000);
  });
});
