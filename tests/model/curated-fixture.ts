// A small, valid curated file and its source text, for tests that break one thing at a time.
import type { CuratedFile, EvidenceItem } from "../../src/model/types.ts";

export const SOURCE_TEXT =
  "In March 1997, China formally proposed the “new security concept” at the ASEAN Regional Forum.\n" +
  "The concept’s core is mutual trust,\nmutual benefit, equality and coordination.";

export const SOURCE_TEXTS = { essay: SOURCE_TEXT };

/** Evidence items quoted from the fixture's one source, "essay". */
export function fromEssay(...quotes: string[]): EvidenceItem[] {
  return quotes.map((quote) => ({ quote, source: "essay" }));
}

export function curatedFixture(): CuratedFile {
  return {
    title: "A small test graph",
    sources: [{ id: "essay", title: "The essay", path: "sources/essay.txt" }],
    nodes: [
      {
        key: "china",
        label: "China",
        nodeKind: "actor",
        description: "A state.",
        aliases: ["People’s Republic of China", "PRC"],
      },
      {
        key: "new-security-concept",
        label: "New security concept",
        nodeKind: "principle",
        description: "Mutual trust, mutual benefit, equality and coordination.",
        date: "1997-03",
      },
      {
        key: "asean-regional-forum",
        label: "ASEAN Regional Forum",
        nodeKind: "actor",
        description: "A forum.",
        aliases: ["ARF"],
      },
    ],
    edges: [
      {
        source: "china",
        target: "new-security-concept",
        relation: "proposed",
        evidence: fromEssay("China formally proposed the “new security concept”"),
        date: "1997-03",
      },
      {
        source: "china",
        target: "new-security-concept",
        relation: "reiterated",
        evidence: fromEssay("The concept’s core is mutual trust, mutual benefit"),
      },
      {
        source: "new-security-concept",
        target: "asean-regional-forum",
        relation: "contrasts-with",
        evidence: fromEssay("at the ASEAN Regional Forum"),
      },
    ],
  };
}
