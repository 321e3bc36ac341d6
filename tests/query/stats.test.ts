import { describe, expect, it } from "vitest";
import { stats } from "../../src/query/stats.ts";
import { queryFixture } from "./query-fixture.ts";

describe("stats", () => {
  const result = stats(queryFixture(), { top: 3 });

  it("counts nodes and edges", () => {
    expect(result.nodeCount).toBe(8);
    expect(result.edgeCount).toBe(7);
  });

  it("counts nodes by kind and edges by relation, most frequent first", () => {
    expect(result.nodesByKind).toEqual([
      { name: "actor", count: 4 },
      { name: "principle", count: 2 },
      { name: "document", count: 1 },
      { name: "threat", count: 1 },
    ]);
    expect(result.edgesByRelation).toEqual([
      { name: "contrasts-with", count: 2 },
      { name: "proposed", count: 2 },
      { name: "reiterated", count: 2 },
      { name: "addresses", count: 1 },
    ]);
  });

  it("lists the most connected nodes, counting edges in and out and each parallel edge", () => {
    expect(result.mostConnected).toEqual([
      { key: "b", label: "Mutual trust", degree: 3 },
      { key: "c", label: "Common security", degree: 3 },
      { key: "a", label: "Côte d’Ivoire", degree: 2 },
    ]);
  });

  it("finds the connected components regardless of edge direction, largest first", () => {
    expect(result.componentSizes).toEqual([6, 2]);
  });

  it("lists ten nodes by default", () => {
    expect(stats(queryFixture()).mostConnected).toHaveLength(8);
  });
});
