// Our explorer as the benchmark drives it: the app's own renderer and the panels that follow the
// view, on a synthetic graph. With ?refresh=full it becomes baseline (a): the same sigma settings
// and programs, but every repaint a full refresh with the reducers, as sigma's examples do.
import "./frame-timing.ts";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import "../../src/ui/app.css";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Dataset } from "../../src/state/dataset.ts";
import { createDerivedState } from "../../src/state/derived.ts";
import { setKindHidden } from "../../src/state/filters.ts";
import { clearFocus, focusNode, setDepth } from "../../src/state/focus.ts";
import { createStore } from "../../src/state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { mountAlerts } from "../../src/ui/alerts.ts";
import type { AppContext } from "../../src/ui/app-context.ts";
import { mountAppearance } from "../../src/ui/appearance-panel.ts";
import { mountDetails } from "../../src/ui/details.ts";
import { mountEdgeProgress } from "../../src/ui/edge-progress.ts";
import { mountFileTools } from "../../src/ui/file-tools.ts";
import { mountFocusControls } from "../../src/ui/focus-controls.ts";
import { mountGraphTitle } from "../../src/ui/graph-title.ts";
import { bindKeyboard } from "../../src/ui/keyboard.ts";
import { mountLayoutControls } from "../../src/ui/layout-controls.ts";
import { mountLegend } from "../../src/ui/legend.ts";
import { mountPathPanel } from "../../src/ui/path-panel.ts";
import { followOnPhone } from "../../src/ui/phone-follow.ts";
import { mountReadingPane, mountReadingToggle } from "../../src/ui/reading-pane.ts";
import { mountSearch } from "../../src/ui/search-box.ts";
import { mountStatusLine } from "../../src/ui/status-line.ts";
import { mountTimeline } from "../../src/ui/timeline.ts";
import { createRenderer, type RendererHandle } from "../../src/view/renderer.ts";
import {
  frameDrawn,
  instrumentRenderer,
  labelNextInput,
  lastBreakdown,
  markInput,
  measureJs,
  nextFrame,
  settle,
  startTaskRecording,
  stopTaskRecording,
} from "./frame-timing.ts";
import { type GpuFramePageApi, redrawOnce, stageViewOf } from "./gpu-frame-api.ts";
import { type BenchPageApi, EDGE_STREAM_MARKS, graphFacts, LAYOUT_MARKS } from "./page-api.ts";

instrumentRenderer(Sigma.prototype, {
  draw: ["render", "renderHighlightedNodes"],
  dataWorkInsideDraw: ["process"],
  frame: "render",
});

const isFullRefresh = new URLSearchParams(window.location.search).get("refresh") === "full";
if (isFullRefresh) {
  // Baseline (a): drop the list of changed items, so sigma re-runs the reducers on every node
  // and edge and reprocesses the whole graph: `refresh({ skipIndexation: true })` in its examples.
  // Our renderer only schedules a render when no item's reducer output changed (dimming and
  // hiding are item states the programs read); the baseline reprocesses everything then too.
  // Its reducers do less per item than the examples' (no dimming logic), which favours it.
  const partialRefresh = Sigma.prototype.refresh;
  Sigma.prototype.refresh = function fullRefresh(this: Sigma, options) {
    const { partialGraph: _ignored, ...rest } = options ?? {};
    return partialRefresh.call(this, rest);
  };
  Sigma.prototype.scheduleRender = function renderWithFullRefresh(this: Sigma) {
    return partialRefresh.call(this, { skipIndexation: true });
  };
}

function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`bench/page/ours.html: no element with id "${id}"`);
  return element;
}

interface Explorer {
  ctx: AppContext;
  unmount: (() => void)[];
}

let text = "";
let explorer: Explorer | null = null;
/** How much of the last first frame was graphology's import, for reading the figure. */
const firstFrameParts = { importMs: 0 };

/** Every panel the explorer mounts for a local graph (src/main.ts), in the same slots. */
function mountPanels(ctx: AppContext): (() => void)[] {
  const bench = ctx.dataset.get();
  return [
    mountGraphTitle(ctx, slot("graph-title")),
    mountSearch(ctx, slot("search")),
    mountLayoutControls(ctx, slot("layout-controls")),
    mountFocusControls(ctx, slot("focus-controls")),
    mountPathPanel(ctx, slot("paths")),
    mountDetails(ctx, slot("details")),
    mountLegend(ctx, slot("legend")),
    mountAppearance(ctx, slot("appearance")),
    mountStatusLine(ctx, slot("status")),
    mountEdgeProgress(ctx, slot("stage")),
    mountTimeline(ctx, slot("timeline")),
    mountReadingToggle(ctx, slot("reading-toggle")),
    mountReadingPane(ctx, slot("reading")),
    // "Built-in graph" reopens the bench graph: the page has no other.
    mountFileTools(ctx, slot("file-tools"), {
      builtInDataset: () => bench,
      notices: slot("notices"),
    }),
    bindKeyboard(ctx),
    followOnPhone(ctx, { details: slot("details"), reading: slot("reading") }),
  ];
}

