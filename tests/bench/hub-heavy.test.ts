// The hub-heavy variant of the synthetic graph (issue 16): a few hubs touch 5–10 % of the edges,
// and nothing else about the graph changes (nodes, relations, evidence, unique keys).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateGraph, splitSentences } from "../../bench/generate-graph.ts";
import { HUB_HEAVY, hubHeavy, topHubShare } from "../../bench/hub-heavy.ts";
import { edgeKey } from "../../src/model/edge-key.ts";

const SOURCE = fileURLToPath(
  new URL("../../graph/sources/new-security-concept.txt", import.meta.url),
);
const sentences = splitSentences(readFileSync(SOURCE, "utf8"));
const plain = generateGraph({ nodes: 10_000, edges: 50_000, seed: 20240, sentences });
const heavy = hubHeavy(plain);

describe("hubHeavy", () => {
  it("gives a few hubs 5–10 % of the edges, the biggest about half of that", () => {
    expect(topHubShare(plain, HUB_HEAVY.hubs)).toBeLessThan(0.05);
    const share = topHubShare(heavy, HUB_HEAVY.hubs);
    expect(share).toBeGreaterThanOrEqual(0.05);
    expect(share).toBeLessThanOrEqual(0.1);
    expect(topHubShare(heavy, 1)).toBeGreaterThan(share / 3);
  });

  it("keeps the nodes, the number of edges, each edge's attributes, and unique, derived keys", () => {
    expect(heavy.nodes).toEqual(plain.nodes);
    expect(heavy.edges).toHaveLength(plain.edges.length);
    const keys = new Set(heavy.edges.map((edge) => edge.key));
    expect(keys.size).toBe(heavy.edges.length);
    heavy.edges.forEach((edge, index) => {
      expect(edge.attributes).toBe(plain.edges[index].attributes);
      expect(edge.key).toBe(edgeKey(edge.source, edge.attributes?.relation ?? "", edge.target));
      expect(edge.source).not.toBe(edge.target);
    });
    expect(heavy.attributes?.title).toMatch(/hub-heavy \(5 hubs\)$/);
  });

  it("is the same on every run, and leaves its input alone", () => {
    expect(hubHeavy(plain)).toEqual(heavy);
    expect(plain.edges.some((edge, index) => edge.target !== heavy.edges[index].target)).toBe(true);
    expect(topHubShare(plain, HUB_HEAVY.hubs)).toBeLessThan(0.05);
  });

  it("says what is wrong with bad options", () => {
    expect(() => hubHeavy(plain, { ...HUB_HEAVY, hubs: 0 })).toThrow(/hubs must be between 1/);
    expect(() => hubHeavy(plain, { ...HUB_HEAVY, share: 0.9 })).toThrow(/share must be between/);
  });
});
