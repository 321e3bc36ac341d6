import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  BIG_GRAPH_NODES,
  deterministicLayout,
  firstLayout,
  seededStart,
} from "../../src/layout/initial-layout.ts";
import { kindLayout } from "../../src/layout/kind-layout.ts";
import { assignPositions, isPositioned, type Positions } from "../../src/layout/positions.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

/** A small knowledge graph shaped like ours: a hub, documents, threats, a parallel edge. */
function fixture(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const add = (key: string, nodeKind: string) => graph.addNode(key, { label: key, nodeKind });
  add("china", "actor");
  add("concept", "principle");
  add("position-paper", "document");
  add("white-paper", "document");
  for (const threat of ["terrorism", "separatism", "extremism", "pollution", "smuggling"]) {
    add(threat, "threat");
    graph.addEdge("concept", threat, { relation: "addresses", evidence: [] });
  }
  graph.addEdge("china", "concept", { relation: "proposed", evidence: [] });
  graph.addEdge("china", "concept", { relation: "reiterated", evidence: [] });
  graph.addEdge("position-paper", "concept", { relation: "reiterated", evidence: [] });
  graph.addEdge("white-paper", "concept", { relation: "reiterated", evidence: [] });
  return graph;
}

/** The position of a node the layout must have placed. */
function at(positions: Positions, key: string): { x: number; y: number } {
  const position = positions.get(key);
  if (!position) throw new Error(`no position for ${key}`);
  return position;
}

function minimumDistance(positions: Positions): number {
  const points = [...positions.values()];
  let minimum = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      minimum = Math.min(minimum, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    }
  }
  return minimum;
}

function spread(positions: Positions): number {
  const xs = [...positions.values()].map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
}

describe("the first layout", () => {
  it("gives identical positions on two loads of the same graph", () => {
    const first = deterministicLayout(fixture());
    const second = deterministicLayout(fixture());
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it("places every node at finite coordinates, none on top of another", () => {
    const positions = deterministicLayout(fixture());
    expect(positions.size).toBe(9);
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    expect(minimumDistance(positions)).toBeGreaterThan(spread(positions) / 50);
  });

  it("pulls connected nodes closer than the seeded start had them", () => {
    const graph = fixture();
    const start = seededStart(graph);
    const laid = deterministicLayout(graph);
    const distance = (p: Positions, a: string, b: string) =>
      Math.hypot(at(p, a).x - at(p, b).x, at(p, a).y - at(p, b).y) / spread(p);
    expect(distance(laid, "china", "concept")).toBeLessThan(distance(start, "china", "concept"));
  });

  it("turns the picture so that it is wider than tall", () => {
    const positions = deterministicLayout(fixture());
    const ys = [...positions.values()].map((p) => p.y);
    expect(spread(positions)).toBeGreaterThanOrEqual(Math.max(...ys) - Math.min(...ys));
  });

  it("depends on the seed, not on chance", () => {
    const graph = fixture();
    expect(seededStart(graph, 1)).toEqual(seededStart(graph, 1));
    expect(seededStart(graph, 1)).not.toEqual(seededStart(graph, 2));
  });

  it("keeps the coordinates of a graph that already has them", () => {
    const graph = fixture();
    graph.forEachNode((key, attributes) => {
      graph.mergeNodeAttributes(key, { x: attributes.label.length, y: 7 });
    });
    const positions = firstLayout(graph);
    expect(positions.get("terrorism")).toEqual({ x: "terrorism".length, y: 7 });
  });

  it("lays out a graph where only some nodes have coordinates", () => {
    const graph = fixture();
    graph.mergeNodeAttributes("china", { x: 1, y: 1 });
    expect(isPositioned(graph)).toBe(false);
    const positions = firstLayout(graph);
    expect(positions.get("china")).not.toEqual({ x: 1, y: 1 });
    assignPositions(graph, positions);
    expect(isPositioned(graph)).toBe(true);
  });

  it("does not run ForceAtlas2 at load on a big graph: seeded start positions only", () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (let index = 0; index <= BIG_GRAPH_NODES; index++) {
      graph.addNode(`n${index}`, { label: `n${index}`, nodeKind: "actor" });
      if (index > 0) graph.addEdge(`n${index - 1}`, `n${index}`, { relation: "r", evidence: [] });
    }
    expect(firstLayout(graph)).toEqual(seededStart(graph));
  });
});

describe("the layout by kind", () => {
  it("puts each kind in its own column, in the order given", () => {
    const positions = kindLayout(fixture(), ["actor", "document", "principle", "threat"]);
    const x = (key: string) => at(positions, key).x;
    expect(x("china")).toBeLessThan(x("position-paper"));
    expect(x("white-paper")).toBeLessThan(x("concept"));
    expect(x("concept")).toBeLessThan(x("terrorism"));
    expect(x("terrorism")).toBe(x("pollution"));
  });

  it("stacks a column from the most connected node down", () => {
    const graph = fixture();
    graph.addEdge("white-paper", "terrorism", { relation: "addresses", evidence: [] });
    const positions = kindLayout(graph, ["document"]);
    expect(at(positions, "white-paper").y).toBeGreaterThan(at(positions, "position-paper").y);
  });

  it("gives kinds outside the list columns of their own", () => {
    const graph = fixture();
    graph.addNode("gephi-thing", { label: "Imported", nodeKind: "organisation" });
    const positions = kindLayout(graph, ["actor"]);
    const columns = new Set([...positions.values()].map((p) => p.x));
    expect(columns.size).toBe(5);
  });
});
