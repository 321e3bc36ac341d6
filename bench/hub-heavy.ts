// The hub-heavy variant of a synthetic graph (issue 16). Preferential attachment alone gives hubs
// that hold under 1 % of the edges, while real knowledge graphs have a few nodes that touch a large
// share of them (the built-in graph: one node touches 36 %), and hubs over 300 neighbours take
// other code paths. This moves one end of a share of the edges onto a few hubs, so those hubs
// together touch 5–10 % of the edges, the biggest about half of that (at 100k/500k: ~17,000
// neighbours, against ~2,000 for the scale-free graph's biggest hub). Seeded, so the same graph
// always gives the same variant.
import { edgeKey } from "../src/model/edge-key.ts";
import type { SerializedKnowledgeGraph } from "./generate-graph.ts";
import { type Random, seededRandom } from "./seeded-random.ts";

export interface HubHeavyOptions {
  /** How many hubs. */
  hubs: number;
  /** Share of the edges given an end on a hub (edges that already touch one are extra). */
  share: number;
  seed: number;
}

export const HUB_HEAVY: HubHeavyOptions = { hubs: 5, share: 0.07, seed: 16 };

type Edge = SerializedKnowledgeGraph["edges"][number];

/** A copy of `graph` whose `options.hubs` hubs touch about `options.share` more of the edges. */
export function hubHeavy(
  graph: SerializedKnowledgeGraph,
  options: HubHeavyOptions = HUB_HEAVY,
): SerializedKnowledgeGraph {
  const { hubs: hubCount, share, seed } = options;
  if (hubCount < 1 || hubCount >= graph.nodes.length) {
    throw new Error(
      `hubHeavy: hubs must be between 1 and ${graph.nodes.length - 1}, got ${hubCount}.`,
    );
  }
  if (!(share > 0 && share < 0.5)) {
    throw new Error(`hubHeavy: share must be between 0 and 0.5, got ${share}.`);
  }
  const random = seededRandom(seed);
  const hubs = new Set<string>();
  while (hubs.size < hubCount) hubs.add(random.pick(graph.nodes).key);
  const hubKeys = [...hubs];
  const edges: Edge[] = graph.edges.map((edge) => ({ ...edge }));
  const keys = new Set(edges.map((edge) => edge.key as string));
  let owed = Math.round(share * edges.length);
  for (let attempts = owed * 20; owed > 0 && attempts > 0; attempts--) {
    const edge = edges[random.below(edges.length)];
    if (hubs.has(edge.source) || hubs.has(edge.target)) continue;
    const hub = hubKeys[skewedIndex(random, hubKeys.length)];
    const isSource = random.next() < 0.5;
    const source = isSource ? hub : edge.source;
    const target = isSource ? edge.target : hub;
    const key = edgeKey(source, edge.attributes?.relation ?? "", target);
    if (keys.has(key)) continue;
    keys.delete(edge.key as string);
    keys.add(key);
    Object.assign(edge, { key, source, target });
    owed--;
  }
  const title = `${graph.attributes?.title ?? "Synthetic graph"} — hub-heavy (${hubCount} hubs)`;
  return { ...graph, attributes: { ...graph.attributes, title }, edges };
}

/** 0 half the time, 1 a quarter, and so on: the first hub gets about half the moved edges. */
function skewedIndex(random: Random, count: number): number {
  let index = 0;
  while (index < count - 1 && random.next() < 0.5) index++;
  return index;
}

/** The share of edges with at least one end on one of the `count` best-connected nodes. */
export function topHubShare(graph: SerializedKnowledgeGraph, count: number): number {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const top = new Set(
    [...degree.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key]) => key),
  );
  const touching = graph.edges.filter(({ source, target }) => top.has(source) || top.has(target));
  return graph.edges.length === 0 ? 0 : touching.length / graph.edges.length;
}
