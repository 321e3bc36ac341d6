// Finds the longest task on a page's main thread in a Chrome trace: what a user feels as a
// frozen page while the layout runs in its worker. Tasks on other threads (the worker, the
// compositor, the GPU process) do not freeze the page and are left out.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const MAIN_THREAD = "CrRendererMain";
/** What a task is called: "RunTask" in older Chromes, the scheduler's name since Perfetto. */
export const TASK_NAMES = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

/** The page's `performance.mark(name)` calls that bound the window looked at. */
export interface MarkWindow {
  from: string;
  to: string;
}

/**
 * Milliseconds of the longest top-level task on any renderer main thread; 0 if none ran. With
 * `window`, only tasks that run between the two marks count, including the task that made the
 * first mark (the one that starts the work watched) and the one running at the second.
 */
export function longestMainThreadTaskMs(
  events: readonly TraceEvent[],
  window?: MarkWindow,
): number {
  const mainThreads = new Set<string>();
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  for (const event of events) {
    if (event.ph === "M" && event.name === "thread_name" && event.args?.name === MAIN_THREAD) {
      mainThreads.add(`${event.pid}:${event.tid}`);
    }
    if (window && event.name === window.from) from = event.ts;
    if (window && event.name === window.to) to = event.ts;
  }
  let longest = 0;
  for (const event of events) {
    if (!TASK_NAMES.has(event.name) || event.ph !== "X" || event.dur === undefined) continue;
    if (!mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    if (event.ts + event.dur < from || event.ts > to) continue;
    longest = Math.max(longest, event.dur / 1000);
  }
  return longest;
}

/** Chrome writes either a bare array or { traceEvents: [...] }. */
export function traceEvents(json: unknown): TraceEvent[] {
  if (Array.isArray(json)) return json as TraceEvent[];
  const events = (json as { traceEvents?: unknown })?.traceEvents;
  if (Array.isArray(events)) return events as TraceEvent[];
  throw new Error("trace: neither an array of events nor { traceEvents: [...] }.");
}
