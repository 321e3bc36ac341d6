// Answers "how is A connected to B?": the k shortest chains of relations between two nodes,
// walking edges either way, so the explorer and `kg path` can explain a connection step by step.
import type { KnowledgeGraph } from "../model/types.ts";

export interface PathStep {
  edge: string;
  /** The node this step leaves from and the one it reaches, in walking order. */
  from: string;
  to: string;
  relation: string;
  /** True when the edge points the way we walk (from -> to); false when walked against it. */
  forward: boolean;
}

export interface GraphPath {
  /** From the start to the end, both included: `steps.length + 1` nodes. */
  nodes: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** How many paths at most (k). Default 3. */
  max?: number;
  /** Longest path accepted, in steps. Default: no limit. */
  maxLength?: number;
  /** Nodes of these kinds are never walked through, nor accepted as ends. */
  hiddenKinds?: readonly string[];
  /** Edges with these relations are never walked. */
  hiddenRelations?: readonly string[];
}

export const DEFAULT_MAX_PATHS = 3;

/**
 * Up to `max` simple paths from `from` to `to`, shortest first; equal lengths are ordered by
 * their node keys, then edge keys, compared step by step, so the answer never depends on
 * insertion order. Parallel edges (other relations between the same pair) give distinct paths.
 * Yen's algorithm; each shortest path underneath is a bidirectional breadth-first search.
 * A node to itself is the one path of no step. Throws when an end is not a node of the graph.
 */
export function shortestPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): GraphPath[] {
  for (const end of [from, to]) {
    if (!graph.hasNode(end)) throw new Error(`shortestPaths: "${end}" is not a node of the graph`);
  }
  const max = options.max ?? DEFAULT_MAX_PATHS;
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const routes = shortestRoutes(walker(graph, options), from, to, max, maxLength);
  return routes.map((route) => toGraphPath(graph, route));
}

/**
 * Yen's k shortest simple routes over any walker: the graph's own, or one that loads adjacency
 * from a database. The order and ties are those of `shortestPaths`.
 */
export function shortestRoutes(
  walk: PathWalker,
  from: string,
  to: string,
  max: number,
  maxLength: number,
): Route[] {
  if (max < 1) return [];
  const first = shortestRoute(walk, from, to, maxLength, NOTHING_BLOCKED);
  if (!first) return [];

  const found: Route[] = [first];
  const candidates = new Map<string, Route>();
  const seen = new Set([signature(first)]);
  while (found.length < max) {
    const previous = found[found.length - 1];
    for (let i = 0; i < previous.edges.length; i++) {
      const rootEdges = previous.edges.slice(0, i);
      const blocked: Blocked = {
        nodes: new Set(previous.nodes.slice(0, i)),
        edges: new Set(
          found
            .filter((route) => startsWith(route.edges, rootEdges))
            .map((route) => route.edges[i]),
        ),
      };
      const spur = shortestRoute(walk, previous.nodes[i], to, maxLength - i, blocked);
      if (!spur) continue;
      const route: Route = {
        nodes: [...previous.nodes.slice(0, i), ...spur.nodes],
        edges: [...rootEdges, ...spur.edges],
      };
      const key = signature(route);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.set(key, route);
    }
    let best: [string, Route] | null = null;
    for (const entry of candidates) {
      if (!best || compareRoutes(entry[1], best[1]) < 0) best = entry;
    }
    if (!best) break;
    candidates.delete(best[0]);
    found.push(best[1]);
  }
  return found;
}

/** One line per path: `China —proposed→ New Security Concept ←addresses— terrorism`. */
export function formatPath(graph: KnowledgeGraph, path: GraphPath): string {
  const label = (key: string) => {
    const value = graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : undefined;
    return typeof value === "string" && value !== "" ? value : key;
  };
  let line = label(path.nodes[0]);
  for (const step of path.steps) {
    const arrow = step.forward ? ` —${step.relation}→ ` : ` ←${step.relation}— `;
    line += arrow + label(step.to);
  }
  return line;
}

export interface Route {
  nodes: string[];
  edges: string[];
}

export interface Blocked {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const NOTHING_BLOCKED: Blocked = { nodes: new Set(), edges: new Set() };

/** Calls back for every edge of `node` a path may use, with the node at its other end. */
export type PathWalker = {
  canUse(node: string): boolean;
  forEachStep(node: string, blocked: Blocked, visit: (edge: string, other: string) => void): void;
};

function walker(graph: KnowledgeGraph, options: PathOptions): PathWalker {
  const hiddenKinds = new Set(options.hiddenKinds ?? []);
  const hiddenRelations = new Set(options.hiddenRelations ?? []);
  const canUse = (node: string) =>
    hiddenKinds.size === 0 || !hiddenKinds.has(graph.getNodeAttribute(node, "nodeKind"));
  return {
    canUse,
    forEachStep(node, blocked, visit) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        if (source === target || blocked.edges.has(edge)) return;
        if (hiddenRelations.has(attributes.relation)) return;
        const other = source === node ? target : source;
        if (blocked.nodes.has(other) || !canUse(other)) return;
        visit(edge, other);
      });
    },
  };
}

