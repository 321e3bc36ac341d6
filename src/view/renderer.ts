// Binds sigma to the derived state: draws the dataset's graph, and when the view, the hover or
// the dataset changes, repaints only the items whose look changed. Sigma's options come from
// settings.ts, the label drawer from label-drawer.ts, pointer events from pointer-actions.ts.

import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeHover } from "sigma/rendering";
import type { DrawnAppearance } from "../appearance/index.ts";
import { firstLayout } from "../layout/initial-layout.ts";
import { assignPositions, isPositioned, type Positions } from "../layout/positions.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { DerivedView } from "../state/derive-view.ts";
import type { DatasetFacts, DerivedState } from "../state/derived.ts";
import {
  createItemStates,
  edgeState,
  ITEM_NORMAL,
  type ItemState,
  type ItemStates,
  nodeState,
  writeItemStates,
} from "../state/item-states.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { appearanceChanges } from "./appearance-changes.ts";
import { parallelEdgeCurvatures } from "./edge-curvature.ts";
import { skipEdgeLabelScan } from "./edge-label-scan.ts";
import { createForceRedraw } from "./force-redraw.ts";
import { frameCamera, shownNodes } from "./frame-nodes.ts";
import { createItemStatePrograms } from "./item-state-programs.ts";
import { createLabelDrawer } from "./label-drawer.ts";
import { createLayoutController } from "./layout-controller.ts";
import { bindPointerActions } from "./pointer-actions.ts";
import {
  CURVED_EDGE_PROGRAM,
  CURVED_LINE_PROGRAM,
  createEdgeReducer,
  createNodeReducer,
  type DrawingInputs,
  NODE_PROGRAM,
  STRAIGHT_EDGE_PROGRAM,
  STRAIGHT_LINE_PROGRAM,
  THICKEN_SPOTLIGHT_MAX_ITEMS,
} from "./reducers.ts";
import { DEFAULT_SETTINGS, hidesEdgesOnMove } from "./settings.ts";

export type GraphRenderer = Sigma<NodeAttributes, EdgeAttributes>;

export interface RendererHandle {
  readonly sigma: GraphRenderer;
  readonly layout: ReturnType<typeof createLayoutController>;
  /** Moves the camera so that the node and its focused neighbourhood are in view. */
  showNode(key: string): void;
  /** Frames what is shown (a path, the focus neighbourhood, else all), labels included. */
  frameShown(): void;
  /** How a node or edge is drawn now: normal, dimmed or hidden (see item-states.ts). */
  nodeState(key: string): ItemState;
  edgeState(key: string): ItemState;
  destroy(): void;
}

/** What the renderer keeps per dataset: the facts it drew from and what the reducers read. */
interface Drawing {
  facts: DatasetFacts;
  inputs: DrawingInputs;
  states: ItemStates;
  firstPositions: Positions;
}

/** Positions the graph (a first layout unless it brings its own) and prepares what is drawn. */
function prepareDrawing(
  facts: DatasetFacts,
  derived: DerivedView,
  appearance: DrawnAppearance,
  laidOut?: Positions,
): Drawing {
  const { graph } = facts.dataset;
  const firstPositions = laidOut ?? firstLayout(graph);
  if (!isPositioned(graph)) assignPositions(graph, firstPositions);
  const { index } = facts;
  const states = createItemStates(index.indexed);
  writeItemStates(states, index.indexed, derived);
  return {
    facts,
    states,
    firstPositions,
    inputs: {
      derived,
      palette: facts.palette,
      appearance,
      curvatures: parallelEdgeCurvatures(index.indexed),
      thickensSpotlight: graph.order + graph.size <= THICKEN_SPOTLIGHT_MAX_ITEMS,
    },
  };
}

