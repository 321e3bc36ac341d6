// The benchmark's browser side: drives the bench pages in headless Chromium through the same
// `window.__bench` steps (page-api.ts) for ours, the full-refresh baseline and Cytoscape.js,
// and turns the medians into result rows. A baseline that crashes or times out gives null, not
// a failed run: the other figures still count.
import type { Browser, Page } from "playwright-core";
import type { GraphSize } from "../options.ts";
import { type BenchPageApi, type GraphFacts, LAYOUT_MARKS } from "../page/page-api.ts";
import { LARGE_GRAPH_METRIC, median, type ResultRow, round, withBaseline } from "../results.ts";
import { heapAfterGcMb } from "./chromium.ts";
import { longestMainThreadTaskMs, traceEvents } from "./longest-task.ts";

export interface BrowserContext {
  browser: Browser;
  /** Where bench/dist and (under /data/) bench/data are served. */
  baseUrl: string;
  runs: number;
  layoutSeconds: number;
  /** Let the pages paint pixels (see page/raster-switch.ts). */
  isRasterOn: boolean;
  log: (line: string) => void;
}

type PageName = "ours" | "full-refresh" | "cytoscape";
type Step = Exclude<keyof BenchPageApi, "fetchGraph">;

/** Longest any single page call may take; Cytoscape on 500k edges is slow, not infinite. */
const STEP_TIMEOUT_MS = 10 * 60_000;
const TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "blink.user_timing"];

class BenchPage {
  /** Set when the renderer process died, usually out of memory. */
  hasCrashed = false;

  private constructor(
    readonly name: PageName,
    readonly page: Page,
    private readonly log: (line: string) => void,
  ) {
    page.on("crash", () => {
      this.hasCrashed = true;
    });
  }

  static async open(context: BrowserContext, name: PageName): Promise<BenchPage> {
    const browserContext = await context.browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = await browserContext.newPage();
    page.on("pageerror", (error) => context.log(`  [${name}] page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") context.log(`  [${name}] console: ${message.text()}`);
    });
    const file = name === "cytoscape" ? "cytoscape.html" : "ours.html";
    const query = new URLSearchParams();
    if (name === "full-refresh") query.set("refresh", "full");
    if (context.isRasterOn) query.set("raster", "on");
    await page.goto(`${context.baseUrl}/${file}?${query}`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 15_000 });
    return new BenchPage(name, page, context.log);
  }

  async has(step: Step): Promise<boolean> {
    return this.page.evaluate((name) => typeof window.__bench?.[name] === "function", step);
  }

  fetchGraph(url: string): Promise<GraphFacts> {
    return this.withTimeout(
      "fetchGraph",
      this.page.evaluate((href) => (window.__bench as BenchPageApi).fetchGraph(href), url),
    );
  }

  call(step: Step, ...args: unknown[]): Promise<number> {
    return this.withTimeout(
      step,
      this.page.evaluate(
        ([name, values]) => {
          const method = (window.__bench as BenchPageApi)[name as Step] as (
            ...parameters: unknown[]
          ) => Promise<number>;
          return method(...(values as unknown[]));
        },
        [step, args] as const,
      ),
    );
  }

  private async withTimeout<T>(step: string, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name}: ${step} took over ${STEP_TIMEOUT_MS / 60_000} min`)),
        STEP_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.page
      .context()
      .close()
      .catch((error: Error) => this.log(`  [${this.name}] close: ${error.message}`));
  }
}

/** Median of `runs` measurements; `between` runs after each one, untimed (e.g. un-hover). */
async function series(
  runs: number,
  measure: (run: number) => Promise<number>,
  between?: (run: number) => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(await measure(run));
    await between?.(run);
  }
  return median(times);
}

interface Figures {
  firstFrame?: number;
  hover?: number;
  focus?: number;
  filter?: number;
  layoutLongestTask?: number;
  layoutWholeTask?: number;
  heapMb?: number;
  /** Why figures are missing. */
  failure?: string;
}

interface Plan {
  firstFrame?: boolean;
  hover?: boolean;
  focusAndFilter?: boolean;
  heap?: boolean;
  layout?: boolean;
}

