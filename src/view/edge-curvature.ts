// Two relations between the same pair of nodes must stay distinguishable: parallel edges (and
// edges in opposite directions) are drawn as arcs of different curvature, the rest straight.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../model/types.ts";

/** Spreads n parallel edges over growing curvatures (sigma's parallel-edges recipe). */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Curvature of each edge that shares its pair of ends with another edge; edges missing from the
 * map are drawn straight. Indexed on a bare copy, so the data graph gets no display attributes.
 */
export function parallelEdgeCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const skeleton = new MultiDirectedGraph();
  graph.forEachNode((key) => {
    skeleton.addNode(key);
  });
  graph.forEachEdge((key, _attributes, source, target) => {
    skeleton.addDirectedEdgeWithKey(key, source, target);
  });
  indexParallelEdgesIndex(skeleton);
  const curvatures = new Map<string, number>();
  skeleton.forEachEdge((key, attributes) => {
    const index = attributes.parallelIndex;
    const maxIndex = attributes.parallelMaxIndex;
    // Index 0 is the middle one of an odd bundle: it stays straight.
    if (typeof index === "number" && typeof maxIndex === "number" && index !== 0) {
      curvatures.set(key, curvature(index, maxIndex));
    }
  });
  return curvatures;
}
