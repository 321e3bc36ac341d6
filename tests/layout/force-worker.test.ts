import { MultiDirectedGraph } from "graphology";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import { describe, expect, it } from "vitest";
import {
  indexedByteArrays,
  readMatrixPositions,
  writeMatrixPositions,
} from "../../src/layout/force-worker.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { indexGraph } from "../../src/query/indexed-graph.ts";

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

/** Loops, parallel edges, weights (some missing or not numbers), sizes and a pinned node. */
function awkwardGraph(): KnowledgeGraph {
  const graph = threeNodes();
  graph.mergeNodeAttributes("b", { size: 7, fixed: true });
  graph.addNode("d", { label: "d", nodeKind: "threat", x: -3.5, y: 9.25 });
  graph.addEdge("a", "b", { relation: "reiterated", evidence: [], weight: 2.5 } as EdgeAttributes);
  graph.addEdge("c", "c", { relation: "addresses", evidence: [], weight: 4 } as EdgeAttributes);
  graph.addEdge("d", "a", { relation: "addresses", evidence: [], weight: "heavy" } as never);
  graph.addEdge("b", "d", { relation: "proposed", evidence: [], weight: Number.NaN } as never);
  return graph;
}

/** What the package's own builder weighs an edge by; the layout passes the same rule. */
const weightOf = (_edge: string, attributes: { weight?: unknown }) =>
  typeof attributes.weight === "number" && Number.isFinite(attributes.weight)
    ? attributes.weight
    : 1;

describe("the worker's matrices from the graph's index", () => {
  it("equal the package's own, weights, loops and pins included", () => {
    const graph = awkwardGraph();
    const expected = graphToByteArrays(graph, weightOf);
    const built = indexedByteArrays(graph, indexGraph(graph));
    expect([...built.nodes]).toEqual([...expected.nodes]);
    expect([...built.edges]).toEqual([...expected.edges]);
  });

  it("equal them on a graph with no weights at all", () => {
    const graph = threeNodes();
    graph.addEdge("b", "c", { relation: "addresses", evidence: [] });
    const built = indexedByteArrays(graph, indexGraph(graph));
    const expected = graphToByteArrays(graph, weightOf);
    expect([...built.nodes]).toEqual([...expected.nodes]);
    expect([...built.edges]).toEqual([...expected.edges]);
  });
});
