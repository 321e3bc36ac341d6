import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitDocument } from "../../src/model/sentences.ts";

const SOURCE_PATH = new URL("../../graph/sources/new-security-concept.txt", import.meta.url);

function sentenceTexts(text: string): string[] {
  return splitDocument(text, "doc").sentences.map((sentence) => sentence.text);
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