/** Asks sigma for a repaint when the stage's size changes; returns how to stop watching. */
function watchStageSize(container: HTMLElement, sigma: GraphRenderer): () => void {
  // Sigma only watches the window; panels (an alert, the status line) can resize the stage too.
  // The observer also reports the size it starts with: that needs no repaint, and at 500,000
  // edges a refresh re-runs every reducer and reprocesses the graph (seconds).
  let stageSize = { width: container.offsetWidth, height: container.offsetHeight };
  const resizeObserver = new ResizeObserver(() => {
    const size = { width: container.offsetWidth, height: container.offsetHeight };
    if (size.width === stageSize.width && size.height === stageSize.height) return;
    stageSize = size;
    sigma.scheduleRefresh();
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
  skipEdgeLabelScan(sigma);
  sigma.on("beforeRender", () => labels.clear());
  return sigma;
}

export function createRenderer(
  container: HTMLElement,
  stores: { view: Store<ViewState>; derived: DerivedState },
): RendererHandle {
  const { derived } = stores;
  let current = prepareDrawing(derived.facts(), derived.view(), derived.appearance());
  const sigma = createSigma(container, () => current);
  sigma.setGraph(current.facts.dataset.graph);

  const forceRedraw = createForceRedraw(sigma);
  const layout = createLayoutController({
    onMoved: () => {
      forceRedraw.cancel();
      sigma.setCustomBBox(null);
      sigma.refresh();
    },
    onForcesMoved: () => forceRedraw.positionsMoved(),
  });
  layout.subscribe(() => {
    if (!layout.isRunning()) forceRedraw.forcesStopped();
  });
  const setLayoutTarget = () =>
    layout.setTarget({
      graph: current.facts.dataset.graph,
      firstPositions: current.firstPositions,
      kinds: current.facts.index.kinds,
    });
  setLayoutTarget();

  /**
   * A new dataset: a new graph for sigma, laid out, seen whole. A grown one (remote mode) keeps
   * the view: the old extent stays sigma's frame and the camera stays, so what was drawn stays
   * where it was on screen and newcomers appear beside their neighbours.
   */
  const drawDataset = () => {
    const keepsView =
      derived.facts().dataset.grows === true && current.facts.dataset.graph.order > 0;
    const keptFrame = keepsView ? (sigma.getCustomBBox() ?? sigma.getBBox()) : null;
    current = prepareDrawing(derived.facts(), derived.view(), derived.appearance());
    setLayoutTarget();
    sigma.setCustomBBox(keptFrame);
    sigma.setSetting("hideEdgesOnMove", hidesEdgesOnMove(current.facts.dataset.graph.size));
    sigma.setGraph(current.facts.dataset.graph);
    if (!keepsView) {
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      // Once the panels have followed (the stage may change size with them).
      requestAnimationFrame(() => frame(shown(), false));
    }
  };

  /**
   * Rewrites the item states (dimmed, hidden) and sends through sigma only the items whose
   * rings, labels or widths changed; never a full refresh.
   */
  const drawView = () => {
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
  };

  /** The same graph with its kinds read from another attribute: new colours, same places. */
  const drawKinds = () => {
    const facts = derived.facts();
    current = prepareDrawing(facts, derived.view(), derived.appearance(), current.firstPositions);
    setLayoutTarget();
    sigma.refresh();
  };

  const unsubscribe = derived.subscribe(() => {
    const facts = derived.facts();
    if (facts === current.facts) drawView();
    else if (facts.dataset === current.facts.dataset) drawKinds();
    else drawDataset();
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

  /** Moves the camera onto the nodes, their labels inside the stage. */
  function frame(keys: string[], animate = true) {
    // The stage may have just changed size (the reading pane opened): measure it now.
    const box = container.getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    if (Math.round(box.width) !== width || Math.round(box.height) !== height) sigma.resize();
    const labelled = current.inputs.derived.labelledNodes;
    const state = frameCamera(sigma, keys, (key) => labelled.has(key));
    if (!state) return;
    if (animate) sigma.getCamera().animate(state, { duration: 500 });
    else sigma.getCamera().setState(state);
  }
  const shown = () =>
    shownNodes(derived.view(), stores.view.get(), () => current.facts.dataset.graph.nodes());

  function showNode(key: string) {
    if (!sigma.getNodeDisplayData(key)) return;
    // Frame the focused neighbourhood when there is one, else just the node.
    const spotlight = current.inputs.derived.focusSpotlight?.nodes ?? [];
    frame([key, ...spotlight]);
  }

  // The first picture: the whole graph, no label cut off at the stage's edge.
  frame(shown(), false);

  // Changing the depth, showing a path or opening the reading pane (the stage narrows) reframes.
  const unsubscribeFraming = stores.view.subscribe((next, previous) => {
    const isNewPath =
      next.path !== null &&
      (next.path.from !== previous.path?.from || next.path.to !== previous.path?.to);
    if ((next.depth !== previous.depth && next.focus !== null) || isNewPath) frame(shown());
    else if (next.readingOpen !== previous.readingOpen) requestAnimationFrame(() => frame(shown()));
  });

  return {
    sigma,
    layout,
    showNode,
    frameShown: () => frame(shown()),
    nodeState: (key) => nodeState(current.states, current.facts.index.indexed, key),
    edgeState: (key) => edgeState(current.states, current.facts.index.indexed, key),
    destroy() {
      unbindPointer();
      unsubscribeFraming();
      stopWatchingStage();
      unsubscribe();
      forceRedraw.cancel();
      const { graph } = current.facts.dataset;
      layout.setTarget({ graph, firstPositions: current.firstPositions, kinds: [] });
      sigma.kill();
    },
  };
}
