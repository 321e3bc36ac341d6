import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { readMatrixPositions, writeMatrixPositions } from "../../src/layout/force-worker.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

/** Floats per node in ForceAtlas2's matrix: x, y, …, `fixed` last. */
const PER_NODE = 10;

function threeNodes(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.addNode("a", { label: "a", nodeKind: "actor", x: 0, y: 0 });
  graph.addNode("b", { label: "b", nodeKind: "actor", x: 1, y: 1 });
  graph.addNode("c", { label: "c", nodeKind: "actor", x: 2, y: 2 });
  graph.addEdge("a", "b", { relation: "proposed", evidence: [] });
  return graph;
}

describe("force layout positions", () => {
  it("writes the worker's positions into the graph in node order, without graph events", () => {
    const graph = threeNodes();
    let events = 0;
    graph.on("nodeAttributesUpdated", () => events++);
    graph.on("eachNodeAttributesUpdated", () => events++);
    const matrix = new Float32Array(3 * PER_NODE);
    matrix.set([10, 20], 0);
    matrix.set([11, 21], PER_NODE);
    matrix.set([12, 22], 2 * PER_NODE);
    writeMatrixPositions(graph, matrix);
    expect(graph.mapNodes((key, { x, y }) => [key, x, y])).toEqual([
      ["a", 10, 20],
      ["b", 11, 21],
      ["c", 12, 22],
    ]);
    // Sigma reprocesses the whole graph on such events, which is what the layout must avoid.
    expect(events).toBe(0);
  });

  it("reads a dragged node's position and pin back before the forces resume", () => {
    const graph = threeNodes();
    graph.mergeNodeAttributes("b", { x: 5, y: -5, fixed: true });
    const matrix = new Float32Array(3 * PER_NODE);
    readMatrixPositions(graph, matrix);
    expect([...matrix.subarray(PER_NODE, 2 * PER_NODE)]).toEqual([5, -5, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(matrix[PER_NODE - 1]).toBe(0);
  });
});
