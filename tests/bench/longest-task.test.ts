// Reading the longest main-thread task out of a Chrome trace.
import { describe, expect, it } from "vitest";
import { longestMainThreadTaskMs, traceEvents } from "../../bench/browser/longest-task.ts";

const threadName = (pid: number, tid: number, name: string) => ({
  name: "thread_name",
  ph: "M",
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (tid: number, ms: number, name = "ThreadControllerImpl::RunTask", ts = 100) => ({
  name,
  ph: "X",
  pid: 1,
  tid,
  ts,
  dur: ms * 1000,
});
const mark = (name: string, ts: number) => ({ name, ph: "R", pid: 1, tid: 10, ts });

describe("longestMainThreadTaskMs", () => {
  it("is the longest task of the page's main thread, not of its worker", () => {
    const events = [
      threadName(1, 10, "CrRendererMain"),
      threadName(1, 20, "DedicatedWorker thread"),
      task(10, 12),
      task(10, 48, "RunTask"),
      task(20, 900),
    ];
    expect(longestMainThreadTaskMs(events)).toBe(48);
  });

  it("looks only between two marks when asked to", () => {
    const events = [
      threadName(1, 10, "CrRendererMain"),
      task(10, 0.02, "RunTask", 50),
      mark("layout-start", 90_000),
      task(10, 30, "RunTask", 100_000),
      mark("layout-stop", 200_000),
      task(10, 300, "RunTask", 250_000),
    ];
    expect(longestMainThreadTaskMs(events, { from: "layout-start", to: "layout-stop" })).toBe(30);
  });

  it("counts the task that made the first mark: the one that starts the forces", () => {
    const events = [
      threadName(1, 10, "CrRendererMain"),
      task(10, 206, "RunTask", 0),
      mark("layout-start", 1_000),
      task(10, 30, "RunTask", 300_000),
      mark("layout-stop", 400_000),
    ];
    expect(longestMainThreadTaskMs(events, { from: "layout-start", to: "layout-stop" })).toBe(206);
  });

  it("is 0 when the main thread ran no task", () => {
    expect(longestMainThreadTaskMs([threadName(1, 10, "CrRendererMain")])).toBe(0);
  });
});

describe("traceEvents", () => {
  it("accepts both shapes Chrome writes and rejects anything else", () => {
    const events = [task(1, 1)];
    expect(traceEvents(events)).toBe(events);
    expect(traceEvents({ traceEvents: events })).toBe(events);
    expect(() => traceEvents({ events })).toThrow(/traceEvents/);
  });
});
