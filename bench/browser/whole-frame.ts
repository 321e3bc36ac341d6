// The frame a user waits for, read from a Chrome trace: all the page's main-thread time from an
// input to the end of the task that drew its result, drawing included. The page marks both ends
// with performance.mark (FRAME_MARKS in page/page-api.ts); this module only reads the trace, so
// it is pure and tested in Node (tests/bench/whole-frame.test.ts).
import { TASK_NAMES, type TraceEvent } from "./longest-task.ts";

/** The mark names of one measured frame: `${inputPrefix}${label}` and `${drawnPrefix}${label}`. */
export interface FramePrefixes {
  input: string;
  drawn: string;
}

interface Interval {
  start: number;
  end: number;
}

/** Top-level tasks of one thread, in microseconds, merged where they nest or overlap. */
export function threadTasks(events: readonly TraceEvent[], pid: number, tid: number): Interval[] {
  const tasks = events
    .filter(
      (event) =>
        TASK_NAMES.has(event.name) &&
        event.ph === "X" &&
        event.dur !== undefined &&
        event.pid === pid &&
        event.tid === tid,
    )
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const task of tasks) {
    const last = merged[merged.length - 1];
    if (last && task.start <= last.end) last.end = Math.max(last.end, task.end);
    else merged.push({ ...task });
  }
  return merged;
}

/**
 * Milliseconds the thread was busy from `from` to the end of the task running at `drawnAt` (or
 * `drawnAt` itself when no task covers it), both in trace microseconds.
 */
export function busyUntilTaskEndMs(tasks: readonly Interval[], from: number, drawnAt: number) {
  const covering = tasks.find((task) => task.start <= drawnAt && drawnAt <= task.end);
  const until = covering ? covering.end : drawnAt;
  let busy = 0;
  for (const task of tasks) {
    const overlap = Math.min(task.end, until) - Math.max(task.start, from);
    if (overlap > 0) busy += overlap;
  }
  return busy / 1000;
}

/**
 * The whole frame of each label, in the order of `labels`: main-thread busy time from its input
 * mark to the end of the task holding its drawn mark. The thread is the one that made the marks
 * (the page's renderer main thread). A label without both marks throws: the page did not draw.
 */
export function wholeFramesMs(
  events: readonly TraceEvent[],
  labels: readonly string[],
  prefixes: FramePrefixes,
): number[] {
  const marks = new Map<string, TraceEvent>();
  for (const event of events) {
    if (event.name.startsWith(prefixes.input) || event.name.startsWith(prefixes.drawn)) {
      if (!marks.has(event.name)) marks.set(event.name, event);
    }
  }
  const tasksByThread = new Map<string, Interval[]>();
  return labels.map((label) => {
    const input = marks.get(`${prefixes.input}${label}`);
    const drawn = marks.get(`${prefixes.drawn}${label}`);
    if (!input || !drawn) {
      throw new Error(
        `trace: frame "${label}" has no ${input ? "drawn" : "input"} mark; the page did not ` +
          "draw after the input, or tracing missed the blink.user_timing category.",
      );
    }
    const thread = `${input.pid}:${input.tid}`;
    let tasks = tasksByThread.get(thread);
    if (!tasks) {
      tasks = threadTasks(events, input.pid, input.tid);
      tasksByThread.set(thread, tasks);
    }
    return busyUntilTaskEndMs(tasks, input.ts, drawn.ts);
  });
}

/**
 * Wall-clock milliseconds from the first event named `inputMark` to the end of the task (on the
 * same thread) running at the first event named `endMark`: what a user waits, idle gaps included.
 */
export function wallUntilTaskEndMs(
  events: readonly TraceEvent[],
  inputMark: string,
  endMark: string,
): number {
  const input = events.find((event) => event.name === inputMark);
  const end = events.find((event) => event.name === endMark);
  if (!input || !end) {
    throw new Error(`trace: no "${input ? endMark : inputMark}" mark; the page did not get there.`);
  }
  const tasks = threadTasks(events, end.pid, end.tid);
  const covering = tasks.find((task) => task.start <= end.ts && end.ts <= task.end);
  return ((covering ? covering.end : end.ts) - input.ts) / 1000;
}