/**
 * The shortest route from `start` to `goal` that is smallest by node keys, then edge keys. A
 * bidirectional search finds the distance d; the nodes on some shortest route are then marked
 * backwards on the start side, and a greedy walk takes the smallest usable step each time.
 */
function shortestRoute(
  walk: PathWalker,
  start: string,
  goal: string,
  limit: number,
  blocked: Blocked,
): Route | null {
  if (blocked.nodes.has(start) || !walk.canUse(start) || !walk.canUse(goal)) return null;
  if (start === goal) return { nodes: [start], edges: [] };
  const fromStart = new Map([[start, 0]]);
  const fromGoal = new Map([[goal, 0]]);
  const startLayers: string[][] = [[start]];
  let goalFrontier = [goal];
  let goalDepth = 0;
  let distance = -1;
  while (distance < 0) {
    const startFrontier = startLayers[startLayers.length - 1];
    if (startFrontier.length === 0 || goalFrontier.length === 0) return null;
    // The next layer cannot meet the other side closer than this.
    if (startLayers.length + goalDepth > limit) return null;
    const expandStart = startFrontier.length <= goalFrontier.length;
    const [own, other] = expandStart ? [fromStart, fromGoal] : [fromGoal, fromStart];
    const frontier = expandStart ? startFrontier : goalFrontier;
    const depth = expandStart ? startLayers.length : goalDepth + 1;
    const next: string[] = [];
    for (const node of frontier) {
      walk.forEachStep(node, blocked, (_edge, neighbour) => {
        if (own.has(neighbour)) return;
        own.set(neighbour, depth);
        next.push(neighbour);
        const beyond = other.get(neighbour);
        if (beyond !== undefined && (distance < 0 || depth + beyond < distance)) {
          distance = depth + beyond;
        }
      });
    }
    if (expandStart) {
      startLayers.push(next);
    } else {
      goalFrontier = next;
      goalDepth = depth;
    }
  }

  // Start-side nodes on a shortest route: the meeting layer, then backwards layer by layer.
  const startDepth = startLayers.length - 1;
  const onRoute = new Set(startLayers[startDepth].filter((node) => fromGoal.has(node)));
  let layer = [...onRoute];
  for (let depth = startDepth - 1; depth >= 0; depth--) {
    const previousLayer: string[] = [];
    for (const node of layer) {
      walk.forEachStep(node, blocked, (_edge, neighbour) => {
        if (fromStart.get(neighbour) === depth && !onRoute.has(neighbour)) {
          onRoute.add(neighbour);
          previousLayer.push(neighbour);
        }
      });
    }
    layer = previousLayer;
  }

  const route: Route = { nodes: [start], edges: [] };
  let current = start;
  for (let step = 1; step <= distance; step++) {
    let bestNode: string | null = null;
    let bestEdge = "";
    walk.forEachStep(current, blocked, (edge, neighbour) => {
      const isOnRoute =
        step <= startDepth
          ? fromStart.get(neighbour) === step && onRoute.has(neighbour)
          : fromGoal.get(neighbour) === distance - step;
      if (!isOnRoute) return;
      if (
        bestNode === null ||
        neighbour < bestNode ||
        (neighbour === bestNode && edge < bestEdge)
      ) {
        bestNode = neighbour;
        bestEdge = edge;
      }
    });
    if (bestNode === null) return null; // unreachable: the search proved a route exists
    route.nodes.push(bestNode);
    route.edges.push(bestEdge);
    current = bestNode;
  }
  return route;
}

/** Shorter first, then smaller node keys, then smaller edge keys, step by step. */
function compareRoutes(a: Route, b: Route): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  return compareKeys(a.nodes, b.nodes) || compareKeys(a.edges, b.edges);
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function startsWith(edges: string[], prefix: string[]): boolean {
  return prefix.every((edge, i) => edges[i] === edge);
}

function signature(route: Route): string {
  return route.edges.join("\u0000");
}

function toGraphPath(graph: KnowledgeGraph, route: Route): GraphPath {
  const steps = route.edges.map((edge, i): PathStep => {
    const from = route.nodes[i];
    return {
      edge,
      from,
      to: route.nodes[i + 1],
      relation: String(graph.getEdgeAttribute(edge, "relation")),
      forward: graph.source(edge) === from,
    };
  });
  return { nodes: [...route.nodes], steps };
}
