// Node size by degree, with a floor so that leaves stay easy to point at, and a ceiling so that
// hubs do not cover their neighbours. Sizes are screen pixels (radius) at the default zoom.
import type { KnowledgeGraph } from "../model/types.ts";

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 16;

export function nodeSizesByDegree(graph: KnowledgeGraph): Map<string, number> {
  // Each degree is looked up once: the second pass reads them in the same node order.
  const degrees = new Float64Array(graph.order);
  let maxDegree = 1;
  let index = 0;
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    degrees[index++] = degree;
    maxDegree = Math.max(maxDegree, degree);
  });
  const sizes = new Map<string, number>();
  index = 0;
  graph.forEachNode((key) => {
    const share = Math.sqrt(degrees[index++] / maxDegree);
    sizes.set(key, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
  });
  return sizes;
}
