// Redraws the graph as ForceAtlas2 moves it. Small graphs are reprocessed whole once per frame,
// as sigma would. On big graphs that takes seconds per batch, so the framing is frozen (no
// re-normalisation) and sigma re-reads a slice of items per frame, all nodes then all edges: each
// frame stays within a time budget, however many edges a hub has, and the picture catches up
// with the forces a lap at a time.

import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { IndexedGraph } from "../query/indexed-graph.ts";
import { nodeFrame } from "./node-frame.ts";
import {
  type BudgetLimits,
  createRedrawCycle,
  nextBudget,
  type RedrawCycle,
} from "./redraw-cycle.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";

export interface ForceRedraw {
  /** The forces wrote new positions into the graph (without graph events). */
  positionsMoved(): void;
  /** The forces stopped: once the picture caught up, the camera frames the new extent. */
  forcesStopped(): void;
  /** Drops pending redraws, e.g. because a full refresh follows. */
  cancel(): void;
}

/** Up to this many nodes plus edges, every frame reprocesses the whole graph. */
const PROGRESSIVE_REDRAW_ABOVE_ITEMS = DEFAULT_SETTINGS.bigGraphItems;
/** The JS one frame may spend re-reading items; well under the 50 ms of a long task. */
const BUDGET: BudgetLimits = { targetMs: 5, minItems: 200, maxItems: 200_000 };
/** Small, because the first slices run before the JIT has warmed up. */
const FIRST_BUDGET = 500;
const FIT_MS = 500;

interface Lap {
  graph: ReturnType<Sigma<NodeAttributes, EdgeAttributes>["getGraph"]>;
  nodes: readonly string[];
  edges: readonly string[];
  /** Over nodes then edges: item i < nodes.length is a node, the rest are edges. */
  cycle: RedrawCycle;
}

/**
 * Frames the graph's new extent by moving the camera, once the forces stopped and the picture
 * caught up: re-normalising instead would reprocess every item (seconds on a big graph).
 */
function fitCamera(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  sigma.getGraph().forEachNode((_key, { x, y }) => {
    if (x === undefined || y === undefined) return;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  // Graph space to sigma's framed space (the camera's), through the frozen normalisation.
  const framed = (x: number, y: number) =>
    sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
  const corners = new Map([
    ["min", framed(minX, minY)],
    ["max", framed(maxX, maxY)],
  ]);
  const frame = nodeFrame({ getNodeDisplayData: (key) => corners.get(key) }, corners.keys());
  if (!frame || !Number.isFinite(frame.extent)) return;
  sigma
    .getCamera()
    .animate(
      { x: frame.x, y: frame.y, ratio: Math.max(frame.extent, Number.EPSILON) },
      { duration: FIT_MS },
    );
}

/**
 * The lap over `graph`: the previous one while the graph keeps its items, else a new one. Its
 * keys come from the graph's index when that is current: listing 600k keys afresh cost a
 * long task when the forces started on a big graph.
 */
function lapFor(previous: Lap | null, graph: Lap["graph"], indexed: IndexedGraph): Lap {
  if (
    previous?.graph === graph &&
    previous.nodes.length === graph.order &&
    previous.edges.length === graph.size
  ) {
    return previous;
  }
  const isCurrent =
    indexed.nodeKeys.length === graph.order && indexed.edgeKeys.length === graph.size;
  const nodes = isCurrent ? indexed.nodeKeys : graph.nodes();
  const edges = isCurrent ? indexed.edgeKeys : graph.edges();
  // Nodes first: an edge is drawn from its ends as sigma last read them.
  const costs = new Uint8Array(nodes.length + edges.length).fill(1);
  return { graph, nodes, edges, cycle: createRedrawCycle(costs) };
}

/** `indexed` gives the index of sigma's current graph. */
export function createForceRedraw(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  indexed: () => IndexedGraph,
): ForceRedraw {
  let frame = 0;
  let lap: Lap | null = null;
  let budget = FIRST_BUDGET;
  let mustFitWhenSettled = false;

  const fitIfDue = () => {
    if (!mustFitWhenSettled) return;
    mustFitWhenSettled = false;
    fitCamera(sigma);
  };

  const wholeGraphFrame = () => {
    frame = 0;
    const graph = sigma.getGraph();
    // What sigma does on a batch of positions: every node re-read, then a full process.
    sigma.refresh({ partialGraph: { nodes: graph.nodes() }, skipIndexation: false });
  };

  const sliceFrame = () => {
    frame = 0;
    if (!lap || lap.graph !== sigma.getGraph()) return;
    const started = performance.now();
    const slice = lap.cycle.nextSlice(budget);
    if (!slice) return;
    const order = lap.nodes.length;
    const nodes = lap.nodes.slice(Math.min(slice.start, order), Math.min(slice.end, order));
    const edges = lap.edges.slice(Math.max(slice.start - order, 0), Math.max(slice.end - order, 0));
    // Positions only: the program slots stay, so no reindexing; the render waits for a frame.
    sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
    const elapsedMs = performance.now() - started;
    budget = nextBudget(budget, { items: slice.items, elapsedMs }, BUDGET);
    if (lap.cycle.isSettled()) fitIfDue();
    else frame = requestAnimationFrame(sliceFrame);
  };

  return {
    positionsMoved() {
      const graph = sigma.getGraph();
      if (graph.order + graph.size <= PROGRESSIVE_REDRAW_ABOVE_ITEMS) {
        if (frame === 0) frame = requestAnimationFrame(wholeGraphFrame);
        return;
      }
      // Keep the current normalisation: a new extent would move every item, i.e. a full process.
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
      mustFitWhenSettled = false;
      lap = lapFor(lap, graph, indexed());
      lap.cycle.markAllMoved();
      if (frame === 0) frame = requestAnimationFrame(sliceFrame);
    },
    forcesStopped() {
      // Only a graph redrawn in laps has a frozen framing to make up for.
      if (lap === null || lap.graph !== sigma.getGraph()) return;
      mustFitWhenSettled = true;
      // One last lap from the first node, so that every edge is read after its ends' last move.
      lap.cycle.restart();
      if (frame === 0) frame = requestAnimationFrame(sliceFrame);
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
      lap = null;
      mustFitWhenSettled = false;
    },
  };
}
