// Seeded start positions for the Cytoscape baseline, spread like the explorer's seeded start, so
// both draw a similar picture; computing them is part of the timed first frame, as in ours.
import { seededRandom } from "../seeded-random.ts";

export function startPositions(keys: readonly string[]): Map<string, { x: number; y: number }> {
  const scale = Math.max(100, Math.sqrt(keys.length) * 20);
  const random = seededRandom(20_021_997);
  const positions = new Map<string, { x: number; y: number }>();
  for (const key of keys) {
    positions.set(key, { x: (random.next() - 0.5) * scale, y: (random.next() - 0.5) * scale });
  }
  return positions;
}
