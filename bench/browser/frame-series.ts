// Series of measured inputs on a bench page, each read two ways: the page's JavaScript apart from
// drawing (page/frame-timing.ts), and the whole frame from a Chrome trace (whole-frame.ts): all
// main-thread time from the input to the end of the task that drew its result.
import { EDGE_STREAM_MARKS, FRAME_MARKS, type GraphFacts, LAYOUT_MARKS } from "../page/page-api.ts";
import { median } from "../results.ts";
import { BenchPage, type BrowserContext, type PageName } from "./bench-page.ts";
import { longestMainThreadTaskMs, type TraceEvent, traceEvents } from "./longest-task.ts";
import { wallUntilTaskEndMs, wholeFramesMs } from "./whole-frame.ts";

const TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "blink.user_timing"];
const TRACE_WARM_UP_MS = 300;

/** A median and the worst run, in ms. */
export interface Spread {
  ms: number;
  maxMs: number;
}

export function spread(values: readonly number[]): Spread {
  return { ms: median(values), maxMs: Math.max(...values) };
}

/** One series: the JS figures the page returned (if any) and the whole frames from the trace. */
export interface Series {
  js: number[];
  frames: number[];
}

/**
 * Runs `input` `runs` times under a Chrome trace. Before each run the page is told to mark the
 * next input and the frame drawn after it; `between` (untimed, unmarked) undoes the input.
 */
export async function tracedSeries(
  context: BrowserContext,
  page: BenchPage,
  name: string,
  input: (run: number) => Promise<number | undefined>,
  between?: (run: number) => Promise<unknown>,
  readTrace?: (events: readonly TraceEvent[]) => void,
): Promise<Series> {
  const labels: string[] = [];
  const js: number[] = [];
  await context.browser.startTracing(page.page, { categories: TRACE_CATEGORIES });
  let trace: Buffer;
  try {
    // Turning tracing on stalls the page's next frames; the first run would pay for it.
    await page.page.waitForTimeout(TRACE_WARM_UP_MS);
    await page.settle();
    for (let run = 0; run < context.runs; run++) {
      const label = `${name}-${run}`;
      labels.push(label);
      await page.call("labelNextInput", label);
      const jsMs = await input(run);
      if (jsMs !== undefined) js.push(jsMs);
      if (!(await page.call<boolean>("frameDrawn"))) {
        throw new Error(`${page.name}: ${name} run ${run} drew no frame within 30 frames.`);
      }
      await between?.(run);
      await page.settle();
    }
  } finally {
    trace = await context.browser.stopTracing();
  }
  const events = traceEvents(JSON.parse(trace.toString("utf8")));
  readTrace?.(events);
  return { js, frames: wholeFramesMs(events, labels, FRAME_MARKS) };
}

/** Per cold run: input to the frame that drew the last edge (wall), and the stream's longest task. */
export interface EdgeStreamFigures {
  allDrawn: number[];
  longestTask: number[];
}

/** Waits for the page's edges (when it streams them) and reads the stream's figures. */
async function edgeStreamOf(
  page: BenchPage,
  label: string,
  edges: EdgeStreamFigures,
): Promise<{ wait: () => Promise<unknown>; read: (events: readonly TraceEvent[]) => void }> {
  if (!(await page.has("edgesDrawn"))) return { wait: async () => {}, read: () => {} };
  return {
    async wait() {
      if (!(await page.call<boolean>("edgesDrawn"))) {
        throw new Error(`${page.name}: the edges were not all drawn within 10 minutes.`);
      }
    },
    read(events) {
      edges.allDrawn.push(
        wallUntilTaskEndMs(events, `${FRAME_MARKS.input}${label}`, EDGE_STREAM_MARKS.to),
      );
      edges.longestTask.push(longestMainThreadTaskMs(events, EDGE_STREAM_MARKS));
    },
  };
}

/**
 * First frames, cold: each run opens the page in a fresh browser context, downloads the graph
 * (untimed) and times parse → first frame. The last run's page stays open, for the rest.
 * `onOpen` hears of each page as soon as it exists, so a failure can still close it.
 */
export async function coldFirstFrames(
  context: BrowserContext,
  name: PageName,
  dataUrl: string,
  onOpen: (page: BenchPage) => void,
): Promise<{ series: Series; edges: EdgeStreamFigures; page: BenchPage; facts: GraphFacts }> {
  const series: Series = { js: [], frames: [] };
  const edges: EdgeStreamFigures = { allDrawn: [], longestTask: [] };
  for (let run = 0; ; run++) {
    const page = await BenchPage.open(context, name);
    onOpen(page);
    const facts = await page.fetchGraph(dataUrl);
    const seriesName = `first-frame-${run}`;
    // tracedSeries labels its single run `${seriesName}-0`.
    const stream = await edgeStreamOf(page, `${seriesName}-0`, edges);
    const once = await tracedSeries(
      { ...context, runs: 1 },
      page,
      seriesName,
      () => page.call("firstFrame"),
      stream.wait,
      stream.read,
    );
    series.js.push(...once.js);
    series.frames.push(...once.frames);
    if (run === context.runs - 1) return { series, edges, page, facts };
    await page.close();
  }
}

/** Where a drag starts: the stage's left margin, beside the fitted graph, so no node is grabbed. */
async function dragStart(page: BenchPage): Promise<{ x: number; y: number }> {
  const box = await page.page.locator("#stage").boundingBox();
  if (!box) throw new Error(`${page.name}: no #stage to drag on.`);
  return { x: box.x + 12, y: box.y + box.height / 2 };
}

/** A pan as a user drags: each run moves the pressed pointer 8 px, one mousemove event. */
export async function panSeries(context: BrowserContext, page: BenchPage): Promise<Series> {
  const start = await dragStart(page);
  await page.page.mouse.move(start.x, start.y);
  await page.page.mouse.down();
  try {
    return await tracedSeries(context, page, "pan", async (run) => {
      await page.page.mouse.move(start.x + 8 * (run + 1), start.y);
      return undefined;
    });
  } finally {
    await page.page.mouse.up();
    await page.call("settleCamera");
  }
}

/** A wheel zoom at the stage's centre, in and out in turn; the first frame of its animation. */
export async function zoomSeries(context: BrowserContext, page: BenchPage): Promise<Series> {
  const box = await page.page.locator("#stage").boundingBox();
  if (!box) throw new Error(`${page.name}: no #stage to zoom on.`);
  await page.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return tracedSeries(
    context,
    page,
    "zoom",
    async (run) => {
      await page.page.mouse.wheel(0, run % 2 === 0 ? -120 : 120);
      return undefined;
    },
    () => page.call("settleCamera"),
  );
}

/**
 * The longest main-thread task while ForceAtlas2 runs in its worker, the task that starts it
 * included: whole (trace) and its JS without drawing (as the page counts it), per run.
 */
export async function layoutSeries(
  context: BrowserContext,
  page: BenchPage,
): Promise<{ wholeMs: number[]; jsMs: number[] }> {
  const wholeMs: number[] = [];
  const jsMs: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    await context.browser.startTracing(page.page, { categories: TRACE_CATEGORIES });
    await page.call("startLayout");
    await page.page.waitForTimeout(context.layoutSeconds * 1000);
    jsMs.push(await page.call("stopLayout"));
    const trace = await context.browser.stopTracing();
    const events = traceEvents(JSON.parse(trace.toString("utf8")));
    wholeMs.push(longestMainThreadTaskMs(events, LAYOUT_MARKS));
  }
  return { wholeMs, jsMs };
}
