// Binds sigma to the stores: draws the dataset's graph, repaints only the items whose look
// changed when the view or the hovered node changes, and turns pointer events into view changes.

import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import { firstLayout } from "../layout/initial-layout.ts";
import { assignPositions, isPositioned } from "../layout/positions.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { Dataset } from "../state/dataset.ts";
import {
  appearanceChanges,
  createViewDeriver,
  type DerivedView,
  type ViewDeriver,
} from "../state/derive-view.ts";
import { clearFocus, focusNode, selectEdge } from "../state/focus.ts";
import { createGraphIndex, type GraphIndex } from "../state/graph-index.ts";
import {
  createItemStates,
  edgeState,
  ITEM_NORMAL,
  type ItemState,
  type ItemStates,
  nodeState,
  writeItemStates,
} from "../state/item-states.ts";
import { toggleSelected } from "../state/selection.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { parallelEdgeCurvatures } from "./edge-curvature.ts";
import { skipEdgeLabelScan } from "./edge-label-scan.ts";
import { createForceRedraw } from "./force-redraw.ts";
import { createItemStatePrograms } from "./item-state-programs.ts";
import { createLabelBoxes } from "./label-boxes.ts";
import { createLayoutController, type LayoutController } from "./layout-controller.ts";
import { enableNodeDragging } from "./node-drag.ts";
import { nodeFrame } from "./node-frame.ts";
import { nodeSizesByDegree } from "./node-sizes.ts";
import { createPalette, type Palette } from "./palette.ts";
import {
  CURVED_EDGE_PROGRAM,
  createEdgeReducer,
  createNodeReducer,
  type DrawingInputs,
  NODE_PROGRAM,
  STRAIGHT_EDGE_PROGRAM,
  THICKEN_SPOTLIGHT_MAX_ITEMS,
} from "./reducers.ts";
import { DEFAULT_SETTINGS, hidesEdgesOnMove } from "./settings.ts";

export type GraphRenderer = Sigma<NodeAttributes, EdgeAttributes>;

export interface RendererHandle {
  readonly sigma: GraphRenderer;
  readonly layout: LayoutController;
  /** What is visible and highlighted now (the status line and panels read it). */
  derived(): DerivedView;
  /** Facts about the current graph: kinds, relations, search index. */
  graphIndex(): GraphIndex;
  palette(): Palette;
  /** Runs after every repaint caused by the view, the hover or a new dataset. */
  subscribe(listener: (derived: DerivedView) => void): () => void;
  /** Hover a node as the pointer would (null: none); exposed for keyboard use and benchmarks. */
  setHover(key: string | null): void;
  /** Lights up what a sentence of the reading pane supports while it is pointed at (null: none). */
  previewSentence(id: string | null): void;
  /** Moves the camera so that the node and its focused neighbourhood are in view. */
  showNode(key: string): void;
  /** How a node or edge is drawn now: normal, dimmed or hidden (see item-states.ts). */
  nodeState(key: string): ItemState;
  edgeState(key: string): ItemState;
  destroy(): void;
}

interface DatasetState {
  index: GraphIndex;
  derive: ViewDeriver;
  inputs: DrawingInputs;
  states: ItemStates;
}

function prepareDataset(dataset: Dataset, view: ViewState, hover: string | null): DatasetState {
  const { graph } = dataset;
  const index = createGraphIndex(graph, dataset.sourceTexts);
  const palette = createPalette(index.kinds, index.relations);
  const derive = createViewDeriver(index);
  const derived = derive(view, hover);
  const states = createItemStates(index.indexed);
  writeItemStates(states, index.indexed, derived);
  return {
    index,
    derive,
    states,
    inputs: {
      derived,
      palette,
      sizes: nodeSizesByDegree(graph),
      curvatures: parallelEdgeCurvatures(index.indexed),
      thickensSpotlight: graph.order + graph.size <= THICKEN_SPOTLIGHT_MAX_ITEMS,
    },
  };
}

