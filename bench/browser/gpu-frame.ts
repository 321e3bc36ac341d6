// The `gpu-frame` row: what one full frame costs the GPU process, ours against sigma 3 with its
// default programs (page/baseline-defaults.ts, what Gephi Lite draws with) on the same graph, at
// the same stage size and camera, in the same browser. Pages paint for real (`?raster=on`): the
// painting is the figure. See bench/README.md for the timed region.
import type { Browser, Page } from "playwright-core";
import type { GpuFramePageApi, StageView } from "../page/gpu-frame-api.ts";
import { type Spread, spread } from "./frame-series.ts";
import { gpuProcessClock } from "./gpu-process.ts";

/** Polls of the GPU clock this far apart, that read the same, mean its work is done. */
const IDLE_POLL_MS = 100;
const IDLE_POLLS = 3;
/** A frame of software WebGL at 500k edges takes tens of seconds; more means something hangs. */
const MAX_FRAME_WAIT_MS = 5 * 60_000;

export interface GpuFramePlan {
  browser: Browser;
  baseUrl: string;
  runs: number;
  log: (line: string) => void;
}

export interface GpuFrameFigures {
  ours: Spread;
  baseline: Spread;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the GPU process has used no CPU for IDLE_POLLS polls; returns its clock then. */
export async function gpuIdle(clock: () => number): Promise<number> {
  const started = performance.now();
  let last = clock();
  let quiet = 0;
  while (quiet < IDLE_POLLS) {
    await sleep(IDLE_POLL_MS);
    const now = clock();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
    if (performance.now() - started > MAX_FRAME_WAIT_MS) {
      throw new Error("gpu-frame: the GPU process stayed busy for 5 minutes after a frame.");
    }
  }
  return last;
}

async function openPage(plan: GpuFramePlan, file: string, query: string): Promise<Page> {
  const context = await plan.browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => plan.log(`  [${file}] page error: ${error.message}`));
  await page.goto(`${plan.baseUrl}/${file}?raster=on${query}`);
  await page.waitForFunction(() => window.__gpuFrame !== undefined, null, { timeout: 15_000 });
  return page;
}

/** GPU-process CPU ms of each of `runs` full frames, drawn one at a time on an idle GPU. */
export async function gpuFrames(page: Page, runs: number): Promise<number[]> {
  const clock = gpuProcessClock();
  const redraw = () => page.evaluate(() => (window.__gpuFrame as GpuFramePageApi).redraw());
  // One untimed frame: whatever the first draw still compiles or allocates.
  await redraw();
  const frames: number[] = [];
  for (let run = 0; run < runs; run++) {
    const before = await gpuIdle(clock);
    await redraw();
    frames.push((await gpuIdle(clock)) - before);
  }
  return frames;
}

/** Opens a page, draws the graph (in `view`, for a baseline) and measures its frames. */
export async function measureGpuPage(
  plan: GpuFramePlan,
  file: "ours.html" | "baseline-defaults.html",
  dataUrl: string,
  options: { view?: StageView; add?: string } = {},
): Promise<{ frames: number[]; view: StageView }> {
  const query = options.add ? `&add=${encodeURIComponent(options.add)}` : "";
  const page = await openPage(plan, file, query);
  try {
    await page.evaluate(
      ([url, view]) => (window.__gpuFrame as GpuFramePageApi).open(url, view ?? undefined),
      [dataUrl, options.view ?? null] as const,
    );
    const view = await page.evaluate(() => (window.__gpuFrame as GpuFramePageApi).stageView());
    const frames = await gpuFrames(page, plan.runs);
    return { frames, view };
  } finally {
    await page.context().close();
  }
}

/** Ours, then the baseline in ours' stage size and camera. */
export async function measureGpuFrame(
  plan: GpuFramePlan,
  dataUrl: string,
): Promise<GpuFrameFigures> {
  const ours = await measureGpuPage(plan, "ours.html", dataUrl);
  plan.log(`  [ours] gpu frames ${ours.frames.join(", ")} ms`);
  const baseline = await measureGpuPage(plan, "baseline-defaults.html", dataUrl, {
    view: ours.view,
  });
  plan.log(`  [sigma-defaults] gpu frames ${baseline.frames.join(", ")} ms`);
  return { ours: spread(ours.frames), baseline: spread(baseline.frames) };
}
