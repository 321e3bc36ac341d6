// The benchmark's browser side: drives the bench pages in headless Chromium through the same
// `window.__bench` steps (page-api.ts) for ours, the full-refresh baseline and Cytoscape.js,
// and turns each series into result rows: whole frames from a Chrome trace (the targets'
// figures) and the page's JavaScript apart from drawing (`-js` rows). A page that crashes or
// times out gives null figures with a note, not a failed run: the other figures still count.
import type { GraphSize, Step } from "../options.ts";
import type { GraphFacts } from "../page/page-api.ts";
import {
  type Baseline,
  LARGE_GRAPH_METRIC,
  type Metric,
  type ResultRow,
  round,
  withBaseline,
} from "../results.ts";
import { BenchPage, type BrowserContext, type PageName } from "./bench-page.ts";
import { heapAfterGcMb } from "./chromium.ts";
import {
  coldFirstFrames,
  layoutSeries,
  panSeries,
  type Series,
  type Spread,
  spread,
  tracedSeries,
  zoomSeries,
} from "./frame-series.ts";
import { measureGpuFrame } from "./gpu-frame.ts";

export type { BrowserContext } from "./bench-page.ts";

/** The hub every hover-frame run points at: the 10th biggest, so neither the extreme nor a leaf. */
export const HOVER_HUB_RANK = 9;

/** Per metric: the whole frames (or the one figure) and, for a -js row, the JS figures. */
type Figures = Partial<Record<Metric, number[]>> & {
  /** layout-longest-task's JS apart from drawing, per run. */
  layoutJs?: number[];
  failure?: string;
};

interface PagePlan {
  steps: readonly Step[];
  /** Cytoscape has no focus, filters, camera drag of ours or layout. */
  isCytoscape?: boolean;
}

function record(figures: Figures, frameMetric: Metric, jsMetric: Metric | null, series: Series) {
  figures[frameMetric] = series.frames;
  if (jsMetric && series.js.length > 0) figures[jsMetric] = series.js;
}

/** The series that need a loaded graph, in order; each fills its metrics in `figures`. */
async function interactions(
  context: BrowserContext,
  open: BenchPage,
  facts: GraphFacts,
  plan: PagePlan,
  figures: Figures,
): Promise<void> {
  const { log } = context;
  const has = (step: Step) => plan.steps.includes(step);
  const hover = (name: string, key: string) =>
    tracedSeries(
      context,
      open,
      name,
      () => open.call("hover", key),
      () => open.call("unhover"),
    );
  const hub = facts.hubs[Math.min(HOVER_HUB_RANK, facts.hubs.length - 1)];
  if (has("hover")) {
    record(figures, "hover-frame", "hover-js", await hover("hover", hub));
    if (!plan.isCytoscape) {
      record(figures, "hover-frame-biggest-hub", null, await hover("hover-big", facts.hubs[0]));
      record(figures, "hover-frame-median-node", null, await hover("hover-mid", facts.medianNode));
    }
    log(`  [${open.name}] hover frames ${figures["hover-frame"]?.map(round).join(", ")} ms`);
  }
  if (plan.isCytoscape) return;
  if (has("focus")) {
    const focus = await tracedSeries(
      context,
      open,
      "focus",
      () => open.call("focus", hub, 2),
      () => open.call("clearFocus"),
    );
    record(figures, "focus-d2-frame", "focus-d2-js", focus);
  }
  if (has("filter")) {
    const filter = await tracedSeries(
      context,
      open,
      "filter",
      () => open.call("setKindHidden", facts.kind, true),
      () => open.call("setKindHidden", facts.kind, false),
    );
    record(figures, "filter-toggle-frame", "filter-toggle-js", filter);
  }
  if (has("pan")) record(figures, "pan-frame", null, await panSeries(context, open));
  if (has("zoom")) record(figures, "zoom-frame", null, await zoomSeries(context, open));
  if (has("layout") && (await open.has("startLayout"))) {
    const layout = await layoutSeries(context, open);
    figures["layout-longest-task"] = layout.wholeMs;
    figures.layoutJs = layout.jsMs;
  }
}

