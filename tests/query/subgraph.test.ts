import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { subgraph } from "../../src/query/subgraph.ts";
import { queryFixture } from "./query-fixture.ts";

describe("subgraph", () => {
  it("without options is a full copy with the same keys and attributes", () => {
    const graph = queryFixture();
    const copy = subgraph(graph);
    expect(copy).not.toBe(graph);
    expect(copy).toBeInstanceOf(MultiDirectedGraph);
    expect(copy.export()).toEqual(graph.export());
  });

  it("keeps the given nodes and the edges between them, parallel edges included", () => {
    const graph = queryFixture();
    const part = subgraph(graph, { nodes: ["a", "b", "d", "missing"] });
    expect(part.nodes()).toEqual(["a", "b", "d"]);
    expect(part.edges().sort()).toEqual(["a~contrasts-with~b", "a~proposed~b"]);
    expect(part.getNodeAttributes("a")).toEqual(graph.getNodeAttributes("a"));
    expect(part.getEdgeAttributes("a~proposed~b")).toEqual({
      relation: "proposed",
      evidence: [{ quote: "a proposed b", source: "essay" }],
    });
    expect(part.source("a~proposed~b")).toBe("a");
  });

  it("keeps the graph's title and sources", () => {
    const graph = queryFixture();
    expect(subgraph(graph, { nodes: ["a"] }).getAttributes()).toEqual(graph.getAttributes());
  });

  it("drops nodes of hidden kinds with their edges, and edges of hidden relations", () => {
    const part = subgraph(queryFixture(), {
      hiddenKinds: ["document", "threat"],
      hiddenRelations: ["contrasts-with"],
    });
    expect(part.nodes()).toEqual(["a", "b", "c", "f", "g", "h"]);
    expect(part.edges()).toEqual(["a~proposed~b", "b~reiterated~c"]);
  });

  it("leaves the original graph untouched when the copy is changed", () => {
    const graph = queryFixture();
    const part = subgraph(graph, { nodes: ["a", "b"] });
    part.setNodeAttribute("a", "label", "Changed");
    part.dropNode("b");
    expect(graph.getNodeAttribute("a", "label")).toBe("Côte d’Ivoire");
    expect(graph.hasNode("b")).toBe(true);
    expect(graph.size).toBe(7);
  });
});
