import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceIndex, nodesForSentence } from "../../src/model/evidence-index.ts";
import { buildGraph } from "../../src/model/load.ts";
import { splitDocument } from "../../src/model/sentences.ts";
import type { CuratedFile, EvidenceItem } from "../../src/model/types.ts";

const SOURCE_PATH = new URL("../../graph/sources/new-security-concept.txt", import.meta.url);
const GRAPH_PATH = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

function sentenceTexts(text: string): string[] {
  return splitDocument(text, "doc").sentences.map((sentence) => sentence.text);
}

type TestEdge = Omit<CuratedFile["edges"][number], "evidence"> & {
  /** Quote strings from `sourceDoc` (default "doc"), or items that name their own source. */
  evidence: (string | EvidenceItem)[];
  sourceDoc?: string;
};

function curated(edges: TestEdge[], sources = [{ id: "doc", title: "Doc", path: "d" }]) {
  const keys = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return buildGraph({
    title: "Test",
    sources,
    nodes: [...keys].map((key) => ({ key, label: key, nodeKind: "actor", description: "" })),
    edges: edges.map(({ sourceDoc = "doc", evidence, ...edge }) => ({
      ...edge,
      evidence: evidence.map((item) =>
        typeof item === "string" ? { quote: item, source: sourceDoc } : item,
      ),
    })),
  });
}

describe("splitDocument on the source document", () => {
  const text = readFileSync(SOURCE_PATH, "utf8");
  const doc = splitDocument(text, "new-security-concept");

  it("has the title as paragraph 0 and one paragraph per block of the original", () => {
    expect(doc.paragraphs).toHaveLength(13);
    expect(doc.paragraphs[0].sentences.map((s) => s.text)).toEqual([
      "New Outlook on Security Featuring Mutual Trust and Reciprocity, Based on Equality and Cooperation",
    ]);
    expect(doc.paragraphs[12].sentences[0].text).toMatch(/^China’s new security concept reflects/);
  });

  it("gives every sentence a stable, URL-safe id and the offsets of its text", () => {
    const ids = doc.sentences.map((sentence) => sentence.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("new-security-concept:0.0");
    for (const sentence of doc.sentences) {
      expect(sentence.id).toMatch(/^[a-z0-9-]+:\d+\.\d+$/); // safe in a URL query or fragment
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
  });

  it("splits the second paragraph into its nine sentences", () => {
    expect(doc.paragraphs[2].sentences.map((s) => s.text.slice(0, 22))).toEqual([
      "In March 1997, China f",
      "The core of the concep",
      "It was against the bac",
      "With the end of the bi",
      "Major threats to world",
      "They became problems c",
      "These problems called ",
      "The formation of China",
      "At the end of the 1970",
    ]);
  });

  it("ends a sentence at “etc.” before a capital and keeps quoted titles inside sentences", () => {
    const texts = doc.sentences.map((sentence) => sentence.text);
    expect(texts).toContain("They became problems confronting all countries in the world.");
    expect(texts.some((t) => t.endsWith("serious infectious diseases, etc."))).toBe(true);
    expect(texts.some((t) => t.endsWith("in the report entitled “Our Global Neighborhood”."))).toBe(
      true,
    );
    expect(doc.paragraphs[3].sentences).toHaveLength(1);
  });
});

describe("splitDocument rules", () => {
  it("does not end a sentence after an initialism, a title or an inline abbreviation", () => {
    expect(sentenceTexts("The U.N. Security Council met. Mr. Li spoke, e.g. on trade.")).toEqual([
      "The U.N. Security Council met.",
      "Mr. Li spoke, e.g. on trade.",
    ]);
  });

  it("continues after an ellipsis or “etc.” followed by lower case, ends before a capital", () => {
    expect(sentenceTexts("Keep the peace... and more, etc. and so on. Then stop... Next.")).toEqual(
      ["Keep the peace... and more, etc. and so on.", "Then stop...", "Next."],
    );
  });

  it("keeps a closing quote with its sentence and starts the next at an opening quote", () => {
    expect(
      sentenceTexts("He said “we agree.” “Good,” they said. Really? Yes! It grew 3.5 times."),
    ).toEqual([
      "He said “we agree.”",
      "“Good,” they said.",
      "Really?",
      "Yes!",
      "It grew 3.5 times.",
    ]);
  });

  it("reads blank lines as paragraph breaks, and single newlines when there is no blank line", () => {
    const wrapped = splitDocument("Title\n\nA wrapped\nline. Second.\n\nLast one.", "w");
    expect(wrapped.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ["Title"],
      ["A wrapped\nline.", "Second."],
      ["Last one."],
    ]);
    const lines = splitDocument("Title\nFirst paragraph.\nSecond paragraph.", "l");
    expect(lines.paragraphs).toHaveLength(3);
    expect(lines.sentences[2].id).toBe("l:2.0");
  });
});

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

  it("finds each quote of an edge backed by two documents in its own document", () => {
    const other = splitDocument("Another paper.\n\nChina proposed it too.", "other");
    const graph = curated(
      [
        {
          source: "china",
          relation: "proposed",
          target: "nsc",
          evidence: [
            { quote: "China proposed", source: "doc" },
            { quote: "China proposed it too.", source: "other" },
          ],
        },
      ],
      [
        { id: "doc", title: "Doc", path: "d" },
        { id: "other", title: "Other", path: "o" },
      ],
    );
    const index = evidenceIndex(graph, [...docs, other]);
    expect(index.sentencesByEdge.get("china~proposed~nsc")).toEqual(["doc:1.0", "other:1.0"]);
    const locations = index.locationsByEdge.get("china~proposed~nsc") ?? [];
    // "China proposed" also occurs in the other document: it is looked for in its own only.
    expect(locations.map(({ quote, sourceId }) => [quote, sourceId])).toEqual([
      ["China proposed", "doc"],
      ["China proposed it too.", "other"],
    ]);
    expect(index.unlocated).toEqual([]);
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