export function createRenderer(
  container: HTMLElement,
  stores: { dataset: Store<Dataset>; view: Store<ViewState> },
): RendererHandle {
  let hover: string | null = null;
  let previewedSentence: string | null = null;
  let hoverLeaveTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(derived: DerivedView) => void>();

  const positionGraph = (dataset: Dataset) => {
    const positions = firstLayout(dataset.graph);
    if (!isPositioned(dataset.graph)) assignPositions(dataset.graph, positions);
    return positions;
  };

  let firstPositions = positionGraph(stores.dataset.get());
  let current = prepareDataset(stores.dataset.get(), stores.view.get(), hover);
  const inputs = () => current.inputs;
  const programs = createItemStatePrograms(() => current.states);
  const isNodeDrawnNormally = (key: string) =>
    nodeState(current.states, current.index.indexed, key) === ITEM_NORMAL;
  // Forced labels skip sigma's label grid: keep them from printing over each other.
  const labelBoxes = createLabelBoxes();
  let labelContext: CanvasRenderingContext2D | null = null;

  // Sigma starts on an empty graph so that its first full pass runs with the edge-label scan
  // already skipped (see edge-label-scan.ts); setGraph below hands it the dataset's graph.
  const sigma: GraphRenderer = new Sigma(new MultiDirectedGraph(), container, {
    defaultNodeType: NODE_PROGRAM,
    nodeProgramClasses: { [NODE_PROGRAM]: programs.node },
    defaultEdgeType: STRAIGHT_EDGE_PROGRAM,
    edgeProgramClasses: {
      [STRAIGHT_EDGE_PROGRAM]: programs.straightEdge,
      [CURVED_EDGE_PROGRAM]: programs.curvedEdge,
    },
    nodeReducer: createNodeReducer(inputs),
    edgeReducer: createEdgeReducer(inputs),
    ...DEFAULT_SETTINGS.sigma,
    hideEdgesOnMove: hidesEdgesOnMove(stores.dataset.get().graph.size),
    // Dimmed and hidden nodes keep their place in sigma's label grid but print no label; a
    // label that would cover one already printed is left out, except the focus's and hover's.
    defaultDrawNodeLabel: (context, data, settings) => {
      if (!data.label || !isNodeDrawnNormally(data.key)) return;
      // Another canvas (a PNG export's) starts its own set of boxes.
      if (context !== labelContext) {
        labelContext = context;
        labelBoxes.clear();
      }
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = {
        x: data.x + data.size + 3,
        y: data.y - settings.labelSize / 2 - 1,
        width: context.measureText(data.label).width,
        height: settings.labelSize + 2,
      };
      const { focus, hover } = current.inputs.derived;
      if (data.key === focus || data.key === hover) labelBoxes.force(box);
      else if (!labelBoxes.claim(box)) return;
      drawDiscNodeLabel(context, data, settings);
    },
    defaultDrawNodeHover: drawDiscNodeHover,
  });
  skipEdgeLabelScan(sigma);
  sigma.on("beforeRender", () => labelBoxes.clear());
  sigma.setGraph(stores.dataset.get().graph);

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
      graph: stores.dataset.get().graph,
      firstPositions,
      kinds: current.index.kinds,
    });
  setLayoutTarget();

  const emit = () => {
    for (const listener of [...listeners]) listener(current.inputs.derived);
  };

  /**
   * Re-derives, rewrites the item states (dimmed, hidden) and sends through sigma only the items
   * whose rings, labels or widths changed; never a full refresh.
   */
  const update = () => {
    const before = current.inputs.derived;
    const after = current.derive(stores.view.get(), hover, previewedSentence);
    if (after === before) return;
    current.inputs = { ...current.inputs, derived: after };
    writeItemStates(current.states, current.index.indexed, after);
    const changes = appearanceChanges(
      current.index,
      before,
      after,
      current.inputs.thickensSpotlight,
    );
    if (changes.nodes.length > 0 || changes.edges.length > 0) {
      sigma.refresh({ partialGraph: changes, skipIndexation: true });
    } else {
      sigma.scheduleRender();
    }
    emit();
  };

  const setHover = (key: string | null) => {
    clearTimeout(hoverLeaveTimer);
    if (key === hover) return;
    hover = key;
    update();
  };

  const previewSentence = (id: string | null) => {
    if (id === previewedSentence) return;
    previewedSentence = id;
    update();
  };

  const unsubscribeView = stores.view.subscribe(update);
  const unsubscribeDataset = stores.dataset.subscribe((dataset) => {
    hover = null;
    previewedSentence = null;
    firstPositions = positionGraph(dataset);
    current = prepareDataset(dataset, stores.view.get(), hover);
    setLayoutTarget();
    sigma.setCustomBBox(null);
    sigma.setSetting("hideEdgesOnMove", hidesEdgesOnMove(dataset.graph.size));
    sigma.setGraph(dataset.graph);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    emit();
  });

  // Sigma only watches the window; panels (an alert, the status line) can resize the stage too.
  // The observer also reports the size it starts with: that needs no repaint, and at 500,000 edges
  // a refresh re-runs every reducer and reprocesses the graph (seconds).
  let stageSize = { width: container.offsetWidth, height: container.offsetHeight };
  const resizeObserver = new ResizeObserver(() => {
    const size = { width: container.offsetWidth, height: container.offsetHeight };
    if (size.width === stageSize.width && size.height === stageSize.height) return;
    stageSize = size;
    sigma.scheduleRefresh();
  });
  resizeObserver.observe(container);

  const drag = enableNodeDragging(sigma, {
    onDragStart: () => layout.pauseForDrag(),
    onDragEnd: () => layout.resumeAfterDrag(),
  });

  sigma.on("enterNode", ({ node }) => setHover(node));
  sigma.on("leaveNode", () => {
    clearTimeout(hoverLeaveTimer);
    hoverLeaveTimer = setTimeout(() => setHover(null), DEFAULT_SETTINGS.hoverLeaveDelayMs);
  });
  sigma.on("clickNode", ({ node, event }) => {
    if (drag.wasDragging()) return;
    const original = event.original;
    if (original.shiftKey) stores.view.update(toggleSelected(node));
    else stores.view.update(focusNode(node));
  });
  sigma.on("clickEdge", ({ edge }) => {
    if (drag.wasDragging()) return;
    stores.view.update(selectEdge(edge));
  });
  sigma.on("clickStage", () => {
    if (drag.wasDragging()) return;
    stores.view.update(clearFocus());
  });

  function showNode(key: string) {
    if (!sigma.getNodeDisplayData(key)) return;
    // Frame the focused neighbourhood when there is one, else just centre the node.
    const spotlight = current.inputs.derived.focusSpotlight?.nodes ?? new Set([key]);
    const frame = nodeFrame(sigma, [key, ...spotlight]);
    if (!frame) return;
    const ratio = Math.min(1, Math.max(0.2, frame.extent * 1.4));
    sigma.getCamera().animate({ x: frame.x, y: frame.y, ratio }, { duration: 500 });
  }

  return {
    sigma,
    layout,
    derived: () => current.inputs.derived,
    graphIndex: () => current.index,
    palette: () => current.inputs.palette,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setHover,
    previewSentence,
    showNode,
    nodeState: (key) => nodeState(current.states, current.index.indexed, key),
    edgeState: (key) => edgeState(current.states, current.index.indexed, key),
    destroy() {
      clearTimeout(hoverLeaveTimer);
      resizeObserver.disconnect();
      unsubscribeView();
      unsubscribeDataset();
      forceRedraw.cancel();
      layout.setTarget({ graph: stores.dataset.get().graph, firstPositions, kinds: [] });
      sigma.kill();
    },
  };
}
