import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import { hoverSpotlight } from "../../src/state/hover-light.ts";
import { computeFilters } from "../../src/state/spotlights.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";
import { graphOf, RELATIONS } from "./multigraph-fixture.ts";

/** What a hover lights up, read from graphology itself. */
function expected(graph: KnowledgeGraph, hover: string, hiddenEdges: ReadonlySet<string>) {
  const nodes = new Set([hover]);
  const edges = new Set<string>();
  graph.forEachEdge(hover, (edge, _attributes, source, target) => {
    if (hiddenEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === hover ? target : source);
  });
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

const cases = fc.integer({ min: 1, max: 20 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(
      fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1), fc.integer({ min: 0, max: 2 })),
      { maxLength: 60 },
    ),
    hover: fc.nat(nodes - 1),
    hiddenRelations: fc.subarray(RELATIONS),
  }),
);

describe("hoverSpotlight", () => {
  it("lights the node, its neighbours and the edges to them, leaving out hidden edges", () => {
    fc.assert(
      fc.property(cases, ({ nodes, edges, hover, hiddenRelations }) => {
        const graph = graphOf(nodes, edges);
        const index = createGraphIndex(graph);
        const view = { ...DEFAULT_VIEW, hiddenRelations };
        const filters = computeFilters(index, view, hiddenRelations.join());
        const light = hoverSpotlight(index, `n${hover}`, filters);
        expect(light).not.toBeNull();
        const want = expected(graph, `n${hover}`, filters.edges);
        expect([...(light?.nodes ?? [])].sort()).toEqual(want.nodes);
        expect([...(light?.edges ?? [])].sort()).toEqual(want.edges);
        for (const key of graph.nodes()) {
          expect(light?.nodes.has(key)).toBe(want.nodes.includes(key));
        }
      }),
    );
  });

  it("lights nothing for a missing or hidden node", () => {
    const graph = graphOf(3, [[0, 1, 0]]);
    const index = createGraphIndex(graph);
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    expect(hoverSpotlight(index, "nowhere", none)).toBeNull();
    expect(hoverSpotlight(index, "n0", { ...none, nodes: new Set(["n0"]) })).toBeNull();
  });
});
