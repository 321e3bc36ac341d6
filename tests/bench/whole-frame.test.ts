// Reading whole frames (input → end of the task that drew the result) out of a Chrome trace.
import { describe, expect, it } from "vitest";
import {
  busyUntilTaskEndMs,
  threadTasks,
  wallUntilTaskEndMs,
  wholeFramesMs,
} from "../../bench/browser/whole-frame.ts";

const PREFIXES = { input: "in:", drawn: "drawn:" };
const MAIN = { pid: 1, tid: 10 };
/** A task from `startMs` lasting `ms`, on the main thread unless told otherwise. */
const task = (
  startMs: number,
  ms: number,
  where = MAIN,
  name = "ThreadControllerImpl::RunTask",
) => ({
  name,
  ph: "X",
  ...where,
  ts: startMs * 1000,
  dur: ms * 1000,
});
const mark = (name: string, atMs: number, where = MAIN) => ({
  name,
  ph: "R",
  ...where,
  ts: atMs * 1000,
});

describe("wholeFramesMs", () => {
  it("counts the input's task from the mark, the idle gap not at all, and the drawing task to its end", () => {
    const events = [
      task(0, 10), // the evaluate task: input at 4 ms, 6 ms of it after the input
      mark("in:a", 4),
      task(16, 20), // the animation frame: render, then paint and commit
      mark("drawn:a", 30),
      task(40, 5), // after the frame: not counted
    ];
    expect(wholeFramesMs(events, ["a"], PREFIXES)).toEqual([26]);
  });

  it("is the input's task alone when it draws synchronously (a full refresh)", () => {
    const events = [task(0, 50), mark("in:b", 1), mark("drawn:b", 40), task(60, 5)];
    expect(wholeFramesMs(events, ["b"], PREFIXES)).toEqual([49]);
  });

  it("counts only the thread that made the marks, not a worker or another tab", () => {
    const worker = { pid: 1, tid: 20 };
    const otherTab = { pid: 2, tid: 10 };
    const events = [
      mark("in:c", 0),
      task(0, 2),
      task(0, 900, worker),
      task(0, 900, otherTab),
      task(5, 3, MAIN, "RunTask"),
      mark("drawn:c", 6),
    ];
    expect(wholeFramesMs(events, ["c"], PREFIXES)).toEqual([5]);
  });

  it("returns one figure per label, in the order asked, whatever order the marks came in", () => {
    const events = [
      mark("in:1", 0),
      task(0, 4),
      mark("drawn:1", 3),
      mark("in:2", 10),
      task(10, 8),
      mark("drawn:2", 17),
    ];
    expect(wholeFramesMs(events, ["2", "1"], PREFIXES)).toEqual([8, 4]);
  });

  it("says which frame was never drawn", () => {
    const events = [mark("in:lost", 0), task(0, 4)];
    expect(() => wholeFramesMs(events, ["lost"], PREFIXES)).toThrow(/"lost" has no drawn mark/);
  });
});

describe("threadTasks", () => {
  it("merges nested tasks so no time is counted twice", () => {
    const events = [task(0, 10), task(2, 3), task(20, 1)];
    expect(threadTasks(events, 1, 10)).toEqual([
      { start: 0, end: 10_000 },
      { start: 20_000, end: 21_000 },
    ]);
  });
});

describe("busyUntilTaskEndMs", () => {
  it("ends at the drawn mark when no task covers it", () => {
    expect(busyUntilTaskEndMs([{ start: 0, end: 10_000 }], 2_000, 15_000)).toBe(8);
  });
});

describe("wallUntilTaskEndMs", () => {
  it("counts idle gaps too, up to the end of the task holding the end mark", () => {
    const events = [
      task(0, 10),
      mark("in:a", 4),
      task(100, 20), // a slice of edges, long after
      mark("drawn:edges", 110),
      task(200, 5), // after: not counted
    ];
    expect(wallUntilTaskEndMs(events, "in:a", "drawn:edges")).toBe(116);
  });

  it("says which mark is missing", () => {
    expect(() => wallUntilTaskEndMs([mark("in:a", 1)], "in:a", "drawn:edges")).toThrow(
      /drawn:edges/,
    );
  });
});
