// A big graph cannot be reprocessed whole in one frame while the forces move it. This walks its
// items round and round in slices that fit a budget (each item has a cost), so each frame does a
// bounded share and every item is redrawn once per lap after positions change.

export interface ItemSlice {
  /** Item indexes [start, end), never wrapping past the last item. */
  start: number;
  end: number;
  /** What the slice costs, summed over its items. */
  items: number;
}

export interface RedrawCycle {
  /** New positions arrived: every item must be redrawn once more. */
  markAllMoved(): void;
  /** The next slice within `budget` items (at least one item), or null once all are current. */
  nextSlice(budget: number): ItemSlice | null;
  /** Every item once more, from the first: a last lap in order (nodes before their edges). */
  restart(): void;
  /** Nothing left to redraw since the last change. */
  isSettled(): boolean;
}

/** `costs[i]` is what redrawing item i costs (the force redraw gives every node and edge 1). */
export function createRedrawCycle(costs: ArrayLike<number>): RedrawCycle {
  const count = costs.length;
  let cursor = 0;
  /** Items still to redraw before everything shows the latest positions. */
  let pending = 0;
  return {
    markAllMoved() {
      // The lap goes on from the cursor, so no part of the graph waits longer than one lap.
      pending = count;
    },
    nextSlice(budget) {
      if (pending === 0) return null;
      const start = cursor;
      let end = start;
      let items = 0;
      while (end < count && end - start < pending) {
        const cost = costs[end];
        if (end > start && items + cost > budget) break;
        items += cost;
        end++;
      }
      pending -= end - start;
      cursor = end === count ? 0 : end;
      return { start, end, items };
    },
    restart() {
      cursor = 0;
      pending = count;
    },
    isSettled: () => pending === 0,
  };
}

export interface BudgetLimits {
  /** The time one frame's share may take. */
  targetMs: number;
  minItems: number;
  maxItems: number;
}

/**
 * The next frame's budget from how fast the last slice went: aim at the target time, move
 * half-way there so one slow frame (a garbage collection) does not halve the pace, and never
 * grow more than half as much again at once, so a fast start cannot overshoot into a long frame.
 */
export function nextBudget(
  budget: number,
  done: { items: number; elapsedMs: number },
  limits: BudgetLimits,
): number {
  if (done.items <= 0) return budget;
  const itemsPerMs = done.items / Math.max(done.elapsedMs, 0.01);
  const ideal = itemsPerMs * limits.targetMs;
  const next = Math.min(budget * 1.5, (budget + ideal) / 2);
  return Math.round(Math.min(limits.maxItems, Math.max(limits.minItems, next)));
}
