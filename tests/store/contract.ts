// The GraphStore contract as a test suite any store runs: each answer is checked against an
// independent reference computed from the graphology graph (a brute-force search, src/query's
// walk and paths), so two stores that pass it give identical answers, order included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceOf } from "../../src/model/evidence.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { neighbourhood as referenceSet } from "../../src/query/neighbourhood.ts";
import { shortestPaths } from "../../src/query/paths.ts";
import { stats } from "../../src/query/stats.ts";
import {
  DEFAULT_NODE_LIMIT,
  type Filters,
  type GraphStore,
  MAX_DEPTH,
  StoreRequestError,
} from "../../src/store/graph-store.ts";
import { MAX_PATH_LENGTH } from "../../src/store/path-arguments.ts";
import {
  canonicalEdgeAttributes,
  canonicalNodeAttributes,
  compareKeys,
} from "../../src/store/records.ts";
import { nameTier, nameWords, queryWords, rankOf, wordCount } from "../../src/store/search-text.ts";
import { type QueryCase, queryCases } from "./query-cases.ts";

export type OpenStore = (graph: KnowledgeGraph, name: string) => Promise<GraphStore>;

export function referenceSearch(graph: KnowledgeGraph, text: string, limit: number) {
  const query = queryWords(text);
  if (query.length === 0) return [];
  const joined = query.join(" ");
  const ranked: { key: string; label: string; nodeKind: string; order: number[] }[] = [];
  graph.forEachNode((key, attributes) => {
    const label = typeof attributes.label === "string" ? attributes.label : key;
    const names = [{ words: nameWords(label), isAlias: false }];
    for (const alias of attributes.aliases ?? []) {
      if (typeof alias === "string") names.push({ words: nameWords(alias), isAlias: true });
    }
    let best = Number.POSITIVE_INFINITY;
    for (const name of names) {
      const tier = nameTier(name.words, query, joined);
      if (tier !== null) best = Math.min(best, rankOf(tier, name.isAlias));
    }
    if (best === Number.POSITIVE_INFINITY) return;
    const nodeKind = typeof attributes.nodeKind === "string" ? attributes.nodeKind : "";
    ranked.push({ key, label, nodeKind, order: [best, wordCount(names[0].words)] });
  });
  ranked.sort(
    (a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || compareKeys(a.key, b.key),
  );
  return ranked.slice(0, limit).map(({ key, label, nodeKind }) => ({ key, label, nodeKind }));
}

/** Depth by plain breadth-first search over the filtered graph, then the (depth, key) order. */
/** The attributes with no `evidence` at all, when `drop`. */
function withoutEvidenceIf(drop: boolean, attributes: Record<string, unknown>) {
  if (!drop) return attributes;
  const { evidence: _evidence, ...rest } = attributes;
  return rest;
}

export function referenceNeighbourhood(
  graph: KnowledgeGraph,
  focus: string,
  depth: number,
  filters: Filters & { limit?: number; evidence?: boolean },
) {
  const limit = filters.limit ?? DEFAULT_NODE_LIMIT;
  const members = referenceSet(graph, focus, depth, filters);
  const depthOf = new Map<string, number>([[focus, 0]]);
  let layer = [focus];
  for (let hop = 1; layer.length > 0; hop++) {
    const next: string[] = [];
    for (const node of layer) {
      graph.forEachNeighbor(node, (other) => {
        if (!members.has(other) || depthOf.has(other)) return;
        const linked = graph
          .edges(node, other)
          .concat(graph.edges(other, node))
          .some(
            (edge) => !filters.hiddenRelations?.includes(graph.getEdgeAttribute(edge, "relation")),
          );
        if (!linked) return;
        depthOf.set(other, hop);
        next.push(other);
      });
    }
    layer = next;
  }
  const ordered = [...members].sort(
    (a, b) => (depthOf.get(a) ?? 0) - (depthOf.get(b) ?? 0) || compareKeys(a, b),
  );
  const shown = ordered.slice(0, limit);
  const kept = new Set(shown);
  const edges = graph
    .filterEdges((_edge, attributes, source, target) => {
      return (
        kept.has(source) &&
        kept.has(target) &&
        !filters.hiddenRelations?.includes(attributes.relation)
      );
    })
    .sort(compareKeys)
    .map((key) => ({
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: withoutEvidenceIf(
        filters.evidence === false,
        canonicalEdgeAttributes(graph.getEdgeAttributes(key)),
      ),
    }));
  const result: Record<string, unknown> = {
    nodes: shown.map((key) => ({
      key,
      attributes: canonicalNodeAttributes(graph.getNodeAttributes(key)),
    })),
    edges,
  };
  if (ordered.length > limit) {
    const cutDepth = depthOf.get(ordered[limit]) ?? 0;
    const total = ordered.filter((key) => (depthOf.get(key) ?? 0) <= cutDepth).length;
    result.truncated = { shown: limit, total, depth: cutDepth };
  }
  return result;
}

export function referenceHubs(graph: KnowledgeGraph, limit: number) {
  return graph
    .mapNodes((key, attributes) => ({
      key,
      label: typeof attributes.label === "string" ? attributes.label : key,
      nodeKind: typeof attributes.nodeKind === "string" ? attributes.nodeKind : "",
      degree: graph.inDegree(key) + graph.outDegree(key),
    }))
    .sort((a, b) => b.degree - a.degree || compareKeys(a.key, b.key))
    .slice(0, limit);
}

/** What the store should answer to one case. */
export function referenceAnswer(graph: KnowledgeGraph, query: QueryCase): unknown {
  switch (query.kind) {
    case "search":
      return referenceSearch(graph, query.text, query.limit);
    case "neighbourhood":
      return referenceNeighbourhood(graph, query.focus, query.depth, query.options);
    case "paths":
      return shortestPaths(graph, query.from, query.to, {
        ...query.options,
        maxLength: query.options.maxLength ?? MAX_PATH_LENGTH,
      }).map((path) => ({
        nodes: path.nodes,
        steps: path.steps.map((step) => ({
          edge: step.edge,
          source: graph.source(step.edge),
          target: graph.target(step.edge),
          from: step.from,
          to: step.to,
          relation: step.relation,
          forward: step.forward,
          evidence: evidenceOf(graph.getEdgeAttribute(step.edge, "evidence")),
        })),
      }));
    case "hubs":
      return referenceHubs(graph, query.limit);
  }
}

export function storeAnswer(store: GraphStore, query: QueryCase): Promise<unknown> {
  switch (query.kind) {
    case "search":
      return store.search(query.text, query.limit);
    case "neighbourhood":
      return store.neighbourhood(query.focus, query.depth, query.options);
    case "paths":
      return store.paths(query.from, query.to, query.options);
    case "hubs":
      return store.hubs(query.limit);
  }
}

async function collect(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Runs the contract on one graph against the store `open` makes. */
export function storeContract(graphName: string, makeGraph: () => KnowledgeGraph, open: OpenStore) {
  describe(`GraphStore contract on ${graphName}`, () => {
    let graph: KnowledgeGraph;
    let store: GraphStore;
    beforeAll(async () => {
      graph = makeGraph();
      store = await open(graph, graphName);
    });
    afterAll(async () => store?.close());

    it("info: title, sources and counts by kind and relation, most frequent first", async () => {
      const summary = stats(graph, { top: 0 });
      const info = await store.info();
      expect(info.nodes).toBe(graph.order);
      expect(info.edges).toBe(graph.size);
      expect(info.title).toBe(graph.getAttribute("title") ?? "");
      expect(info.sources).toEqual(graph.getAttribute("sources") ?? []);
      const sortedCounts = (counts: { name: string; count: number }[]) =>
        [...counts].sort((a, b) => b.count - a.count || compareKeys(a.name, b.name));
      expect(Object.entries(info.kinds)).toEqual(
        sortedCounts(summary.nodesByKind).map(({ name, count }) => [name, count]),
      );
      expect(Object.entries(info.relations)).toEqual(
        sortedCounts(summary.edgesByRelation).map(({ name, count }) => [name, count]),
      );
    });

    it("answers every query case as the reference does, order and attribute order included", async () => {
      for (const query of queryCases(graph, graphName)) {
        const answer = await storeAnswer(store, query);
        const expected = referenceAnswer(graph, query);
        expect({ query, answer: JSON.stringify(answer) }).toEqual({
          query,
          answer: JSON.stringify(expected),
        });
      }
    }, 300_000);

    it("nodes: the ones that exist, in the order asked, each once", async () => {
      const keys = graph.nodes().slice(0, 5).reverse();
      const asked = [...keys, "no such node", keys[0]];
      const found = await store.nodes(asked);
      expect(found.map((node) => node.key)).toEqual(keys);
      expect(found[0].attributes).toEqual(graph.getNodeAttributes(keys[0]));
      expect(await store.nodes([])).toEqual([]);
    });

    it("an unknown node: null for neighbourhood and paths", async () => {
      const known = graph.nodes()[0];
      expect(await store.neighbourhood("no such node", 1)).toBeNull();
      expect(await store.paths("no such node", known)).toBeNull();
      expect(await store.paths(known, "'; DROP TABLE nodes; --x")).toBeNull();
    });

    it("refuses a bad depth, limit or path count with a StoreRequestError", async () => {
      const known = graph.nodes()[0];
      await expect(store.neighbourhood(known, MAX_DEPTH + 1)).rejects.toThrow(StoreRequestError);
      await expect(store.neighbourhood(known, -1)).rejects.toThrow(StoreRequestError);
      await expect(store.neighbourhood(known, 1, { limit: 0 })).rejects.toThrow(StoreRequestError);
      await expect(store.paths(known, known, { max: 0 })).rejects.toThrow(StoreRequestError);
    });

    it("exports everything: nodes then edges, each in key order, attributes kept", async () => {
      const items = (await collect(store.exportItems({ kind: "all" }))) as {
        type: string;
        node?: { key: string; attributes: unknown };
        edge?: { key: string; source: string; target: string; attributes: unknown };
      }[];
      const nodeKeys = graph.nodes().sort(compareKeys);
      const edgeKeys = graph.edges().sort(compareKeys);
      expect(items.map((item) => item.node?.key ?? item.edge?.key)).toEqual([
        ...nodeKeys,
        ...edgeKeys,
      ]);
      const firstEdge = items[nodeKeys.length]?.edge;
      if (firstEdge) {
        expect(firstEdge.attributes).toEqual(graph.getEdgeAttributes(firstEdge.key));
        expect(firstEdge.source).toBe(graph.source(firstEdge.key));
      }
    }, 120_000);

    it("exports a neighbourhood as the neighbourhood call answers it", async () => {
      const focus = referenceHubs(graph, 1)[0].key;
      const scope = { kind: "neighbourhood" as const, focus, depth: 2, limit: 300 };
      const items = await collect(store.exportItems(scope));
      const found = await store.neighbourhood(focus, 2, { limit: 300 });
      expect(items).toEqual([
        ...(found?.nodes ?? []).map((node) => ({ type: "node", node })),
        ...(found?.edges ?? []).map((edge) => ({ type: "edge", edge })),
      ]);
      expect(await collect(store.exportItems({ ...scope, focus: "no such node" }))).toEqual([]);
    });
  });
}
