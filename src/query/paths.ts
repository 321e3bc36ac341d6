// Answers "how is A connected to B?": the k shortest chains of relations between two nodes,
// walking edges either way, so the explorer and `kg path` can explain a connection step by step.
import type { KnowledgeGraph } from "../model/types.ts";
import { type Blocked, type PathWalker, type Route, shortestRoute } from "./shortest-route.ts";

export type { Blocked, PathWalker, Route };

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

const NOTHING_BLOCKED: Blocked = { nodes: new Set(), edges: new Set() };

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
