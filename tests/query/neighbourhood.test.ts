import { describe, expect, it } from "vitest";
import { neighbourhood } from "../../src/query/neighbourhood.ts";
import { queryFixture } from "./query-fixture.ts";

const graph = queryFixture();
const sorted = (keys: Set<string>) => [...keys].sort();

describe("neighbourhood", () => {
  it("at depth 0 is the node itself", () => {
    expect(sorted(neighbourhood(graph, "c", 0))).toEqual(["c"]);
  });

  it("at depth 1 adds the nodes one edge away, whichever way the edge points", () => {
    // b -> c and e -> c point in, c -> d points out.
    expect(sorted(neighbourhood(graph, "c", 1))).toEqual(["b", "c", "d", "e"]);
  });

  it("grows one hop per level of depth", () => {
    expect(sorted(neighbourhood(graph, "a", 1))).toEqual(["a", "b"]);
    expect(sorted(neighbourhood(graph, "a", 2))).toEqual(["a", "b", "c"]);
    expect(sorted(neighbourhood(graph, "a", 3))).toEqual(["a", "b", "c", "d", "e"]);
    expect(sorted(neighbourhood(graph, "a", 4))).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("counts parallel edges between two nodes as one hop", () => {
    expect(sorted(neighbourhood(graph, "b", 1))).toEqual(["a", "b", "c"]);
  });

  it("with infinite depth is the node's whole connected component", () => {
    expect(sorted(neighbourhood(graph, "d", Number.POSITIVE_INFINITY))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
    ]);
    expect(sorted(neighbourhood(graph, "h", 10))).toEqual(["g", "h"]);
  });

  it("neither shows nor walks through nodes of a hidden kind", () => {
    // e is the only way from c to f.
    expect(sorted(neighbourhood(graph, "a", 4, { hiddenKinds: ["document"] }))).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("does not follow edges of a hidden relation", () => {
    expect(sorted(neighbourhood(graph, "a", 3, { hiddenRelations: ["reiterated"] }))).toEqual([
      "a",
      "b",
    ]);
    // a -> b is reachable through either of its two relations.
    expect(sorted(neighbourhood(graph, "a", 1, { hiddenRelations: ["proposed"] }))).toEqual([
      "a",
      "b",
    ]);
    expect(
      sorted(neighbourhood(graph, "a", 1, { hiddenRelations: ["proposed", "contrasts-with"] })),
    ).toEqual(["a"]);
  });

  it("is empty around a missing node or a node of a hidden kind", () => {
    expect(neighbourhood(graph, "nowhere", 2).size).toBe(0);
    expect(neighbourhood(graph, "e", 2, { hiddenKinds: ["document"] }).size).toBe(0);
  });

  it("rejects a negative or fractional depth", () => {
    expect(() => neighbourhood(graph, "a", -1)).toThrow(RangeError);
    expect(() => neighbourhood(graph, "a", 1.5)).toThrow(/whole number/);
  });
});
