// An edge backed by two documents (tests/fixtures/two-documents, a test fixture, not the built-in
// graph): both quotes survive validation, building, every export format and the evidence index,
// each tied to its own document.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evidenceSummary } from "../../src/cli/commands/validate.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import { parseGraphFile, serialise, serialiseCsv } from "../../src/formats/index.ts";
import { evidenceIndex } from "../../src/model/evidence-index.ts";
import { splitDocument } from "../../src/model/sentences.ts";
import { validateCurated } from "../../src/model/validate.ts";

const FIXTURE = fileURLToPath(
  new URL("../fixtures/two-documents/two-documents.kg.json", import.meta.url),
);
const EDGE = "china~proposed~new-security-concept";
const ESSAY_QUOTE =
  "In March 1997, China formally proposed the new security concept at the ASEAN Regional Forum meeting.";
const NOTE_QUOTE = "China put forward its new security concept at a regional forum in 1997.";
const BOTH = [
  { quote: ESSAY_QUOTE, source: "new-security-concept" },
  { quote: NOTE_QUOTE, source: "briefing-note" },
];

function load() {
  const result = readCurated(FIXTURE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("an edge backed by two documents", () => {
  it("validates each quote in its own document and keeps both on the edge", () => {
    const { graph, notes } = load();
    expect(notes).toEqual([]);
    expect(graph.getEdgeAttribute(EDGE, "evidence")).toEqual(BOTH);
    expect(evidenceSummary(graph)).toBe(
      "evidence: 3 quotes (new-security-concept 2, briefing-note 1); 1 edge backed by more than one document",
    );
  });

  it("rejects a quote credited to the other document", () => {
    const { sourceTexts } = load();
    const file = JSON.parse(readFileSync(FIXTURE, "utf8"));
    file.edges[0].evidence[1].source = "new-security-concept";
    const result = validateCurated(file, { fileName: "two.kg.json", sourceTexts });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual([
      "edges[0].evidence[1].quote",
    ]);
  });

  it("finds each quote in its own document's text and marks a sentence in each", () => {
    const { graph, sourceTexts } = load();
    const docs = Object.entries(sourceTexts).map(([id, text]) => splitDocument(text, id));
    const index = evidenceIndex(graph, docs);
    expect(index.unlocated).toEqual([]);
    const sentences = index.sentencesByEdge.get(EDGE) ?? [];
    const bySource = sentences.map((id) => index.sentences.get(id));
    expect(bySource.map((sentence) => [sentence?.sourceId, sentence?.text])).toEqual([
      ["briefing-note", NOTE_QUOTE],
      ["new-security-concept", ESSAY_QUOTE],
    ]);
  });

  it.each(["json", "gexf", "graphml"] as const)(
    "keeps both quotes and their documents in %s",
    (format) => {
      const { graph } = load();
      const text = serialise(graph, format);
      const read = parseGraphFile([{ name: `two.${format}`, text }]);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.graph.getEdgeAttribute(EDGE, "evidence")).toEqual(BOTH);
      expect(read.warnings.join("\n")).not.toMatch(/old shape/);
    },
  );

  it("keeps both quotes and their documents in CSV (evidence + evidenceSources)", () => {
    const { graph } = load();
    const { nodes, edges } = serialiseCsv(graph);
    // The quotes contain commas, so their cell is quoted; the sources cell is not.
    expect(edges).toContain(
      `"${ESSAY_QUOTE} || ${NOTE_QUOTE}",new-security-concept || briefing-note`,
    );
    const read = parseGraphFile([
      { name: "edges.csv", text: edges },
      { name: "nodes.csv", text: nodes },
    ]);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.graph.getEdgeAttribute(EDGE, "evidence")).toEqual(BOTH);
  });
});