/** Runs the planned steps on one page; whatever fails leaves its figures out, with the reason. */
async function measurePage(
  context: BrowserContext,
  name: PageName,
  dataUrl: string,
  plan: PagePlan,
): Promise<Figures> {
  const figures: Figures = {};
  let page: BenchPage | null = null;
  const started = performance.now();
  try {
    let facts: GraphFacts;
    if (plan.steps.includes("first-frame")) {
      const first = await coldFirstFrames(context, name, dataUrl, (opened) => {
        page = opened;
      });
      record(figures, "first-frame", "first-frame-js", first.series);
      if (first.edges.allDrawn.length > 0) {
        figures["all-edges-drawn"] = first.edges.allDrawn;
        figures["edge-stream-longest-task"] = first.edges.longestTask;
      }
      context.log(`  [${name}] cold first frames ${first.series.frames.map(round).join(", ")} ms`);
      facts = first.facts;
    } else {
      page = await BenchPage.open(context, name);
      facts = await page.fetchGraph(dataUrl);
      await page.call("firstFrame");
      // As after the cold runs: the series start once every edge is drawn, not while they stream.
      if ((await page.has("edgesDrawn")) && !(await page.call<boolean>("edgesDrawn"))) {
        throw new Error(`${name}: the edges were not all drawn within 10 minutes.`);
      }
    }
    const open = page as unknown as BenchPage;
    if (plan.steps.includes("heap") && !plan.isCytoscape) {
      figures["heap-mb"] = [await heapAfterGcMb(open.page)];
    }
    await interactions(context, open, facts, plan, figures);
  } catch (error) {
    const crashed = (page as BenchPage | null)?.hasCrashed;
    figures.failure = crashed
      ? "the tab crashed (out of memory?)"
      : (error as Error).message.split("\n")[0];
    context.log(
      `  [${name}] failed after ${Math.round((performance.now() - started) / 1000)} s: ${figures.failure}`,
    );
  } finally {
    await (page as BenchPage | null)?.close();
  }
  return figures;
}

/** The baselines that are pages of `--pages`; gpu-frame's is its own (gpu-frame.ts). */
type PageBaseline = Exclude<Baseline, "sigma-defaults">;

/** Each row the browser side writes, with the baselines it is compared against. */
const COMPARISONS: [Metric, Step, PageBaseline[]][] = [
  ["first-frame", "first-frame", ["cytoscape"]],
  ["all-edges-drawn", "first-frame", []],
  ["edge-stream-longest-task", "first-frame", []],
  ["first-frame-js", "first-frame", ["cytoscape"]],
  ["hover-frame", "hover", ["sigma-full-refresh", "cytoscape"]],
  ["hover-frame-biggest-hub", "hover", ["sigma-full-refresh"]],
  ["hover-frame-median-node", "hover", ["sigma-full-refresh"]],
  ["focus-d2-frame", "focus", ["sigma-full-refresh"]],
  ["filter-toggle-frame", "filter", ["sigma-full-refresh"]],
  // No baseline: sigma draws a camera frame the same way with or without our partial refreshes,
  // and the baseline's patched scheduleRender would make each one a full refresh (see README).
  ["pan-frame", "pan", []],
  ["zoom-frame", "zoom", []],
  ["hover-js", "hover", ["sigma-full-refresh", "cytoscape"]],
  ["focus-d2-js", "focus", ["sigma-full-refresh"]],
  ["filter-toggle-js", "filter", ["sigma-full-refresh"]],
  ["layout-longest-task", "layout", []],
  ["heap-mb", "heap", []],
];

const BASELINE_PAGES: Record<PageBaseline, PageName> = {
  "sigma-full-refresh": "full-refresh",
  cytoscape: "cytoscape",
};

function withSpread(values: number[] | undefined): Spread | null {
  return values && values.length > 0 ? spread(values) : null;
}

function ourRow(metric: Metric, size: GraphSize, ours: Figures): ResultRow {
  const figures = withSpread(ours[metric]);
  const row: ResultRow = { metric, nodes: size.nodes, edges: size.edges, ms: figures?.ms ?? null };
  if (metric !== "heap-mb") row.maxMs = figures ? round(figures.maxMs) : null;
  if (metric === "layout-longest-task") {
    const js = withSpread(ours.layoutJs);
    if (js) row.jsMs = round(js.ms);
  }
  if (!figures && ours.failure) row.note = `ours: ${ours.failure}`;
  return row;
}

