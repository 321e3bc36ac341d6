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
import { mountDetails } from "../../src/ui/details.ts";
import { mountFocusControls } from "../../src/ui/focus-controls.ts";
import { mountLegend } from "../../src/ui/legend.ts";
import { mountStatusLine } from "../../src/ui/status-line.ts";
import { createRenderer, type RendererHandle } from "../../src/view/renderer.ts";
import {
  instrumentRenderer,
  lastBreakdown,
  measureJs,
  settle,
  startTaskRecording,
  stopTaskRecording,
} from "./frame-timing.ts";
import { type BenchPageApi, graphFacts, LAYOUT_MARKS } from "./page-api.ts";

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

function open(graph: KnowledgeGraph): Explorer {
  const dataset = createStore<Dataset>({ graph, sourceTexts: {}, name: "bench", isBuiltIn: false });
  const view = createStore<ViewState>(DEFAULT_VIEW);
  const derived = createDerivedState({ dataset, view });
  const renderer: RendererHandle = createRenderer(slot("stage"), { view, derived });
  const announce = mountAlerts(slot("alerts"));
  const ctx: AppContext = { dataset, view, derived, renderer, announce };
  const unmount = [
    mountFocusControls(ctx, slot("focus-controls")),
    mountDetails(ctx, slot("details")),
    mountLegend(ctx, slot("legend")),
    mountStatusLine(ctx, slot("status")),
  ];
  return { ctx, unmount };
}

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
  async firstFrame() {
    const data = JSON.parse(text);
    return measured(() => {
      const start = performance.now();
      const graph: KnowledgeGraph = new MultiDirectedGraph();
      graph.import(data);
      firstFrameParts.importMs = performance.now() - start;
      explorer = open(graph);
    });
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
    current().renderer.layout.startForces();
    // The click that starts the forces is an ordinary task; recording starts once they run.
    await settle(1);
    performance.mark(LAYOUT_MARKS.from);
    startTaskRecording();
  },
  async stopLayout() {
    const longest = stopTaskRecording();
    performance.mark(LAYOUT_MARKS.to);
    current().renderer.layout.stopForces();
    await settle();
    return longest;
  },
};
window.__bench = api;
Object.assign(window, { __breakdown: lastBreakdown, __firstFrameParts: firstFrameParts });
