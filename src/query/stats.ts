// The shape of a graph at a glance: how much of each kind and relation, which nodes are hubs,
// and whether it falls apart into pieces. Printed by `kg stats` and `kg validate`.
import { forEachConnectedComponentOrder } from "graphology-components";
import type { KnowledgeGraph } from "../model/types.ts";

export interface Count {
  name: string;
  count: number;
}

export interface ConnectedNode {
  key: string;
  label: string;
  /** Edges in and out; parallel edges each count. */
  degree: number;
}

export interface GraphStats {
  nodeCount: number;
  edgeCount: number;
  /** Most frequent first, ties by name. */
  nodesByKind: Count[];
  edgesByRelation: Count[];
  /** The `top` nodes of highest degree, highest first; ties keep graph order. */
  mostConnected: ConnectedNode[];
  /** Components ignoring edge direction, largest first. */
  componentSizes: number[];
}

export interface StatsOptions {
  /** How many of the most connected nodes to list (default 10). */
  top?: number;
}

export function stats(graph: KnowledgeGraph, options: StatsOptions = {}): GraphStats {
  const top = options.top ?? 10;
  const kinds = new Map<string, number>();
  const mostConnected: ConnectedNode[] = [];
  graph.forEachNode((key, attributes) => {
    const kind = String(attributes.nodeKind ?? "");
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    // A short sorted list beats sorting every node when only the top few matter.
    const degree = graph.degree(key);
    if (top === 0) return;
    if (mostConnected.length === top && degree <= mostConnected[top - 1].degree) return;
    let at = mostConnected.length;
    while (at > 0 && mostConnected[at - 1].degree < degree) at--;
    mostConnected.splice(at, 0, { key, label: String(attributes.label ?? key), degree });
    if (mostConnected.length > top) mostConnected.pop();
  });

  const relations = new Map<string, number>();
  graph.forEachEdge((_key, attributes) => {
    const relation = String(attributes.relation ?? "");
    relations.set(relation, (relations.get(relation) ?? 0) + 1);
  });

  const componentSizes: number[] = [];
  forEachConnectedComponentOrder(graph, (size) => componentSizes.push(size));
  componentSizes.sort((a, b) => b - a);

  return {
    nodeCount: graph.order,
    edgeCount: graph.size,
    nodesByKind: sortedCounts(kinds),
    edgesByRelation: sortedCounts(relations),
    mostConnected,
    componentSizes,
  };
}

function sortedCounts(counts: Map<string, number>): Count[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