/** Runs the planned steps on one page; whatever fails leaves its figures out, with the reason. */
async function measurePage(
  context: BrowserContext,
  name: PageName,
  dataUrl: string,
  plan: Plan,
): Promise<Figures> {
  const { runs, log } = context;
  const figures: Figures = {};
  let page: BenchPage | null = null;
  const started = performance.now();
  try {
    page = await BenchPage.open(context, name);
    const open = page;
    const facts = await open.fetchGraph(dataUrl);
    if (plan.firstFrame) {
      figures.firstFrame = await series(
        runs,
        () => open.call("firstFrame"),
        async (run) => {
          if (run < runs - 1) await open.call("teardown");
        },
      );
      const parts = await open.page.evaluate(
        () => (window as { __firstFrameParts?: { importMs: number } }).__firstFrameParts,
      );
      const importPart = parts ? ` (last run: graph.import ${round(parts.importMs)} ms)` : "";
      log(`  [${name}] first-frame ${round(figures.firstFrame)} ms${importPart}`);
    } else {
      await open.call("firstFrame");
    }
    if (plan.heap) {
      figures.heapMb = await heapAfterGcMb(open.page);
      log(`  [${name}] heap ${round(figures.heapMb)} MB`);
    }
    const hub = (run: number) => facts.hubs[run % facts.hubs.length];
    if (plan.hover) {
      figures.hover = await series(
        runs,
        (run) => open.call("hover", hub(run)),
        () => open.call("unhover"),
      );
      log(`  [${name}] hover ${round(figures.hover)} ms`);
    }
    if (plan.focusAndFilter) {
      figures.focus = await series(
        runs,
        (run) => open.call("focus", hub(run), 2),
        () => open.call("clearFocus"),
      );
      log(`  [${name}] focus-d2 ${round(figures.focus)} ms`);
      figures.filter = await series(
        runs,
        () => open.call("setKindHidden", facts.kind, true),
        () => open.call("setKindHidden", facts.kind, false),
      );
      log(`  [${name}] filter-toggle ${round(figures.filter)} ms`);
    }
    if (plan.layout) {
      if (await open.has("startLayout")) {
        const wholeTasks: number[] = [];
        figures.layoutLongestTask = await series(runs, async () => {
          const { jsMs, wholeTaskMs } = await longestTaskDuringLayout(context, open);
          wholeTasks.push(wholeTaskMs);
          return jsMs;
        });
        figures.layoutWholeTask = median(wholeTasks);
        log(
          `  [${name}] layout-longest-task ${round(figures.layoutLongestTask)} ms JS, ` +
            `${round(figures.layoutWholeTask)} ms whole task in the trace`,
        );
      } else {
        log(`  [${name}] has no startLayout: layout-longest-task not measured`);
      }
    }
  } catch (error) {
    figures.failure = page?.hasCrashed
      ? "the tab crashed (out of memory?)"
      : (error as Error).message.split("\n")[0];
    log(
      `  [${name}] failed after ${Math.round((performance.now() - started) / 1000)} s: ${figures.failure}`,
    );
  } finally {
    await page?.close();
  }
  return figures;
}

/**
 * The longest main-thread task while ForceAtlas2 runs in its worker: its JS without drawing,
 * as the page counts it, and the whole task (software drawing included) from a Chrome trace.
 */
async function longestTaskDuringLayout(
  context: BrowserContext,
  page: BenchPage,
): Promise<{ jsMs: number; wholeTaskMs: number }> {
  await context.browser.startTracing(page.page, { categories: TRACE_CATEGORIES });
  await page.call("startLayout");
  await page.page.waitForTimeout(context.layoutSeconds * 1000);
  const jsMs = await page.call("stopLayout");
  const trace = await context.browser.stopTracing();
  const events = traceEvents(JSON.parse(trace.toString("utf8")));
  return { jsMs, wholeTaskMs: longestMainThreadTaskMs(events, LAYOUT_MARKS) };
}

export async function measureBrowserSide(
  context: BrowserContext,
  dataUrl: string,
  size: GraphSize,
): Promise<ResultRow[]> {
  const ours = await measurePage(context, "ours", dataUrl, {
    firstFrame: true,
    heap: true,
    hover: true,
    focusAndFilter: true,
    layout: true,
  });
  const full = await measurePage(context, "full-refresh", dataUrl, {
    hover: true,
    focusAndFilter: true,
  });
  const cytoscape = await measurePage(context, "cytoscape", dataUrl, {
    firstFrame: true,
    hover: true,
  });
  const row = (metric: ResultRow["metric"], ms: number | undefined, failure?: string) => {
    const result: ResultRow = { metric, nodes: size.nodes, edges: size.edges, ms: ms ?? null };
    if (ms === undefined && failure) result.note = `ours: ${failure}`;
    return result;
  };
  const against = (
    base: ResultRow,
    baseline: "sigma-full-refresh" | "cytoscape",
    figures: Figures,
    value: number | undefined,
  ) => {
    const result = withBaseline(base, baseline, value ?? null);
    if (value === undefined && figures.failure) {
      result.note = [base.note, `${baseline}: ${figures.failure}`].filter(Boolean).join("; ");
    }
    return result;
  };
  const hover = row("hover", ours.hover, ours.failure);
  return [
    against(
      row("first-frame", ours.firstFrame, ours.failure),
      "cytoscape",
      cytoscape,
      cytoscape.firstFrame,
    ),
    against(hover, "sigma-full-refresh", full, full.hover),
    against(hover, "cytoscape", cytoscape, cytoscape.hover),
    against(row("focus-d2", ours.focus, ours.failure), "sigma-full-refresh", full, full.focus),
    against(
      row("filter-toggle", ours.filter, ours.failure),
      "sigma-full-refresh",
      full,
      full.filter,
    ),
    {
      ...row("layout-longest-task", ours.layoutLongestTask, ours.failure),
      ...(ours.layoutWholeTask === undefined ? {} : { wholeTaskMs: round(ours.layoutWholeTask) }),
    },
    row("heap-mb", ours.heapMb, ours.failure),
  ];
}

/** The full run's extra check: does a 200k-node, 1M-edge graph load without crashing the tab. */
export async function checkLargeGraph(
  context: BrowserContext,
  dataUrl: string,
  size: GraphSize,
): Promise<ResultRow> {
  const figures = await measurePage({ ...context, runs: 1 }, "ours", dataUrl, {
    firstFrame: true,
    heap: true,
  });
  const result: ResultRow = {
    metric: LARGE_GRAPH_METRIC,
    nodes: size.nodes,
    edges: size.edges,
    ms: figures.firstFrame ?? null,
    ok: figures.firstFrame !== undefined && figures.failure === undefined,
    heapMb: figures.heapMb === undefined ? null : round(figures.heapMb),
  };
  if (figures.failure) result.note = figures.failure;
  return result;
}
