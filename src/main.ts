// The explorer's entry point. It only composes: the stores, the derived state, the renderer, the
// context every panel receives, then one mount call per panel. To add a panel, give it a slot in
// index.html and a mountX(ctx, element) call below. Opened from `kg serve`, the graph is the
// server's: the page starts empty and loads what the user explores (remote-controller.ts).
import "./ui/app.css";
import data from "../graph/new-security-concept.kg.json";
import sourceText from "../graph/sources/new-security-concept.txt?raw";
import { buildGraph } from "./model/load.ts";
import type { CuratedFile } from "./model/types.ts";
import type { Dataset } from "./state/dataset.ts";
import { createDerivedState } from "./state/derived.ts";
import { openSnapshot } from "./state/remote-snapshot.ts";
import { createStore } from "./state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "./state/view-state.ts";
import type { StoreInfo } from "./store/graph-store.ts";
import { createHttpStore, type HttpStore } from "./store/http-store.ts";
import { mountAlerts } from "./ui/alerts.ts";
import type { AppContext } from "./ui/app-context.ts";
import { mountAppearance } from "./ui/appearance-panel.ts";
import { mountDetails } from "./ui/details.ts";
import { mountEdgeProgress } from "./ui/edge-progress.ts";
import { mountFileTools } from "./ui/file-tools.ts";
import { mountFocusControls } from "./ui/focus-controls.ts";
import { rescueFocus } from "./ui/focus-rescue.ts";
import { mountGraphTitle } from "./ui/graph-title.ts";
import { bindKeyboard } from "./ui/keyboard.ts";
import { mountLayoutControls } from "./ui/layout-controls.ts";
import { mountLegend } from "./ui/legend.ts";
import { mountPathPanel } from "./ui/path-panel.ts";
import { followOnPhone } from "./ui/phone-follow.ts";
import { mountReadingPane, mountReadingToggle } from "./ui/reading-pane.ts";
import { connectRemote, remoteDataset } from "./ui/remote-controller.ts";
import { mountRemotePanel } from "./ui/remote-panel.ts";
import { syncRemoteViewWithUrl } from "./ui/remote-url-sync.ts";
import { mountSearch } from "./ui/search-box.ts";
import { mountStatusLine } from "./ui/status-line.ts";
import { mountTimeline } from "./ui/timeline.ts";
import { syncViewWithUrl } from "./ui/url-sync.ts";
import { createRenderer } from "./view/renderer.ts";

/** How long the page waits for `/api/info` to tell whether `kg serve` served it. */
const DETECT_TIMEOUT_MS = 10_000;

function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html: no element with id "${id}" to mount into`);
  return element;
}

function builtInDataset(): Dataset {
  const file = data as CuratedFile;
  const graph = buildGraph(file);
  const sourceId = file.sources[0]?.id ?? "source";
  return {
    graph,
    sourceTexts: { [sourceId]: sourceText },
    name: "new-security-concept",
    isBuiltIn: true,
  };
}

/** The server's counts when the page was opened from `kg serve`; null otherwise. */
async function remoteInfo(store: HttpStore): Promise<StoreInfo | null> {
  try {
    return await store.info();
  } catch {
    return null;
  }
}

const store = createHttpStore();
const info = await remoteInfo(createHttpStore({ timeoutMs: DETECT_TIMEOUT_MS }));
const dataset = createStore<Dataset>(info ? remoteDataset(openSnapshot(info)) : builtInDataset());
const view = createStore<ViewState>(DEFAULT_VIEW);
const announce = mountAlerts(slot("alerts"));
const derived = createDerivedState({ dataset, view });
const renderer = createRenderer(slot("stage"), { view, derived });
const ctx: AppContext = { dataset, view, derived, renderer, announce };
if (info) ctx.remote = connectRemote(ctx, store, info, await store.maxNodes());

mountGraphTitle(ctx, slot("graph-title"));
mountSearch(ctx, slot("search"));
mountLayoutControls(ctx, slot("layout-controls"));
mountFocusControls(ctx, slot("focus-controls"));
mountPathPanel(ctx, slot("paths"));
mountDetails(ctx, slot("details"));
mountLegend(ctx, slot("legend"));
mountAppearance(ctx, slot("appearance"));
mountStatusLine(ctx, slot("status"));
mountEdgeProgress(ctx, slot("stage"));
mountTimeline(ctx, slot("timeline"));
mountReadingToggle(ctx, slot("reading-toggle"));
mountReadingPane(ctx, slot("reading"));
mountFileTools(ctx, slot("file-tools"), { builtInDataset, notices: slot("notices") });
bindKeyboard(ctx);
followOnPhone(ctx, { details: slot("details"), reading: slot("reading") });
if (ctx.remote) {
  mountRemotePanel(ctx, slot("remote"));
  syncRemoteViewWithUrl(ctx);
} else syncViewWithUrl(ctx);
rescueFocus(ctx, () => document.querySelector<HTMLElement>("#details .details-title"));

// A handle for benchmarks and browser tests to drive the renderer; not in production builds.
if (import.meta.env.DEV || import.meta.env.MODE === "test") {
  Object.assign(window, {
    __kg: {
      ctx,
      sigma: renderer.sigma,
      setHover: derived.setHover,
      nodeState: renderer.nodeState,
      edgeState: renderer.edgeState,
    },
  });
}
