import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { indexGraph } from "../../src/query/indexed-graph.ts";
import { DEFAULT_EDGE_CURVATURE, parallelEdgeCurvatures } from "../../src/view/edge-curvature.ts";

/** Sigma's parallel-edges recipe: the curvature of edge `index` of a bundle indexed up to `max`. */
function recipe(index: number, max: number): number {
  const maxCurvature = 3.5 * (1 - Math.exp(-max / 3.5)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / max;
}

/** A graph with the nodes a to d and the edges given as [key, source, target]. */
function graphOf(edges: [string, string, string][]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const key of ["a", "b", "c", "d"]) graph.addNode(key, { label: key, nodeKind: "actor" });
  for (const [key, source, target] of edges) {
    graph.addDirectedEdgeWithKey(key, source, target, { relation: "proposed", evidence: [] });
  }
  return graph;
}

const curvaturesOf = (edges: [string, string, string][]) =>
  Object.fromEntries(parallelEdgeCurvatures(indexGraph(graphOf(edges))));

describe("which edges are drawn curved", () => {
  it("draws every edge straight when no two share their ends", () => {
    expect(
      curvaturesOf([
        ["ab", "a", "b"],
        ["bc", "b", "c"],
        ["ca", "c", "a"],
        ["aa", "a", "a"],
      ]),
    ).toEqual({});
  });

  it("bends an edge and its way back alike, so they arc apart", () => {
    expect(
      curvaturesOf([
        ["ab", "a", "b"],
        ["cd", "c", "d"],
        ["ba", "b", "a"],
      ]),
    ).toEqual({ ab: recipe(1, 1), ba: recipe(1, 1) });
  });

  it("spreads two edges in one direction to both sides", () => {
    expect(
      curvaturesOf([
        ["ab1", "a", "b"],
        ["ab2", "a", "b"],
      ]),
    ).toEqual({ ab1: -recipe(0.5, 0.5), ab2: recipe(0.5, 0.5) });
  });

  it("keeps the middle one of three edges in one direction straight", () => {
    expect(
      curvaturesOf([
        ["ab1", "a", "b"],
        ["cd", "c", "d"],
        ["ab2", "a", "b"],
        ["ab3", "a", "b"],
      ]),
    ).toEqual({ ab1: -recipe(1, 1), ab3: recipe(1, 1) });
  });

  it("fans out edges in one direction, in graph order, when some go back", () => {
    expect(
      curvaturesOf([
        ["ab1", "a", "b"],
        ["ba", "b", "a"],
        ["ab2", "a", "b"],
      ]),
    ).toEqual({ ab1: recipe(1, 2), ab2: recipe(2, 2), ba: recipe(1, 1) });
  });

  it("spreads several loops on one node, and leaves a lone loop alone", () => {
    expect(
      curvaturesOf([
        ["aa1", "a", "a"],
        ["aa2", "a", "a"],
        ["bb", "b", "b"],
      ]),
    ).toEqual({ aa1: -recipe(0.5, 0.5), aa2: recipe(0.5, 0.5) });
  });
});
