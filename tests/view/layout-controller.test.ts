import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { assignPositions, type Positions, readPositions } from "../../src/layout/positions.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { createLayoutController } from "../../src/view/layout-controller.ts";

function triangle(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const key of ["a", "b", "c"]) graph.addNode(key, { label: key, nodeKind: "actor" });
  graph.addEdge("a", "b", { relation: "r", evidence: [] });
  return graph;
}

const start: Positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 1, y: 0 }],
  ["c", { x: 2, y: 0 }],
]);
const arrived: Positions = new Map([
  ["a", { x: 5, y: 5 }],
  ["b", { x: 6, y: 7 }],
  ["c", { x: 8, y: 9 }],
]);

function controllerOn(graph: KnowledgeGraph) {
  let moves = 0;
  const controller = createLayoutController({ onMoved: () => moves++, onForcesMoved: () => {} });
  assignPositions(graph, start);
  controller.setTarget({ graph, firstPositions: start, kinds: ["actor"] });
  return { controller, moves: () => moves };
}

describe("the first layout arriving from its worker", () => {
  it("moves the nodes there and makes it what Reset returns to", () => {
    const graph = triangle();
    const { controller, moves } = controllerOn(graph);
    expect(controller.arriveAtFirstLayout(arrived)).toBe(true);
    expect(readPositions(graph)).toEqual(arrived);
    expect(moves()).toBe(1);
    controller.byKind();
    controller.reset();
    expect(readPositions(graph)).toEqual(arrived);
  });

  it("leaves the nodes where the user put them, but Reset still goes to it", () => {
    const graph = triangle();
    const { controller } = controllerOn(graph);
    controller.byKind();
    const byKind = readPositions(graph);
    expect(controller.arriveAtFirstLayout(arrived)).toBe(false);
    expect(readPositions(graph)).toEqual(byKind);
    controller.reset();
    expect(readPositions(graph)).toEqual(arrived);
  });

  it("moves again for a new dataset, whatever the user did on the last one", () => {
    const graph = triangle();
    const { controller } = controllerOn(graph);
    controller.byKind();
    controller.setTarget({ graph, firstPositions: start, kinds: ["actor"] });
    expect(controller.arriveAtFirstLayout(arrived)).toBe(true);
    expect(readPositions(graph)).toEqual(arrived);
  });
});
