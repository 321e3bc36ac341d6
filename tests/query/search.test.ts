import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { foldText } from "../../src/model/fold-text.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { createSearchIndex } from "../../src/query/search.ts";

function fixture(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.addNode("undp", {
    label: "United Nations Development Program",
    nodeKind: "actor",
    aliases: ["UNDP"],
  });
  graph.addNode("international-terrorism", {
    label: "International terrorism",
    nodeKind: "threat",
  });
  graph.addNode("common-security", { label: "Common security", nodeKind: "principle" });
  graph.addNode("securite-humaine", { label: "Sécurité humaine", nodeKind: "principle" });
  graph.addNode("china", { label: "China", nodeKind: "actor", aliases: ["PRC"] });
  return graph;
}

const keys = (query: string) =>
  createSearchIndex(fixture())
    .search(query)
    .map((hit) => hit.key);

describe("search over labels and aliases", () => {
  it('finds UNDP through its alias when typing "undp"', () => {
    const [first] = createSearchIndex(fixture()).search("undp");
    expect(first.key).toBe("undp");
    expect(first.matchedAlias).toBe("UNDP");
  });

  it('completes a word prefix: "terror" finds International terrorism', () => {
    expect(keys("terror")).toEqual(["international-terrorism"]);
  });

  it('forgives a typo: "terorism" still finds International terrorism', () => {
    expect(keys("terorism")).toContain("international-terrorism");
  });

  it("ignores accents both ways", () => {
    expect(keys("securite")).toContain("securite-humaine");
    expect(keys("securité")).toContain("securite-humaine");
    expect(keys("securité")).toContain("common-security");
  });

  it("ignores case", () => {
    expect(keys("CHINA")).toEqual(["china"]);
  });

  it("needs every word of a multi-word query", () => {
    expect(keys("common security")).toEqual(["common-security"]);
  });

  it("ranks exact word matches above typo matches", () => {
    const graph = fixture();
    graph.addNode("security-council", { label: "Security Council", nodeKind: "actor" });
    const ranked = createSearchIndex(graph)
      .search("security")
      .map((hit) => hit.key);
    expect(ranked.indexOf("securite-humaine")).toBeGreaterThan(ranked.indexOf("common-security"));
    expect(ranked.indexOf("securite-humaine")).toBeGreaterThan(ranked.indexOf("security-council"));
  });

  it("gives nothing for a blank query and respects the limit", () => {
    const index = createSearchIndex(fixture());
    expect(index.search("   ")).toEqual([]);
    expect(index.search("s", 1)).toHaveLength(1);
  });

  it("lists every match as a set of keys for highlighting", () => {
    expect(createSearchIndex(fixture()).matches("secur")).toEqual(
      new Set(["common-security", "securite-humaine"]),
    );
  });

  it("puts an exact label or alias first, then word starts, then text inside a word", () => {
    const graph = fixture();
    graph.addNode("peaceful", { label: "China’s Peaceful Development", nodeKind: "document" });
    graph.addNode("position", { label: "China's Position Paper", nodeKind: "document" });
    graph.addNode("indochina", { label: "Indochina", nodeKind: "actor" });
    const ranked = createSearchIndex(graph)
      .search("China")
      .map((hit) => hit.key);
    expect(ranked[0]).toBe("china");
    expect(ranked.slice(1, 3).sort()).toEqual(["peaceful", "position"]);
    expect(ranked[3]).toBe("indochina");
    // An alias typed exactly counts as exact too.
    expect(createSearchIndex(graph).search("prc")[0].key).toBe("china");
  });

  it('finds text inside a word, ranked after word starts: "kos" finds dailykos.com', () => {
    const graph = fixture();
    graph.addNode("dailykos.com", { label: "dailykos.com", nodeKind: "node" });
    graph.addNode("kosovo", { label: "Kosovo", nodeKind: "node" });
    expect(
      createSearchIndex(graph)
        .search("kos")
        .map((hit) => hit.key),
    ).toEqual(["kosovo", "dailykos.com"]);
    // Two letters are too few to look inside words: "ch" would match half the graph.
    expect(keys("ina")).toEqual(["china"]);
    expect(keys("in")).not.toContain("china");
  });

  it("folds text to lower case without diacritics, curly quotes or extra spaces", () => {
    expect(foldText("Sécurité Coopérative")).toBe("securite cooperative");
    expect(foldText("  Côte d’Ivoire ")).toBe("cote d'ivoire");
  });

  it("a straight quote typed finds a label written with a curly one as an exact match", () => {
    const graph = fixture();
    graph.addNode("peaceful", { label: "China’s Peaceful Development", nodeKind: "document" });
    graph.addNode("report", { label: "China's Peaceful Development Report", nodeKind: "document" });
    const index = createSearchIndex(graph);
    expect(index.search("China's Peaceful Development")[0].key).toBe("peaceful");
    expect(index.search("china’s  peaceful development")[0].key).toBe("peaceful");
  });
});

describe("search on the built-in graph", () => {
  it('"China" finds China first, before the documents named after it', async () => {
    const { readFileSync } = await import("node:fs");
    const { buildGraph } = await import("../../src/model/load.ts");
    const file = JSON.parse(
      readFileSync(new URL("../../graph/new-security-concept.kg.json", import.meta.url), "utf8"),
    );
    const hits = createSearchIndex(buildGraph(file)).search("China");
    expect(hits[0].label).toBe("China");
    expect(hits.slice(1).map((hit) => hit.label)).toContain("China’s Peaceful Development");
  });
});
