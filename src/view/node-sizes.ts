// Node size by degree, with a floor so that leaves stay easy to point at, and a ceiling so that
// hubs do not cover their neighbours. Sizes are screen pixels (radius) at the default zoom.
import type { KnowledgeGraph } from "../model/types.ts";

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 16;

export function nodeSizesByDegree(graph: KnowledgeGraph): Map<string, number> {
  let maxDegree = 1;
  graph.forEachNode((key) => {
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  const sizes = new Map<string, number>();
  graph.forEachNode((key) => {
    const share = Math.sqrt(graph.degree(key) / maxDegree);
    sizes.set(key, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
  });
  return sizes;
}