function open(graph: KnowledgeGraph): Explorer {
  const dataset = createStore<Dataset>({ graph, sourceTexts: {}, name: "bench", isBuiltIn: false });
  const view = createStore<ViewState>(DEFAULT_VIEW);
  const announce = mountAlerts(slot("alerts"));
  const derived = createDerivedState({ dataset, view });
  const renderer: RendererHandle = createRenderer(slot("stage"), { view, derived });
  const ctx: AppContext = { dataset, view, derived, renderer, announce };
  return { ctx, unmount: mountPanels(ctx) };
}

/** Resolves when every edge of the explorer's graph is drawn; marks EDGE_STREAM_MARKS. */
function watchEdgeStream(renderer: RendererHandle): Promise<void> {
  let hasStarted = false;
  return new Promise((resolve) => {
    const onProgress = ({ drawn, total }: { drawn: number; total: number }) => {
      if (!hasStarted && (drawn > 0 || drawn >= total)) {
        hasStarted = true;
        performance.mark(EDGE_STREAM_MARKS.from);
      }
      if (drawn < total) return;
      unsubscribe();
      // The frame that draws the last slice: sigma renders on the next animation frame.
      renderer.sigma.once("afterRender", () => {
        performance.mark(EDGE_STREAM_MARKS.to);
        resolve();
      });
      renderer.sigma.scheduleRender();
    };
    const unsubscribe = renderer.edgeProgress.subscribe(onProgress);
    onProgress(renderer.edgeProgress.get());
  });
}

let edgesDrawn: Promise<void> = Promise.resolve();

function current(): AppContext {
  if (explorer === null) throw new Error("ours page: call firstFrame() first.");
  return explorer.ctx;
}

async function measured(action: () => void): Promise<number> {
  const ms = await measureJs(action);
  await settle();
  return ms;
}

const api: BenchPageApi = {
  async fetchGraph(url) {
    text = await (await fetch(url)).text();
    return graphFacts(JSON.parse(text));
  },
  labelNextInput,
  frameDrawn,
  async firstFrame() {
    markInput();
    const data = JSON.parse(text);
    return measured(() => {
      const start = performance.now();
      const graph: KnowledgeGraph = new MultiDirectedGraph();
      graph.import(data);
      firstFrameParts.importMs = performance.now() - start;
      explorer = open(graph);
      edgesDrawn = watchEdgeStream(explorer.ctx.renderer);
    });
  },
  async edgesDrawn() {
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 600_000));
    return Promise.race([edgesDrawn.then(() => true), timeout]);
  },
  async teardown() {
    if (explorer === null) return;
    for (const unmount of explorer.unmount) unmount();
    explorer.ctx.renderer.destroy();
    explorer.ctx.derived.destroy();
    explorer = null;
    await settle();
  },
  hover: (key) => measured(() => current().derived.setHover(key)),
  unhover: () => measured(() => current().derived.setHover(null)),
  focus: (key, depth) =>
    measured(() => current().view.update((state) => setDepth(depth)(focusNode(key)(state)))),
  clearFocus: () => measured(() => current().view.update(clearFocus())),
  setKindHidden: (kind, isHidden) =>
    measured(() => current().view.update(setKindHidden(kind, isHidden))),
  async startLayout() {
    // The trace's window opens before the forces start, so the task that starts them counts.
    performance.mark(LAYOUT_MARKS.from);
    current().renderer.layout.startForces();
    // The page's own JS count starts once they run (stopLayout's figure).
    await settle(1);
    startTaskRecording();
  },
  async stopLayout() {
    const longest = stopTaskRecording();
    performance.mark(LAYOUT_MARKS.to);
    current().renderer.layout.stopForces();
    await settle();
    return longest;
  },
  async settleCamera() {
    const camera = current().renderer.sigma.getCamera();
    while (camera.isAnimated()) await nextFrame();
    await settle();
  },
};
window.__bench = api;
/** The `gpu-frame` row's calls (bench/browser/gpu-frame.ts): the explorer as a user opens it. */
const gpuFrame: GpuFramePageApi = {
  async open(url) {
    await api.fetchGraph(url);
    await api.firstFrame();
    // The first picture is framed in the frame after the panels mounted (renderer.ts).
    await redrawOnce(current().renderer.sigma);
  },
  stageView: () => stageViewOf(current().renderer.sigma),
  redraw: () => redrawOnce(current().renderer.sigma),
};
window.__gpuFrame = gpuFrame;
Object.assign(window, { __breakdown: lastBreakdown, __firstFrameParts: firstFrameParts });
