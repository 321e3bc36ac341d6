// The nodes a start page suggests: the highest degrees, ties in key order. One pass that keeps a
// short sorted list, instead of sorting every node (with two degree look-ups per comparison).
import type { KnowledgeGraph } from "../model/types.ts";

export interface Hub {
  key: string;
  /** Edges in and out; parallel edges each count. */
  degree: number;
}

/** Highest degree first, then by key (`localeCompare`). */
function isBefore(a: Hub, b: Hub): boolean {
  return a.degree > b.degree || (a.degree === b.degree && a.key.localeCompare(b.key) < 0);
}

/** The `limit` nodes of highest degree, highest first; equal degrees in key order. */
export function topHubs(graph: KnowledgeGraph, limit: number): Hub[] {
  const hubs: Hub[] = [];
  if (limit <= 0) return hubs;
  graph.forEachNode((key) => {
    const hub = { key, degree: graph.degree(key) };
    if (hubs.length === limit && !isBefore(hub, hubs[limit - 1])) return;
    let at = hubs.length;
    while (at > 0 && isBefore(hub, hubs[at - 1])) at--;
    hubs.splice(at, 0, hub);
    if (hubs.length > limit) hubs.pop();
  });
  return hubs;
}
