import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { placeNewcomers } from "../../src/layout/place-newcomers.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";

function star(leaves: number, placedLeaves: number): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.addNode("hub", { label: "hub", nodeKind: "actor", x: 100, y: 50 });
  for (let i = 0; i < leaves; i++) {
    const placed = i < placedLeaves;
    const position = placed ? { x: 100 + 10 * Math.cos(i), y: 50 + 10 * Math.sin(i) } : {};
    graph.addNode(`leaf-${i}`, { label: `leaf ${i}`, nodeKind: "actor", ...position });
    graph.addEdge("hub", `leaf-${i}`, { relation: "part-of", evidence: [] });
  }
  return graph;
}

describe("placing newcomers", () => {
  it("puts a hub's new neighbours around it, apart from each other, and moves nothing placed", () => {
    const graph = star(300, 3);
    const newcomers = graph
      .nodes()
      .filter((key) => key.startsWith("leaf-") && !graph.hasNodeAttribute(key, "x"));
    const positions = placeNewcomers(graph, newcomers);
    expect([...positions.keys()].sort()).toEqual([...newcomers].sort());
    const points = [...positions.values()];
    for (const { x, y } of points)
      expect(Math.hypot(x - 100, y - 50)).toBeLessThan(10 * Math.sqrt(300));
    const distinct = new Set(points.map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(distinct.size).toBe(points.length);
    expect(placeNewcomers(graph, newcomers)).toEqual(positions);
  });

  it("reaches newcomers linked only through other newcomers, and puts unlinked ones beside", () => {
    const graph = star(1, 1);
    graph.addNode("far", { label: "far", nodeKind: "threat" });
    graph.addEdge("leaf-0", "far", { relation: "addresses", evidence: [] });
    graph.addNode("farther", { label: "farther", nodeKind: "threat" });
    graph.addEdge("far", "farther", { relation: "addresses", evidence: [] });
    graph.addNode("alone", { label: "alone", nodeKind: "threat" });
    const positions = placeNewcomers(graph, ["farther", "far", "alone"]);
    const far = positions.get("far");
    const farther = positions.get("farther");
    expect(far && farther).toBeTruthy();
    expect(Math.hypot((far?.x ?? 0) - 110, (far?.y ?? 0) - 50)).toBeLessThan(20);
    expect(positions.get("alone")?.x).toBeGreaterThan(110);
  });

  it("lays out a first answer whole", () => {
    const graph = star(5, 0);
    graph.removeNodeAttribute("hub", "x");
    graph.removeNodeAttribute("hub", "y");
    expect(placeNewcomers(graph, graph.nodes()).size).toBe(6);
  });
});
