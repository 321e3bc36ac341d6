// The evidence index: every quote of every edge found in its document, whatever its quote style,
// spacing, case or ellipses, and the sentences and nodes each quote ties together.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceIndex, nodesForSentence } from "../../src/model/evidence-index.ts";
import { buildGraph } from "../../src/model/load.ts";
import { splitDocument } from "../../src/model/sentences.ts";
import type { CuratedFile } from "../../src/model/types.ts";

const GRAPH_PATH = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

function curated(edges: CuratedFile["edges"], sources = [{ id: "doc", title: "Doc", path: "d" }]) {
  const keys = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return buildGraph({
    title: "Test",
    sources,
    nodes: [...keys].map((key) => ({ key, label: key, nodeKind: "actor", description: "" })),
    edges,
  });
}

describe("evidenceIndex", () => {
  const text = [
    "A Title",
    "",
    "China proposed the “new security concept” in 1997. It addresses terrorism. Other text.",
    "",
    "The UN reiterated it. Unrelated closing words.",
  ].join("\n");
  const docs = [splitDocument(text, "doc")];

  it("maps a quote to its sentence whatever the quote style, spacing or case", () => {
    const graph = curated([
      {
        source: "china",
        relation: "proposed",
        target: "nsc",
        evidence: ['china proposed the  "new security concept"'],
      },
    ]);
    const index = evidenceIndex(graph, docs);
    expect(index.sentencesByEdge.get("china~proposed~nsc")).toEqual(["doc:1.0"]);
    expect(index.edgesBySentence.get("doc:1.0")).toEqual(["china~proposed~nsc"]);
    const [location] = index.locationsByEdge.get("china~proposed~nsc") ?? [];
    expect(text.slice(location.start, location.end)).toBe(
      "China proposed the “new security concept”",
    );
    expect(index.unlocated).toEqual([]);
  });

  it("maps a quote spanning two sentences to both, and an elided quote to each fragment", () => {
    const graph = curated([
      {
        source: "nsc",
        relation: "addresses",
        target: "terrorism",
        evidence: ["in 1997. It addresses terrorism."],
      },
      {
        source: "un",
        relation: "reiterated",
        target: "nsc",
        evidence: ["China proposed … The UN reiterated it."],
      },
    ]);
    const index = evidenceIndex(graph, docs);
    expect(index.sentencesByEdge.get("nsc~addresses~terrorism")).toEqual(["doc:1.0", "doc:1.1"]);
    expect(index.sentencesByEdge.get("un~reiterated~nsc")).toEqual(["doc:1.0", "doc:2.0"]);
    expect(index.edgesBySentence.get("doc:1.0")).toEqual([
      "nsc~addresses~terrorism",
      "un~reiterated~nsc",
    ]);
  });

  it("reports a quote found nowhere instead of dropping it, and searches only the edge's source", () => {
    const other = splitDocument("Other document.\n\nThe UN reiterated it.", "other");
    const graph = curated(
      [
        {
          source: "un",
          relation: "reiterated",
          target: "nsc",
          evidence: ["The UN reiterated it.", "words nobody wrote"],
          sourceDoc: "other",
        },
      ],
      [
        { id: "doc", title: "Doc", path: "d" },
        { id: "other", title: "Other", path: "o" },
      ],
    );
    const index = evidenceIndex(graph, [...docs, other]);
    expect(index.sentencesByEdge.get("un~reiterated~nsc")).toEqual(["other:1.0"]);
    expect(index.unlocated).toEqual([
      { edge: "un~reiterated~nsc", quote: "words nobody wrote", sourceId: "other" },
    ]);
  });

  it("names the nodes a sentence speaks about: the ends of the edges it supports", () => {
    const graph = curated([
      { source: "china", relation: "proposed", target: "nsc", evidence: ["China proposed"] },
      { source: "nsc", relation: "addresses", target: "terrorism", evidence: ["terrorism"] },
    ]);
    const index = evidenceIndex(graph, docs);
    expect(nodesForSentence(graph, index, "doc:1.0")).toEqual(["china", "nsc"]);
    expect(nodesForSentence(graph, index, "doc:1.1")).toEqual(["nsc", "terrorism"]);
    expect(nodesForSentence(graph, index, "doc:2.1")).toEqual([]);
  });
});

describe("evidence of the built-in graph", () => {
  it("maps every quote of every edge to at least one sentence of its document", () => {
    expect(existsSync(GRAPH_PATH), "graph/new-security-concept.kg.json must exist").toBe(true);
    const file = JSON.parse(readFileSync(GRAPH_PATH, "utf8")) as CuratedFile;
    const graph = buildGraph(file);
    const docs = file.sources.map((source) =>
      splitDocument(readFileSync(new URL(source.path, GRAPH_PATH), "utf8"), source.id),
    );
    const index = evidenceIndex(graph, docs);
    expect(index.unlocated).toEqual([]);
    graph.forEachEdge((edge) => {
      expect(index.sentencesByEdge.get(edge)?.length ?? 0, edge).toBeGreaterThan(0);
    });
  });
});

describe("evidenceIndex edge cases", () => {
  const text = "Intro.\n\nPeace needs trust. Trust needs peace. Peace needs trust.";
  const docs = [splitDocument(text, "doc")];

  it("counts a quote found twice at both places, in reading order", () => {
    const graph = curated([
      { source: "peace", relation: "addresses", target: "trust", evidence: ["Peace needs trust."] },
    ]);
    const index = evidenceIndex(graph, docs);
    expect(index.sentencesByEdge.get("peace~addresses~trust")).toEqual(["doc:1.0", "doc:1.2"]);
    expect(index.locationsByEdge.get("peace~addresses~trust")?.length).toBe(2);
  });

  it("finds a quote elided with [...] fragment by fragment, and skips blank quotes", () => {
    const graph = curated([
      {
        source: "trust",
        relation: "addresses",
        target: "peace",
        evidence: ["Trust needs [...] Peace needs trust", "   "],
      },
    ]);
    const index = evidenceIndex(graph, docs);
    const spans = (index.locationsByEdge.get("trust~addresses~peace") ?? []).map((location) =>
      text.slice(location.start, location.end),
    );
    expect(spans).toEqual(["Trust needs", "Peace needs trust"]);
    expect(index.unlocated).toEqual([]);
  });

  it("searches every document when the edge names none", () => {
    const other = splitDocument("Elsewhere.\n\nOnly here.", "other");
    const graph = curated([
      { source: "a", relation: "proposed", target: "b", evidence: ["only here"] },
    ]);
    graph.removeEdgeAttribute("a~proposed~b", "sourceDoc");
    const index = evidenceIndex(graph, [...docs, other]);
    expect(index.sentencesByEdge.get("a~proposed~b")).toEqual(["other:1.0"]);
  });
});