function compared(row: ResultRow, baseline: Baseline, figures: Figures): ResultRow {
  const theirs = withSpread(figures[row.metric]);
  const result = withBaseline(row, baseline, theirs?.ms ?? null);
  result.baselineMaxMs = theirs ? round(theirs.maxMs) : null;
  if (!theirs && figures.failure) {
    result.note = [row.note, `${baseline}: ${figures.failure}`].filter(Boolean).join("; ");
  }
  return result;
}

export interface BrowserPlan {
  steps: readonly Step[];
  pages: readonly PageName[];
}

export async function measureBrowserSide(
  context: BrowserContext,
  dataUrl: string,
  size: GraphSize,
  plan: BrowserPlan,
): Promise<ResultRow[]> {
  const byPage = new Map<PageName, Figures>();
  // gpu-frame opens its own pages (painting for real): ours is not opened for it alone.
  const pageSteps = plan.steps.filter((step) => step !== "gpu-frame");
  const ours =
    pageSteps.length > 0 ? await measurePage(context, "ours", dataUrl, { steps: pageSteps }) : {};
  byPage.set("ours", ours);
  // A baseline page with nothing to measure is not opened (at 100k, Cytoscape's first frame
  // alone takes tens of minutes).
  const fullRefreshSteps = plan.steps.filter((step) => ["hover", "focus", "filter"].includes(step));
  if (plan.pages.includes("full-refresh") && fullRefreshSteps.length > 0) {
    const steps = fullRefreshSteps;
    byPage.set("full-refresh", await measurePage(context, "full-refresh", dataUrl, { steps }));
  }
  const cytoscapeSteps = plan.steps.filter((step) => step === "first-frame" || step === "hover");
  if (plan.pages.includes("cytoscape") && cytoscapeSteps.length > 0) {
    const steps = cytoscapeSteps;
    const figures = await measurePage(context, "cytoscape", dataUrl, { steps, isCytoscape: true });
    byPage.set("cytoscape", figures);
  }
  const rows: ResultRow[] = [];
  for (const [metric, step, baselines] of COMPARISONS) {
    if (!plan.steps.includes(step)) continue;
    const row = ourRow(metric, size, ours);
    const measured = baselines.filter((baseline) => byPage.has(BASELINE_PAGES[baseline]));
    if (measured.length === 0) rows.push(row);
    for (const baseline of measured) {
      rows.push(compared(row, baseline, byPage.get(BASELINE_PAGES[baseline]) as Figures));
    }
  }
  if (plan.steps.includes("gpu-frame")) rows.push(await gpuFrameRow(context, dataUrl, size));
  return rows;
}

/** gpu-frame: ours against sigma's default programs, both always measured (see gpu-frame.ts). */
async function gpuFrameRow(
  context: BrowserContext,
  dataUrl: string,
  size: GraphSize,
): Promise<ResultRow> {
  const row: ResultRow = { metric: "gpu-frame", nodes: size.nodes, edges: size.edges, ms: null };
  try {
    const { ours, baseline } = await measureGpuFrame(context, dataUrl);
    const result = withBaseline(
      { ...row, ms: ours.ms, maxMs: ours.maxMs },
      "sigma-defaults",
      baseline.ms,
    );
    return { ...result, baselineMaxMs: baseline.maxMs };
  } catch (error) {
    const note = (error as Error).message.split("\n")[0];
    context.log(`  gpu-frame failed: ${note}`);
    return { ...withBaseline(row, "sigma-defaults", null), maxMs: null, note };
  }
}

/** The full run's extra check: does a 200k-node, 1M-edge graph load without crashing the tab. */
export async function checkLargeGraph(
  context: BrowserContext,
  dataUrl: string,
  size: GraphSize,
): Promise<ResultRow> {
  const figures = await measurePage({ ...context, runs: 1 }, "ours", dataUrl, {
    steps: ["first-frame", "heap"],
  });
  const firstFrame = figures["first-frame"]?.[0];
  const heapMb = figures["heap-mb"]?.[0];
  const result: ResultRow = {
    metric: LARGE_GRAPH_METRIC,
    nodes: size.nodes,
    edges: size.edges,
    ms: firstFrame ?? null,
    ok: firstFrame !== undefined && figures.failure === undefined,
    heapMb: heapMb === undefined ? null : round(heapMb),
  };
  if (figures.failure) result.note = figures.failure;
  return result;
}
