// The first picture of a graph: the same graph gives the same layout on every load (seeded
// start, then ForceAtlas2 and noverlap, all deterministic), readable at first paint.
// Pure: returns positions; the caller writes them (see positions.ts).
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../model/types.ts";
import { isPositioned, type Positions, readPositions } from "./positions.ts";
import { seededRandom } from "./seeded-random.ts";

/** Above this many nodes ForceAtlas2 would block the first paint: start positions only. */
export const BIG_GRAPH_NODES = 5000;
export const DEFAULT_LAYOUT_SEED = 20_021_997;

export interface InitialLayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
}

interface LayoutAttributes {
  x: number;
  y: number;
  size?: number;
}

function defaultIterations(order: number): number {
  if (order <= 300) return 600;
  if (order <= 2000) return 200;
  return 60;
}

/**
 * What the layout needs of a graph, and nothing else: the node count and each edge's ends as
 * node indices (graph order). It travels to a worker (first-layout-worker.ts) as one buffer.
 */
export interface LayoutJob {
  order: number;
  /** source, target, source, target... as indices into the graph's node order. */
  ends: Int32Array;
  seed: number;
  iterations?: number;
}

export function layoutJob(graph: KnowledgeGraph, options: InitialLayoutOptions = {}): LayoutJob {
  const indices = new Map<string, number>();
  graph.forEachNode((key) => {
    indices.set(key, indices.size);
  });
  const ends = new Int32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    ends[i++] = indices.get(source) ?? 0;
    ends[i++] = indices.get(target) ?? 0;
  });
  return {
    order: graph.order,
    ends,
    seed: options.seed ?? DEFAULT_LAYOUT_SEED,
    iterations: options.iterations,
  };
}

/** Seeded start positions as x, y pairs in node order, in a square that grows with the graph. */
function seededStartArray(order: number, seed: number): Float64Array {
  const scale = Math.max(100, Math.sqrt(order) * 20);
  // graphology-layout's random layout, drawn straight into the array: x then y for each node,
  // centred on 0. Its object keyed by node was most of the cost at 100,000 nodes.
  const rng = seededRandom(seed);
  const offset = -0.5 * scale;
  const xy = new Float64Array(order * 2);
  for (let i = 0; i < xy.length; i++) xy[i] = rng() * scale + offset;
  return xy;
}

/** A bare graph (structure and positions only) that the layout algorithms may scribble on. */
function layoutSkeleton(job: LayoutJob, start: Float64Array) {
  const skeleton = new MultiDirectedGraph<LayoutAttributes>();
  for (let node = 0; node < job.order; node++) {
    skeleton.addNode(node, { x: start[node * 2], y: start[node * 2 + 1] });
  }
  for (let i = 0; i < job.ends.length; i += 2) skeleton.addEdge(job.ends[i], job.ends[i + 1]);
  return skeleton;
}

/** Node room proportional to the spread, so the result does not depend on FA2's scale. */
function nodeRoom(skeleton: MultiDirectedGraph<LayoutAttributes>): number {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  skeleton.forEachNode((_key, { x }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  });
  return Math.max(maxX - minX, 1) / Math.max(8, Math.sqrt(skeleton.order) * 1.8);
}

/**
 * The deterministic layout of a job: seeded start, ForceAtlas2, then noverlap so that no two
 * nodes sit on each other, turned landscape. x, y pairs in node order. The page runs it for tiny
 * graphs, the first-layout worker for the others: the same function, so the same positions.
 */
export function runLayoutJob(job: LayoutJob): Float64Array {
  const start = seededStartArray(job.order, job.seed);
  if (job.order > BIG_GRAPH_NODES || job.order < 2) return start;
  const skeleton = layoutSkeleton(job, start);
  forceAtlas2.assign(skeleton, {
    iterations: job.iterations ?? defaultIterations(job.order),
    settings: forceAtlas2.inferSettings(skeleton),
  });
  const room = nodeRoom(skeleton);
  noverlap.assign(skeleton, {
    maxIterations: 200,
    inputReducer: (_key, attributes) => ({ ...attributes, size: room / 2 }),
    settings: { margin: room / 2, ratio: 1, expansion: 1.1, gridSize: 20 },
  });
  const xy = new Float64Array(job.order * 2);
  let i = 0;
  skeleton.forEachNode((_key, { x, y }) => {
    xy[i++] = x;
    xy[i++] = y;
  });
  return landscape(xy);
}

/** x, y pairs in node order as positions keyed by node. */
export function positionsFromArray(keys: readonly string[], xy: Float64Array): Positions {
  const positions: Positions = new Map();
  for (let node = 0; node < keys.length; node++) {
    positions.set(keys[node], { x: xy[node * 2], y: xy[node * 2 + 1] });
  }
  return positions;
}

/** Seeded random start positions in a square that grows with the graph. */
export function seededStart(graph: KnowledgeGraph, seed = DEFAULT_LAYOUT_SEED): Positions {
  return positionsFromArray(graph.nodes(), seededStartArray(graph.order, seed));
}

/** Seeded start, ForceAtlas2, then noverlap, on this thread (see runLayoutJob). */
export function deterministicLayout(
  graph: KnowledgeGraph,
  options: InitialLayoutOptions = {},
): Positions {
  return positionsFromArray(graph.nodes(), runLayoutJob(layoutJob(graph, options)));
}

/**
 * Turns the picture so that its longest extent is horizontal (screens are wider than tall):
 * a rotation onto the principal axis of the positions (x, y pairs), then a flip so the result
 * is unique.
 */
export function landscape(xy: Float64Array): Float64Array {
  const count = xy.length / 2;
  if (count < 2) return xy;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < xy.length; i += 2) {
    sumX += xy[i];
    sumY += xy[i + 1];
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let xx = 0;
  let yy = 0;
  let xy2 = 0;
  for (let i = 0; i < xy.length; i += 2) {
    xx += (xy[i] - meanX) ** 2;
    yy += (xy[i + 1] - meanY) ** 2;
    xy2 += (xy[i] - meanX) * (xy[i + 1] - meanY);
  }
  const angle = 0.5 * Math.atan2(2 * xy2, xx - yy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const rotated = new Float64Array(xy.length);
  for (let i = 0; i < xy.length; i += 2) {
    const dx = xy[i] - meanX;
    const dy = xy[i + 1] - meanY;
    rotated[i] = dx * cos - dy * sin;
    rotated[i + 1] = dx * sin + dy * cos;
  }
  return rotated;
}

/**
 * What the explorer shows first: a graph whose every node has x/y keeps them (Gephi exports
 * are laid out on purpose); otherwise the deterministic layout (big graphs: seeded start only,
 * ForceAtlas2 is then available in the worker).
 */
export function firstLayout(graph: KnowledgeGraph, options: InitialLayoutOptions = {}): Positions {
  if (graph.order > 0 && isPositioned(graph)) return readPositions(graph);
  return deterministicLayout(graph, options);
}
