// Binds sigma to the derived state: draws the dataset's graph, and when the view, the hover or
// the dataset changes, repaints only the items whose look changed. Sigma's options come from
// settings.ts, the label drawer from label-drawer.ts, pointer events from pointer-actions.ts.

import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeHover } from "sigma/rendering";
import type { IndexedGraph } from "../query/indexed-graph.ts";
import type { DerivedState } from "../state/derived.ts";
import {
  edgeState,
  ITEM_NORMAL,
  type ItemState,
  nodeState,
  writeItemStates,
} from "../state/item-states.ts";
import { createStore, type Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { appearanceChanges } from "./appearance-changes.ts";
import { frame, reframeOnViewChanges, shown } from "./camera-framing.ts";
import {
  drawWithoutEdges,
  type EdgeProgress,
  STREAM_EDGES_ABOVE,
  streamEdges,
} from "./edge-stream.ts";
import { awaitFirstLayout, firstLayoutMoved, stopFirstLayout } from "./first-layout.ts";
import { createForceRedraw } from "./force-redraw.ts";
import { createItemStatePrograms } from "./item-state-programs.ts";
import { createLabelDrawer } from "./label-drawer.ts";
import { createLayoutController, type RendererLayoutController } from "./layout-controller.ts";
import { bindPointerActions } from "./pointer-actions.ts";
import {
  CURVED_EDGE_PROGRAM,
  CURVED_LINE_PROGRAM,
  createEdgeReducer,
  createNodeReducer,
  edgeProgram,
  NODE_PROGRAM,
  STRAIGHT_EDGE_PROGRAM,
  STRAIGHT_LINE_PROGRAM,
} from "./reducers.ts";
import { type Drawing, type GraphRenderer, prepareDrawing, type Scene } from "./scene.ts";
import { trimSigma } from "./sigma-trims.ts";
import { dropWindowResizeRefresh, stageResized } from "./stage-resize.ts";

export type { GraphRenderer };

import { DEFAULT_SETTINGS, hidesEdgesOnMove } from "./settings.ts";

export interface RendererHandle {
  readonly sigma: GraphRenderer;
  readonly layout: RendererLayoutController;
  /** Moves the camera so that the node and its focused neighbourhood are in view. */
  showNode(key: string): void;
  /** Frames what is shown (a path, the focus neighbourhood, else all), labels included. */
  frameShown(): void;
  /** How many of the graph's edges are drawn: big graphs stream them in after the nodes. */
  readonly edgeProgress: Pick<Store<EdgeProgress>, "get" | "subscribe">;
  /** How a node or edge is drawn now: normal, dimmed or hidden (see item-states.ts). */
  nodeState(key: string): ItemState;
  edgeState(key: string): ItemState;
  destroy(): void;
}

/** Asks sigma for a repaint when the stage's size changes; returns how to stop watching. */
function watchStageSize(container: HTMLElement, sigma: GraphRenderer): () => void {
  // Sigma only watches the window; panels (an alert, the status line) can resize the stage too.
  // The observer also reports the size it starts with: that needs no repaint. A new size needs
  // a new label grid, not a full refresh (see stage-resize.ts).
  dropWindowResizeRefresh(sigma);
  let stageSize = { width: container.offsetWidth, height: container.offsetHeight };
  const resizeObserver = new ResizeObserver(() => {
    const size = { width: container.offsetWidth, height: container.offsetHeight };
    if (size.width === stageSize.width && size.height === stageSize.height) return;
    stageSize = size;
    stageResized(sigma);
  });
  resizeObserver.observe(container);
  return () => resizeObserver.disconnect();
}

function createSigma(container: HTMLElement, current: () => Drawing): GraphRenderer {
  const inputs = () => current().inputs;
  const programs = createItemStatePrograms(() => current().states);
  const labels = createLabelDrawer(
    (key) => nodeState(current().states, current().facts.index.indexed, key) === ITEM_NORMAL,
    () => current().inputs.derived,
  );
  // Sigma starts on an empty graph so that its first full pass runs with the edge-label scan
  // already skipped (see edge-label-scan.ts); the caller then hands it the dataset's graph.
  const sigma: GraphRenderer = new Sigma(new MultiDirectedGraph(), container, {
    ...DEFAULT_SETTINGS.sigma,
    defaultNodeType: NODE_PROGRAM,
    nodeProgramClasses: { [NODE_PROGRAM]: programs.node },
    defaultEdgeType: STRAIGHT_EDGE_PROGRAM,
    edgeProgramClasses: {
      [STRAIGHT_EDGE_PROGRAM]: programs.straightEdge,
      [CURVED_EDGE_PROGRAM]: programs.curvedEdge,
      [STRAIGHT_LINE_PROGRAM]: programs.straightLine,
      [CURVED_LINE_PROGRAM]: programs.curvedLine,
    },
    nodeReducer: createNodeReducer(inputs),
    edgeReducer: createEdgeReducer(inputs),
    hideEdgesOnMove: hidesEdgesOnMove(current().facts.dataset.graph.size),
    defaultDrawNodeLabel: labels.draw,
    defaultDrawNodeHover: drawDiscNodeHover,
  });
  trimSigma(sigma);
  sigma.on("beforeRender", () => labels.clear());
  return sigma;
}

/** The layout controller, redrawing sigma as the forces or a new layout move the nodes. */
function createLayout(
  sigma: GraphRenderer,
  indexed: () => IndexedGraph,
  afterMoved: () => void,
): RendererLayoutController {
  const forceRedraw = createForceRedraw(sigma, indexed);
  const layout = createLayoutController({
    onMoved: () => {
      forceRedraw.cancel();
      sigma.setCustomBBox(null);
      sigma.refresh();
      afterMoved();
    },
    onForcesMoved: () => forceRedraw.positionsMoved(),
  });
  layout.subscribe(() => {
    if (!layout.isRunning()) forceRedraw.forcesStopped();
  });
  sigma.on("kill", () => forceRedraw.cancel());
  return layout;
}

function setLayoutTarget(scene: Scene): void {
  const { current } = scene;
  scene.layout.setTarget({
    graph: current.facts.dataset.graph,
    indexed: current.facts.index.indexed,
    firstPositions: current.firstPositions,
    kinds: current.facts.index.kinds,
  });
}

/**
 * Hands sigma the dataset's graph: at once when small; above STREAM_EDGES_ABOVE edges, nodes
 * first and the edges streamed in after (edge-stream.ts), with their progress in the store.
 */
function setSigmaGraph(scene: Scene): void {
  scene.stopEdgeStream?.();
  const { sigma, current, edgeProgress } = scene;
  const { graph } = current.facts.dataset;
  if (graph.size <= STREAM_EDGES_ABOVE) {
    sigma.setGraph(graph);
    edgeProgress.update(() => ({ drawn: graph.size, total: graph.size }));
    return;
  }
  drawWithoutEdges(
    sigma,
    (key, attributes) => edgeProgram(attributes, scene.current.inputs.curvatures.get(key)),
    () => sigma.setGraph(graph),
  );
  scene.stopEdgeStream = streamEdges(sigma, (progress) => edgeProgress.update(() => progress));
}

/**
 * A new dataset: a new graph for sigma, laid out, seen whole. A grown one (remote mode) keeps
 * the view: the old extent stays sigma's frame and the camera stays, so what was drawn stays
 * where it was on screen and newcomers appear beside their neighbours.
 */
function drawDataset(scene: Scene): void {
  const { sigma, derived } = scene;
  const keepsView =
    derived.facts().dataset.grows === true && scene.current.facts.dataset.graph.order > 0;
  const keptFrame = keepsView ? (sigma.getCustomBBox() ?? sigma.getBBox()) : null;
  scene.current = prepareDrawing(derived.facts(), derived.view(), derived.appearance());
  setLayoutTarget(scene);
  sigma.setCustomBBox(keptFrame);
  sigma.setSetting("hideEdgesOnMove", hidesEdgesOnMove(scene.current.facts.dataset.graph.size));
  setSigmaGraph(scene);
  awaitFirstLayout(scene);
  if (!keepsView) {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // Once the panels have followed (the stage may change size with them).
    requestAnimationFrame(() => frame(scene, shown(scene), false));
  }
}

/**
 * Rewrites the item states (dimmed, hidden) and sends through sigma only the items whose
 * rings, labels or widths changed; never a full refresh.
 */
function drawView(scene: Scene): void {
  const { sigma, derived, current } = scene;
  const appearance = derived.appearance();
  if (appearance !== current.inputs.appearance) {
    // New colours or sizes touch every item: one full pass, as for a new dataset.
    current.inputs = { ...current.inputs, appearance, derived: derived.view() };
    writeItemStates(current.states, current.facts.index.indexed, current.inputs.derived);
    sigma.refresh();
    return;
  }
  const before = current.inputs.derived;
  const after = derived.view();
  if (after === before) return;
  current.inputs = { ...current.inputs, derived: after };
  const { index } = current.facts;
  writeItemStates(current.states, index.indexed, after);
  const changes = appearanceChanges(index, before, after, current.inputs.thickensSpotlight);
  if (changes.nodes.length > 0 || changes.edges.length > 0) {
    sigma.refresh({ partialGraph: changes, skipIndexation: true });
  } else {
    sigma.scheduleRender();
  }
}

/** The same graph with its kinds read from another attribute: new colours, same places. */
function drawKinds(scene: Scene): void {
  const { derived } = scene;
  const { firstPositions } = scene.current;
  scene.current = prepareDrawing(
    derived.facts(),
    derived.view(),
    derived.appearance(),
    firstPositions,
  );
  setLayoutTarget(scene);
  scene.sigma.refresh();
}

export function createRenderer(
  container: HTMLElement,
  stores: { view: Store<ViewState>; derived: DerivedState },
): RendererHandle {
  const { derived } = stores;
  const first = prepareDrawing(derived.facts(), derived.view(), derived.appearance());
  const scene = { container, derived, view: stores.view, current: first } as Scene;
  scene.edgeProgress = createStore<EdgeProgress>({ drawn: 0, total: 0 });
  scene.sigma = createSigma(container, () => scene.current);
  setSigmaGraph(scene);
  scene.layout = createLayout(
    scene.sigma,
    () => scene.current.facts.index.indexed,
    () => firstLayoutMoved(scene, () => frame(scene, shown(scene))),
  );
  setLayoutTarget(scene);
  awaitFirstLayout(scene);
  const { sigma, layout } = scene;

  const unsubscribe = derived.subscribe(() => {
    const facts = derived.facts();
    if (facts === scene.current.facts) drawView(scene);
    else if (facts.dataset === scene.current.facts.dataset) drawKinds(scene);
    else drawDataset(scene);
  });
  const stopWatchingStage = watchStageSize(container, sigma);
  const unbindPointer = bindPointerActions(sigma, {
    view: stores.view,
    derived,
    dragHooks: {
      onDragStart: () => layout.pauseForDrag(),
      onDragEnd: () => layout.resumeAfterDrag(),
    },
  });
  // The first picture: the whole graph, no label cut off at the stage's edge.
  frame(scene, shown(scene), false);
  const unsubscribeFraming = reframeOnViewChanges(scene);

  return {
    sigma,
    layout,
    edgeProgress: scene.edgeProgress,
    showNode(key) {
      if (!sigma.getNodeDisplayData(key)) return;
      // Frame the focused neighbourhood when there is one, else just the node.
      const spotlight = scene.current.inputs.derived.focusSpotlight?.nodes ?? [];
      frame(scene, [key, ...spotlight]);
    },
    frameShown: () => frame(scene, shown(scene)),
    nodeState: (key) => nodeState(scene.current.states, scene.current.facts.index.indexed, key),
    edgeState: (key) => edgeState(scene.current.states, scene.current.facts.index.indexed, key),
    destroy() {
      stopFirstLayout(scene);
      scene.stopEdgeStream?.();
      unbindPointer();
      unsubscribeFraming();
      stopWatchingStage();
      unsubscribe();
      const { graph } = scene.current.facts.dataset;
      layout.setTarget({ graph, firstPositions: scene.current.firstPositions, kinds: [] });
      sigma.kill();
    },
  };
}
