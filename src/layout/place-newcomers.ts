// Where nodes loaded from the server go when the drawing grows: the nodes already placed stay
// put (the user's mental map), and each newcomer goes near the placed nodes it links to, spread
// on a sunflower spiral so a hub's thousand new neighbours do not pile up. Deterministic and pure:
// returns positions for the newcomers only; the caller writes them (see positions.ts).
import type { KnowledgeGraph } from "../model/types.ts";
import { firstLayout } from "./initial-layout.ts";
import { hasPosition, type Positions } from "./positions.ts";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const DEFAULT_SPACING = 10;

/** The typical length of a drawn edge: the spacing newcomers get from their anchor. */
function typicalEdgeLength(graph: KnowledgeGraph, placed: Positions): number {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = placed.get(source);
    const b = placed.get(target);
    if (a && b && lengths.length < 2000) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  const sorted = lengths.filter((length) => length > 0).sort((x, y) => x - y);
  return sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : DEFAULT_SPACING;
}

/** The i-th point of a sunflower spiral around `centre` (i from 1, so never on the centre). */
function spiralPoint(centre: { x: number; y: number }, index: number, spacing: number) {
  const radius = spacing * Math.sqrt(index) * 0.8;
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** The placed neighbours of `key`, in key order so the answer does not depend on edge order. */
function placedNeighbours(graph: KnowledgeGraph, key: string, positions: Positions): string[] {
  const anchors = new Set<string>();
  graph.forEachNeighbor(key, (neighbour) => {
    if (positions.has(neighbour)) anchors.add(neighbour);
  });
  return [...anchors].sort();
}

function centroid(keys: readonly string[], positions: Positions) {
  let x = 0;
  let y = 0;
  for (const key of keys) {
    const position = positions.get(key) as { x: number; y: number };
    x += position.x;
    y += position.y;
  }
  return { x: x / keys.length, y: y / keys.length };
}

/**
 * Positions for `newcomers` (nodes of `graph` without a place yet). With nothing placed, the
 * first layout of the whole graph. Otherwise rounds: each round places the newcomers linked to
 * a placed node around their placed neighbours; what no round reaches (not linked to anything
 * drawn) goes on a spiral beside the drawing.
 */
export function placeNewcomers(graph: KnowledgeGraph, newcomers: readonly string[]): Positions {
  const waiting = new Set(newcomers);
  const positions: Positions = new Map();
  graph.forEachNode((key, attributes) => {
    if (!waiting.has(key) && hasPosition(attributes)) {
      positions.set(key, { x: Number(attributes.x), y: Number(attributes.y) });
    }
  });
  if (positions.size === 0) return firstLayout(graph);

  const spacing = typicalEdgeLength(graph, positions);
  const result: Positions = new Map();
  const usedAround = new Map<string, number>();
  let round = [...newcomers].filter((key) => graph.hasNode(key));
  while (round.length > 0) {
    const placedNow: [string, { x: number; y: number }][] = [];
    const later: string[] = [];
    for (const key of round) {
      const anchors = placedNeighbours(graph, key, positions);
      if (anchors.length === 0) {
        later.push(key);
        continue;
      }
      const group = anchors.join("\u0000");
      const index = (usedAround.get(group) ?? 0) + 1;
      usedAround.set(group, index);
      placedNow.push([key, spiralPoint(centroid(anchors, positions), index, spacing)]);
    }
    if (placedNow.length === 0) break;
    for (const [key, position] of placedNow) {
      positions.set(key, position);
      result.set(key, position);
    }
    round = later;
  }
  placeUnlinked(round, positions, result, spacing);
  return result;
}

/** Newcomers linked to nothing drawn: a spiral to the right of the drawing. */
function placeUnlinked(keys: string[], positions: Positions, result: Positions, spacing: number) {
  if (keys.length === 0) return;
  let maxX = Number.NEGATIVE_INFINITY;
  let sumY = 0;
  for (const { x, y } of positions.values()) {
    maxX = Math.max(maxX, x);
    sumY += y;
  }
  const centre = { x: maxX + spacing * (2 + Math.sqrt(keys.length)), y: sumY / positions.size };
  keys.forEach((key, index) => {
    result.set(key, index === 0 ? centre : spiralPoint(centre, index, spacing));
  });
}
