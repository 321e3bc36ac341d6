import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neighbourhood } from "../../src/query/neighbourhood.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import { computeFilters, focusSpotlight } from "../../src/state/spotlights.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";
import { graphOf, KINDS, RELATIONS } from "./multigraph-fixture.ts";

const cases = fc.integer({ min: 1, max: 20 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(
      fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1), fc.integer({ min: 0, max: 2 })),
      { maxLength: 60 },
    ),
    focus: fc.nat(nodes - 1),
    depth: fc.integer({ min: 1, max: 3 }),
    hiddenKinds: fc.subarray(KINDS),
    hiddenRelations: fc.subarray(RELATIONS),
  }),
);

describe("computeFilters and focusSpotlight, against graphology", () => {
  it("hide the kinds and relations asked for, and edges with a hidden end", () => {
    fc.assert(
      fc.property(cases, ({ nodes, edges, hiddenKinds, hiddenRelations }) => {
        const graph = graphOf(nodes, edges);
        const index = createGraphIndex(graph);
        const view = { ...DEFAULT_VIEW, hiddenKinds, hiddenRelations };
        const filters = computeFilters(index, view, "case");
        const isHiddenNode = (key: string) =>
          hiddenKinds.includes(graph.getNodeAttribute(key, "nodeKind"));
        expect([...filters.nodes].sort()).toEqual(graph.filterNodes(isHiddenNode).sort());
        const hiddenEdges = graph.filterEdges(
          (_edge, attributes, source, target) =>
            hiddenRelations.includes(attributes.relation) ||
            isHiddenNode(source) ||
            isHiddenNode(target),
        );
        expect([...filters.edges].sort()).toEqual(hiddenEdges.sort());
        for (const edge of graph.edges()) {
          expect(filters.edges.has(edge)).toBe(hiddenEdges.includes(edge));
        }
      }),
    );
  });

  it("focus on the visible nodes within the depth and the visible edges among them", () => {
    fc.assert(
      fc.property(cases, ({ nodes, edges, focus, depth, hiddenKinds, hiddenRelations }) => {
        const graph = graphOf(nodes, edges);
        const index = createGraphIndex(graph);
        const view = { ...DEFAULT_VIEW, hiddenKinds, hiddenRelations };
        const filters = computeFilters(index, view, "case");
        const light = focusSpotlight(index, `n${focus}`, depth, filters);
        const reached = neighbourhood(graph, `n${focus}`, depth, { hiddenKinds, hiddenRelations });
        if (reached.size === 0) {
          expect(light).toBeNull();
          return;
        }
        expect([...(light?.nodes ?? [])].sort()).toEqual([...reached].sort());
        const among = graph.filterEdges(
          (edge, _attributes, source, target) =>
            reached.has(source) && reached.has(target) && !filters.edges.has(edge),
        );
        expect([...(light?.edges ?? [])].sort()).toEqual(among.sort());
      }),
    );
  });
});
