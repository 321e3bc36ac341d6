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

/** A bare copy (structure and positions only) that the layout algorithms may scribble on. */
function layoutSkeleton(graph: KnowledgeGraph, start: Positions) {
  const skeleton = new MultiDirectedGraph<LayoutAttributes>();
  graph.forEachNode((key) => {
    const position = start.get(key) ?? { x: 0, y: 0 };
    skeleton.addNode(key, { x: position.x, y: position.y });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    skeleton.addEdge(source, target);
  });
  return skeleton;
}

/** Seeded random start positions in a square that grows with the graph. */
export function seededStart(graph: KnowledgeGraph, seed = DEFAULT_LAYOUT_SEED): Positions {
  const scale = Math.max(100, Math.sqrt(graph.order) * 20);
  // graphology-layout's random layout, drawn straight into the map: x then y for each node in
  // graph order, centred on 0. Its object keyed by node was most of the cost at 100,000 nodes.
  const rng = seededRandom(seed);
  const offset = -0.5 * scale;
  const positions: Positions = new Map();
  graph.forEachNode((key) => {
    const x = rng() * scale + offset;
    const y = rng() * scale + offset;
    positions.set(key, { x, y });
  });
  return positions;
}

/** Seeded start, ForceAtlas2, then noverlap so that no two nodes sit on each other. */
export function deterministicLayout(
  graph: KnowledgeGraph,
  options: InitialLayoutOptions = {},
): Positions {
  const start = seededStart(graph, options.seed);
  if (graph.order > BIG_GRAPH_NODES || graph.order < 2) return start;
  const skeleton = layoutSkeleton(graph, start);
  forceAtlas2.assign(skeleton, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    settings: forceAtlas2.inferSettings(skeleton),
  });
  // Node room proportional to the spread, so the result does not depend on FA2's scale.
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  skeleton.forEachNode((_key, { x }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  });
  const room = Math.max(maxX - minX, 1) / Math.max(8, Math.sqrt(graph.order) * 1.8);
  noverlap.assign(skeleton, {
    maxIterations: 200,
    inputReducer: (_key, attributes) => ({ ...attributes, size: room / 2 }),
    settings: { margin: room / 2, ratio: 1, expansion: 1.1, gridSize: 20 },
  });
  const positions: Positions = new Map();
  skeleton.forEachNode((key, { x, y }) => {
    positions.set(key, { x, y });
  });
  return landscape(positions);
}

/**
 * Turns the picture so that its longest extent is horizontal (screens are wider than tall):
 * a rotation onto the principal axis of the positions, then a flip so the result is unique.
 */
export function landscape(positions: Positions): Positions {
  const points = [...positions.values()];
  if (points.length < 2) return positions;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const { x, y } of points) {
    xx += (x - meanX) ** 2;
    yy += (y - meanY) ** 2;
    xy += (x - meanX) * (y - meanY);
  }
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const rotated: Positions = new Map();
  for (const [key, { x, y }] of positions) {
    const dx = x - meanX;
    const dy = y - meanY;
    rotated.set(key, { x: dx * cos - dy * sin, y: dx * sin + dy * cos });
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
