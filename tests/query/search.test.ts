import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { createSearchIndex, foldText } from "../../src/query/search.ts";

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

  it("folds text to lower case without diacritics", () => {
    expect(foldText("Sécurité Coopérative")).toBe("securite cooperative");
  });
});
