import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { topHubs } from "../../src/query/hubs.ts";
import { queryFixture } from "./query-fixture.ts";

describe("topHubs", () => {
  it("lists the nodes of highest degree first, counting each parallel edge", () => {
    expect(topHubs(queryFixture(), 3)).toEqual([
      { key: "b", degree: 3 },
      { key: "c", degree: 3 },
      { key: "a", degree: 2 },
    ]);
  });

  it("orders equal degrees by key, whatever the graph's order", () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const key of ["zeta", "beta", "alpha"])
      graph.addNode(key, { label: key, nodeKind: "actor" });
    expect(topHubs(graph, 2).map((hub) => hub.key)).toEqual(["alpha", "beta"]);
  });

  it("gives what sorting every node would, for any limit", () => {
    const graph = queryFixture();
    const sorted = graph
      .nodes()
      .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
    for (let limit = 0; limit <= graph.order + 1; limit++) {
      expect(topHubs(graph, limit).map((hub) => hub.key)).toEqual(sorted.slice(0, limit));
    }
  });
});
