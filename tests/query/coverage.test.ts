import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceIndex } from "../../src/model/evidence-index.ts";
import { buildGraph } from "../../src/model/load.ts";
import { splitDocument } from "../../src/model/sentences.ts";
import type { CuratedFile } from "../../src/model/types.ts";
import { coverage, uncoveredSentences } from "../../src/query/coverage.ts";

const GRAPH_PATH = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

function graphQuoting(...quotes: string[]) {
  return buildGraph({
    title: "Test",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
    nodes: [
      { key: "china", label: "China", nodeKind: "actor", description: "" },
      { key: "nsc", label: "NSC", nodeKind: "principle", description: "" },
    ],
    edges: [
      {
        source: "china",
        relation: "proposed",
        target: "nsc",
        evidence: quotes.map((quote) => ({ quote, source: "doc" })),
      },
    ],
  });
}

describe("uncoveredSentences", () => {
  const docs = [
    splitDocument(
      "Title\n\nChina proposed it. Nobody quoted this. Nor this.\n\nLast words.",
      "doc",
    ),
  ];

  it("lists, in reading order, the sentences that support no edge", () => {
    const index = evidenceIndex(graphQuoting("China proposed it.", "Last words"), docs);
    expect(uncoveredSentences(docs, index).map((sentence) => sentence.text)).toEqual([
      "Title",
      "Nobody quoted this.",
      "Nor this.",
    ]);
  });

  it("counts a sentence as covered when a quote only overlaps part of it", () => {
    const index = evidenceIndex(graphQuoting("it. Nobody"), docs);
    expect(uncoveredSentences(docs, index).map((sentence) => sentence.id)).toEqual([
      "doc:0.0",
      "doc:1.2",
      "doc:2.0",
    ]);
  });

  it("is every sentence for a graph without evidence", () => {
    const index = evidenceIndex(graphQuoting(), docs);
    expect(uncoveredSentences(docs, index)).toEqual(docs[0].sentences);
    expect(coverage(docs, index)).toEqual([
      { sourceId: "doc", sentences: 5, covered: 0, ratio: 0 },
    ]);
  });

  it("summarises how much of each document the graph covers", () => {
    const index = evidenceIndex(graphQuoting("China proposed it.", "Last words"), docs);
    expect(coverage(docs, index)).toEqual([
      { sourceId: "doc", sentences: 5, covered: 2, ratio: 0.4 },
    ]);
  });

  it("covers more than half of the sentences of the built-in source document", () => {
    const file = JSON.parse(readFileSync(GRAPH_PATH, "utf8")) as CuratedFile;
    const source = file.sources[0];
    const text = readFileSync(new URL(source.path, GRAPH_PATH), "utf8");
    const sourceDocs = [splitDocument(text, source.id)];
    const index = evidenceIndex(buildGraph(file), sourceDocs);
    const [summary] = coverage(sourceDocs, index);
    expect(summary.sentences).toBe(49);
    expect(uncoveredSentences(sourceDocs, index)).toHaveLength(summary.sentences - summary.covered);
    expect(summary.ratio).toBeGreaterThan(0.5);
  });
});
