// The `gpu-frame` baseline: the same graph as ours (same positions, fills, radii, edge colours and
// widths, from the app's own reducers), drawn by sigma 3 with its default programs, as Gephi
// Lite draws: plain circles, straight edges with arrowheads, sigma's default labels, no edge
// events. The stage takes ours' size and camera (`open(url, view)`), so both draw one picture.
// `?add=` puts back one of our choices at a time (baseline-features.ts), to find what costs.
import "./raster-switch.ts";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { firstLayout } from "../../src/layout/initial-layout.ts";
import { assignPositions, isPositioned } from "../../src/layout/positions.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Dataset } from "../../src/state/dataset.ts";
import { createDerivedState } from "../../src/state/derived.ts";
import { createItemStates, writeItemStates } from "../../src/state/item-states.ts";
import { createStore } from "../../src/state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { parallelEdgeCurvatures } from "../../src/view/edge-curvature.ts";
import { withItemStates } from "../../src/view/item-state-programs.ts";
import { EDGE_DIMMING, NODE_DIMMING } from "../../src/view/item-state-shader.ts";
import {
  createEdgeReducer,
  createNodeReducer,
  type DrawingInputs,
} from "../../src/view/reducers.ts";
import { DEFAULT_SETTINGS } from "../../src/view/settings.ts";
import { uploadingOnChange } from "../../src/view/upload-on-change.ts";
import { parseFeatures } from "./baseline-features.ts";
import { type GpuFramePageApi, redrawOnce, type StageView, stageViewOf } from "./gpu-frame-api.ts";

const features = parseFeatures(new URLSearchParams(window.location.search).get("add"));
const stage = document.getElementById("stage") as HTMLElement;
let sigma: Sigma | null = null;

function drawingInputs(graph: KnowledgeGraph) {
  const dataset = createStore<Dataset>({ graph, sourceTexts: {}, name: "bench", isBuiltIn: false });
  const derived = createDerivedState({ dataset, view: createStore<ViewState>(DEFAULT_VIEW) });
  const { index, palette } = derived.facts();
  const states = createItemStates(index.indexed);
  writeItemStates(states, index.indexed, derived.view());
  const inputs: DrawingInputs = {
    derived: derived.view(),
    palette,
    appearance: derived.appearance(),
    curvatures: features.has("curves") ? parallelEdgeCurvatures(index.indexed) : new Map(),
    thickensSpotlight: false,
  };
  return { inputs, states };
}

type ProgramClass = Settings["nodeProgramClasses"][string];

function programClasses(states: ReturnType<typeof drawingInputs>["states"]) {
  const wrap = <T>(Base: T, isNode: boolean): T => {
    let result = Base;
    if (features.has("states")) {
      // A plain circle has one colour, v_color, as edges do; node-border names its fill apart.
      const look = isNode && features.has("border") ? NODE_DIMMING : EDGE_DIMMING;
      result = withItemStates(result, look, () => states);
    }
    return features.has("uploads") ? uploadingOnChange(result) : result;
  };
  const node = features.has("border")
    ? createNodeBorderProgram({ borders: [...DEFAULT_SETTINGS.nodeBorders] })
    : NodeCircleProgram;
  return {
    nodeProgramClasses: { circle: wrap(node as ProgramClass, true) },
    edgeProgramClasses: {
      // Sigma's EdgeArrowProgram, built from its parts so that each part can be wrapped.
      arrow: createEdgeCompoundProgram([
        wrap(createEdgeClampedProgram(), false),
        wrap(createEdgeArrowHeadProgram(), false),
      ]),
      line: wrap(EdgeRectangleProgram, false),
      curvedArrow: wrap(EdgeCurvedArrowProgram, false),
      curvedLine: wrap(EdgeCurveProgram, false),
    },
  } as Partial<Settings>;
}

/** Our reducers give the look (fills, radii, colours, widths); the program names are sigma's. */
function reducers(inputs: DrawingInputs): Partial<Settings> {
  const node = createNodeReducer(() => inputs);
  const edge = createEdgeReducer(() => inputs);
  return {
    defaultNodeType: "circle",
    defaultEdgeType: "arrow",
    nodeReducer: (key, attributes) => ({
      ...node(key, { ...attributes } as never),
      type: "circle",
    }),
    edgeReducer: (key, attributes) => {
      const data = edge(key, { ...attributes } as never) as { type?: string };
      if (!features.has("labels")) Object.assign(data, { label: null, forceLabel: false });
      return data;
    },
  };
}

function labelSettings(): Partial<Settings> {
  if (!features.has("labels")) return {};
  const { sigma: ours } = DEFAULT_SETTINGS;
  const names = Object.keys(ours).filter((name) => /label/i.test(name)) as (keyof Settings)[];
  return Object.fromEntries(names.map((name) => [name, ours[name]]));
}

function draw(graph: KnowledgeGraph, view: StageView | undefined): Sigma {
  if (view) {
    stage.style.width = `${view.width}px`;
    stage.style.height = `${view.height}px`;
  }
  if (!isPositioned(graph)) assignPositions(graph, firstLayout(graph));
  const { inputs, states } = drawingInputs(graph);
  const renderer = new Sigma(graph, stage, {
    ...programClasses(states),
    ...reducers(inputs),
    ...labelSettings(),
    // Geometry as ours, so the same camera shows the same picture.
    stagePadding: DEFAULT_SETTINGS.sigma.stagePadding,
    minCameraRatio: DEFAULT_SETTINGS.sigma.minCameraRatio,
    maxCameraRatio: DEFAULT_SETTINGS.sigma.maxCameraRatio,
    enableEdgeEvents: features.has("edge-events"),
  });
  if (view) renderer.getCamera().setState(view.camera);
  return renderer;
}

const api: GpuFramePageApi = {
  async open(url, view) {
    const data = await (await fetch(url)).json();
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.import(data);
    sigma?.kill();
    sigma = draw(graph, view);
    await redrawOnce(sigma);
  },
  stageView() {
    if (!sigma) throw new Error("baseline-defaults: call open() first.");
    return stageViewOf(sigma);
  },
  redraw() {
    if (!sigma) throw new Error("baseline-defaults: call open() first.");
    return redrawOnce(sigma);
  },
};
window.__gpuFrame = api;
