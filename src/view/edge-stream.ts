// The progressive first frame of a big graph: nodes first, then the edges in slices. Sigma 3.0
// runs the edge reducer, copies the attributes and fills the vertex buffers for every edge in
// the full refresh that draws a new graph: most of the first frame at 500k edges. During that
// refresh, each edge gets a shared "hidden" entry of the right program instead (sigma still
// gives it its program slot and picking index, but draws and picks nothing there); then the
// edges join in slices, one animation frame each, through `refresh({ partialGraph,
// skipIndexation: true })`, the cheap path, within a time budget so no frame becomes a long
// task. A later full refresh (new colours, a new layout) draws every edge at once, as before.
// The sigma internals used (`addEdge`, `edgeDataCache`) are checked here, and
// tests/browser/edge-stream.test.ts fails if sigma draws the first frame another way.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { type BudgetLimits, nextBudget } from "./redraw-cycle.ts";

/** scene.ts's GraphRenderer, named here so that scene.ts may import this module's types. */
type GraphRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Above this many edges a new graph is drawn nodes first, edges streamed after. */
export const STREAM_EDGES_ABOVE = 20_000;
/**
 * Each slice is a task of its own, aiming at 20 ms of JS: a garbage collection on top still
 * leaves it under the 50 ms of a long task. The picture is redrawn every REDRAW_MS, not after
 * each slice: a frame at 500k edges costs more than a slice.
 */
const BUDGET: BudgetLimits = { targetMs: 20, minItems: 200, maxItems: 50_000 };
const FIRST_BUDGET = 1000;
const REDRAW_MS = 500;

interface EdgeCacheInternals {
  addEdge(key: string): void;
  edgeDataCache: Record<string, unknown>;
  /** What `refresh({ partialGraph: { edges }, skipIndexation: true })` does per edge. */
  updateEdge(key: string): void;
  addEdgeToProgram(key: string, fingerprint: number, position: number): void;
  edgeIndices: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
}

export interface EdgeProgress {
  drawn: number;
  total: number;
}

function internalsOf(sigma: GraphRenderer): EdgeCacheInternals {
  const internals = sigma as unknown as Partial<EdgeCacheInternals>;
  const methods = [internals.addEdge, internals.updateEdge, internals.addEdgeToProgram];
  const tables = [internals.edgeDataCache, internals.edgeIndices, internals.edgeProgramIndex];
  if (
    methods.some((method) => typeof method !== "function") ||
    tables.some((table) => typeof table !== "object")
  ) {
    throw new Error("edge-stream: sigma's edge cache or program index moved; update this module.");
  }
  return internals as EdgeCacheInternals;
}

/** What sigma's full refresh keeps of an edge not drawn yet: hidden, in its program. */
function hiddenEdge(type: string) {
  return Object.freeze({
    type,
    hidden: true,
    size: 0,
    color: "#000000",
    label: null,
    forceLabel: false,
    zIndex: 0,
  });
}

/**
 * Runs `draw` (which sets sigma's graph) with every edge entered as hidden, in the program
 * `programOf` names (the edge reducer's choice, so the slots stay right when it is drawn).
 */
export function drawWithoutEdges(
  sigma: GraphRenderer,
  programOf: (key: string, attributes: EdgeAttributes) => string,
  draw: () => void,
): void {
  const internals = internalsOf(sigma);
  const hidden = new Map<string, ReturnType<typeof hiddenEdge>>();
  internals.addEdge = function addHiddenEdge(this: EdgeCacheInternals, key: string) {
    const type = programOf(key, sigma.getGraph().getEdgeAttributes(key));
    let data = hidden.get(type);
    if (!data) {
      data = hiddenEdge(type);
      hidden.set(type, data);
    }
    this.edgeDataCache[key] = data;
  };
  try {
    draw();
  } finally {
    delete (internals as Partial<EdgeCacheInternals>).addEdge;
  }
}

/**
 * Draws these edges into their program slots without a render: sigma's partial refresh with
 * skipIndexation, minus the render it schedules each time.
 */
function drawEdges(
  internals: EdgeCacheInternals,
  edges: readonly string[],
  from: number,
  to: number,
) {
  for (let i = from; i < to; i++) {
    const edge = edges[i];
    const position = internals.edgeProgramIndex[edge];
    if (position === undefined) continue;
    internals.updateEdge(edge);
    internals.addEdgeToProgram(edge, internals.edgeIndices[edge], position);
  }
}

/** Streams the graph's edges into sigma, a slice per task; returns how to stop. */
export function streamEdges(
  sigma: GraphRenderer,
  onProgress: (progress: EdgeProgress) => void,
): () => void {
  const internals = internalsOf(sigma);
  const graph = sigma.getGraph();
  const edges = graph.edges();
  let next = 0;
  let budget = FIRST_BUDGET;
  let lastRedraw = performance.now();
  let isStopped = false;
  // A message to oneself: a new task at once, without setTimeout's clamping or a frame's wait.
  const channel = new MessageChannel();
  const slice = () => {
    if (isStopped || sigma.getGraph() !== graph) return;
    const started = performance.now();
    const end = Math.min(edges.length, next + budget);
    drawEdges(internals, edges, next, end);
    const now = performance.now();
    budget = nextBudget(budget, { items: end - next, elapsedMs: now - started }, BUDGET);
    next = end;
    onProgress({ drawn: next, total: edges.length });
    if (next >= edges.length || now - lastRedraw >= REDRAW_MS) {
      lastRedraw = now;
      sigma.scheduleRender();
    }
    if (next < edges.length) channel.port2.postMessage(null);
  };
  channel.port1.onmessage = slice;
  onProgress({ drawn: 0, total: edges.length });
  channel.port2.postMessage(null);
  return () => {
    isStopped = true;
    channel.port1.close();
  };
}
