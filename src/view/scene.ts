// The renderer's scene: sigma, the stores it follows, and what it keeps per dataset (the facts it
// drew from, the item states the programs read, the first layout). renderer.ts changes it as
// the data and the view change; camera-framing.ts frames it.

import type Sigma from "sigma";
import type { DrawnAppearance } from "../appearance/index.ts";
import { laysOutInWorker, type PendingLayout } from "../layout/first-layout-async.ts";
import { firstLayout, seededStart } from "../layout/initial-layout.ts";
import { assignPositions, isPositioned, type Positions } from "../layout/positions.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { DerivedView } from "../state/derive-view.ts";
import type { DatasetFacts, DerivedState } from "../state/derived.ts";
import { createItemStates, type ItemStates, writeItemStates } from "../state/item-states.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { parallelEdgeCurvatures } from "./edge-curvature.ts";
import type { EdgeProgress } from "./edge-stream.ts";
import type { RendererLayoutController } from "./layout-controller.ts";
import { type DrawingInputs, THICKEN_SPOTLIGHT_MAX_ITEMS } from "./reducers.ts";

export type GraphRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** What the renderer keeps per dataset: the facts it drew from and what the reducers read. */
export interface Drawing {
  facts: DatasetFacts;
  inputs: DrawingInputs;
  states: ItemStates;
  firstPositions: Positions;
  /** Drawn at its seeded start while the first layout runs in a worker (first-layout.ts). */
  awaitsLayout: boolean;
}

/** Positions the graph (a first layout unless it brings its own) and prepares what is drawn. */
export function prepareDrawing(
  facts: DatasetFacts,
  derived: DerivedView,
  appearance: DrawnAppearance,
  laidOut?: Positions,
): Drawing {
  const { graph } = facts.dataset;
  const isLaidOut = isPositioned(graph);
  const awaitsLayout = !laidOut && !isLaidOut && laysOutInWorker(graph);
  const firstPositions = laidOut ?? (awaitsLayout ? seededStart(graph) : firstLayout(graph));
  if (!isLaidOut) assignPositions(graph, firstPositions);
  const { index } = facts;
  const states = createItemStates(index.indexed);
  writeItemStates(states, index.indexed, derived);
  return {
    facts,
    states,
    firstPositions,
    awaitsLayout,
    inputs: {
      derived,
      palette: facts.palette,
      appearance,
      curvatures: parallelEdgeCurvatures(index.indexed),
      thickensSpotlight: graph.order + graph.size <= THICKEN_SPOTLIGHT_MAX_ITEMS,
    },
  };
}

/** What the drawing steps below share: sigma, the stores, and the drawing of the dataset now. */
export interface Scene {
  sigma: GraphRenderer;
  container: HTMLElement;
  derived: DerivedState;
  view: Store<ViewState>;
  current: Drawing;
  layout: RendererLayoutController;
  /** The first layout being computed in its worker, if any. */
  pendingLayout: PendingLayout | null;
  /** Set when the nodes move to the first layout: frame them once they are there. */
  framesWhenMoved: boolean;
  /** How many edges sigma draws so far (big graphs stream them in), and how to stop that. */
  edgeProgress: Store<EdgeProgress>;
  stopEdgeStream?: () => void;
}
