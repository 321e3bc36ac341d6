import { describe, expect, it } from "vitest";
import type { CuratedFile } from "../../src/model/types.ts";
import {
  formatValidationError,
  type ValidationError,
  validateCurated,
} from "../../src/model/validate.ts";
import { NODE_KINDS, RELATIONS } from "../../src/model/vocabulary.ts";
import { curatedFixture, fromEssay, SOURCE_TEXTS } from "./curated-fixture.ts";

const FILE = "graph/test.kg.json";

function validate(data: unknown, sourceTexts: Record<string, string> = SOURCE_TEXTS) {
  return validateCurated(data, { fileName: FILE, sourceTexts });
}

/** The errors of the fixture after `change`, as the lines `kg validate` prints. */
function problemsAfter(change: (file: CuratedFile & Record<string, unknown>) => void): string[] {
  const file = curatedFixture() as CuratedFile & Record<string, unknown>;
  change(file);
  return errorsOf(file).map(formatValidationError);
}

function errorsOf(data: unknown): ValidationError[] {
  const result = validate(data);
  if (result.ok) throw new Error("expected the file to be invalid");
  return result.errors;
}

describe("validateCurated", () => {
  it("accepts a correct file and returns it typed", () => {
    const file = curatedFixture();
    const result = validate(file);
    expect(result).toEqual({ ok: true, file, notes: [] });
  });

  it("formats an error as file, JSON path and message on one line", () => {
    const lines = problemsAfter((file) => {
      file.edges[0].target = "chin";
    });
    expect(lines).toEqual([
      'graph/test.kg.json: edges[0].target "chin" is not a node key (did you mean "china"?)',
    ]);
  });

  it("gives every error a fix and names the file", () => {
    const errors = errorsOf({ ...curatedFixture(), nodes: "none" });
    for (const error of errors) {
      expect(error.file).toBe(FILE);
      expect(error.fix.length).toBeGreaterThan(10);
    }
  });

  describe("shape", () => {
    it("rejects a file that is not a JSON object", () => {
      for (const data of [null, [], "text", 42]) {
        const [error] = errorsOf(data);
        expect(error.path).toBe("");
        expect(error.message).toMatch(
          /must hold a JSON object with title, sources, nodes and edges/,
        );
      }
    });

    it("reports missing and mistyped top-level arrays together", () => {
      const lines = problemsAfter((file) => {
        delete (file as Partial<CuratedFile>).nodes;
        (file as Record<string, unknown>).edges = { a: 1 };
        (file as Record<string, unknown>).title = 3;
      });
      expect(lines).toEqual([
        "graph/test.kg.json: title must be a string, not a number (3)",
        "graph/test.kg.json: nodes is missing",
        "graph/test.kg.json: edges must be an array, not an object",
      ]);
    });

    it("reports fields of the wrong type with their path", () => {
      const lines = problemsAfter((file) => {
        (file.nodes[0] as unknown as Record<string, unknown>).aliases = "PRC";
        (file.nodes[1] as unknown as Record<string, unknown>).description = null;
        (file.edges[0] as unknown as Record<string, unknown>).evidence = "a quote";
      });
      expect(lines).toContain(
        'graph/test.kg.json: nodes[0].aliases must be an array of strings, not a string ("PRC")',
      );
      expect(lines).toContain(
        "graph/test.kg.json: nodes[1].description must be a string, not null",
      );
      expect(lines).toContain(
        'graph/test.kg.json: edges[0].evidence must be an array of { quote, source }, not a string ("a quote")',
      );
    });

    it("flags an unknown field and suggests the intended one", () => {
      const lines = problemsAfter((file) => {
        const node = file.nodes[0] as unknown as Record<string, unknown>;
        node.kind = node.nodeKind;
        delete node.nodeKind;
      });
      expect(lines).toContain(
        'graph/test.kg.json: nodes[0].kind is not a field of the format (did you mean "nodeKind"?); ' +
          "fields here are: key, label, nodeKind, description, aliases, date",
      );
      expect(lines).toContain("graph/test.kg.json: nodes[0].nodeKind is missing");
    });
  });

  describe("vocabulary", () => {
    it("rejects an unknown node kind and lists the valid ones", () => {
      const [line] = problemsAfter((file) => {
        file.nodes[0].nodeKind = "actr";
      });
      expect(line).toBe(
        `graph/test.kg.json: nodes[0].nodeKind "actr" is not a node kind (did you mean "actor"?); use one of: ${NODE_KINDS.join(", ")}`,
      );
    });

    it("rejects an unknown relation and lists the valid ones", () => {
      const [line] = problemsAfter((file) => {
        file.edges[2].relation = "opposes";
      });
      expect(line).toContain('edges[2].relation "opposes" is not a relation');
      expect(line).toContain(`use one of: ${RELATIONS.join(", ")}`);
    });
  });

  describe("keys", () => {
    it("rejects a duplicate node key and points at the first one", () => {
      const lines = problemsAfter((file) => {
        file.nodes.push({ ...file.nodes[0], label: "China again" });
      });
      expect(lines).toEqual([
        'graph/test.kg.json: nodes[3].key "china" is already the key of nodes[0]',
      ]);
    });

    it("rejects keys that are not kebab-case and proposes one", () => {
      const lines = problemsAfter((file) => {
        file.nodes[2].key = "ASEAN Regional_Forum";
        file.edges[2].target = "ASEAN Regional_Forum";
      });
      expect(lines).toEqual([
        'graph/test.kg.json: nodes[2].key "ASEAN Regional_Forum" is not kebab-case (did you mean "asean-regional-forum"?)',
      ]);
    });

    it("does not cascade a badly written key into errors on the edges that use it", () => {
      const lines = problemsAfter((file) => {
        file.nodes[0].nodeKind = "state";
      });
      expect(lines).toHaveLength(1);
    });
  });

  describe("edges", () => {
    it("rejects an edge to a missing node, suggesting a key by spelling", () => {
      const [error] = errorsOf({
        ...curatedFixture(),
        edges: [...curatedFixture().edges, { ...curatedFixture().edges[0], source: "chinaa" }],
      });
      expect(error.path).toBe("edges[3].source");
      expect(error.message).toBe('"chinaa" is not a node key (did you mean "china"?)');
      expect(error.fix).toContain('"china"');
    });

    it("suggests the node whose label or alias was written instead of its key", () => {
      const lines = problemsAfter((file) => {
        file.edges[0].source = "People’s Republic of China";
        file.edges[2].target = "ARF";
      });
      expect(lines).toContain(
        'graph/test.kg.json: edges[0].source "People’s Republic of China" is not a node key (did you mean "china"?)',
      );
      expect(lines).toContain(
        'graph/test.kg.json: edges[2].target "ARF" is not a node key (did you mean "asean-regional-forum"?)',
      );
    });

    it("says plainly when there is nothing close to suggest", () => {
      const [line] = problemsAfter((file) => {
        file.edges[0].source = "zzzzzzzz";
      });
      expect(line).toBe('graph/test.kg.json: edges[0].source "zzzzzzzz" is not a node key');
    });

    it("rejects a second edge with the same source, relation and target", () => {
      const lines = problemsAfter((file) => {
        file.edges.push({ ...file.edges[0], evidence: fromEssay("at the ASEAN Regional Forum") });
      });
      expect(lines).toEqual([
        "graph/test.kg.json: edges[3] repeats edges[0]: same source, relation and target",
      ]);
    });

    it("allows two relations between the same pair of nodes", () => {
      const file = curatedFixture();
      expect(file.edges[0].source).toBe(file.edges[1].source);
      expect(file.edges[0].target).toBe(file.edges[1].target);
      expect(validate(file).ok).toBe(true);
    });

    it("rejects an edge without evidence, or with an empty quote", () => {
      const lines = problemsAfter((file) => {
        file.edges[0].evidence = [];
        file.edges[1].evidence = fromEssay("  ");
        delete (file.edges[2] as Partial<(typeof file.edges)[number]>).evidence;
      });
      expect(lines).toEqual([
        "graph/test.kg.json: edges[0].evidence is empty: every edge needs at least one quote",
        "graph/test.kg.json: edges[1].evidence[0].quote is empty",
        "graph/test.kg.json: edges[2].evidence is missing",
      ]);
    });

    it("rejects evidence whose source is not a declared source", () => {
      const [line] = problemsAfter((file) => {
        file.edges[1].evidence[0].source = "esay";
      });
      expect(line).toBe(
        'graph/test.kg.json: edges[1].evidence[0].source "esay" is not a source id (did you mean "essay"?); sources are: essay',
      );
    });
  });

  describe("evidence", () => {
    it("accepts quotes whose whitespace and quote marks differ from the source", () => {
      const file = curatedFixture();
      file.edges[0].evidence = fromEssay('China formally   proposed the "new security concept"');
      file.edges[1].evidence = fromEssay("The concept's core is mutual trust,\n  mutual benefit");
      file.edges[2].evidence = fromEssay("at the ASEAN Regional Forum", "‘new security concept’");
      expect(validate(file).ok).toBe(true);
    });

    it("rejects a quote that is not verbatim, naming the source and where it diverges", () => {
      const [error] = errorsOf({
        ...curatedFixture(),
        edges: [
          {
            ...curatedFixture().edges[0],
            evidence: fromEssay("China formally proposed the new concept"),
          },
          ...curatedFixture().edges.slice(1),
        ],
      });
      expect(error.path).toBe("edges[0].evidence[0].quote");
      expect(error.message).toBe(
        '"China formally proposed the new concept" is not found verbatim in source "essay" ' +
          '(sources/essay.txt); it matches up to "China formally proposed the "',
      );
    });

    it("checks each quote against its own source", () => {
      const file = curatedFixture();
      file.sources.push({ id: "other", title: "Another text", path: "sources/other.txt" });
      file.edges[1].evidence[0].source = "other";
      file.edges[2].evidence.push({ quote: "Nothing about trust", source: "other" });
      file.edges[2].evidence.push({ quote: "Nothing about trust", source: "essay" });
      const result = validate(file, { ...SOURCE_TEXTS, other: "Nothing about trust here." });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
        'graph/test.kg.json: edges[1].evidence[0].quote "The concept’s core is mutual trust, mutual benefit" is not found verbatim in source "other" (sources/other.txt)',
        'graph/test.kg.json: edges[2].evidence[2].quote "Nothing about trust" is not found verbatim in source "essay" (sources/essay.txt); it matches up to "N"',
      ]);
    });

    it("accepts an edge backed by two documents, each quote verbatim in its own", () => {
      const file = curatedFixture();
      file.sources.push({ id: "other", title: "Another text", path: "sources/other.txt" });
      file.edges[2].evidence.push({ quote: "Nothing about trust", source: "other" });
      const result = validate(file, { ...SOURCE_TEXTS, other: "Nothing about trust here." });
      expect(result.ok && result.file.edges[2].evidence).toEqual([
        { quote: "at the ASEAN Regional Forum", source: "essay" },
        { quote: "Nothing about trust", source: "other" },
      ]);
    });

    it("rejects an item that is not { quote, source }, and unknown fields in one", () => {
      const lines = problemsAfter((file) => {
        (file.edges[0] as unknown as Record<string, unknown>).evidence = [
          42,
          { quote: "at the ASEAN Regional Forum" },
          { quote: "at the ASEAN Regional Forum", source: "essay", page: 3 },
        ];
      });
      expect(lines).toEqual([
        'graph/test.kg.json: edges[0].evidence[0] must be { "quote": …, "source": … }, not a number (42)',
        "graph/test.kg.json: edges[0].evidence[1].source is missing",
        "graph/test.kg.json: edges[0].evidence[2].page is not a field of the format; fields here are: quote, source",
      ]);
    });

    it("still reads the old shape (quote strings + sourceDoc), upgraded, with a note", () => {
      const file = curatedFixture() as unknown as { edges: Record<string, unknown>[] };
      file.edges[0].evidence = ["China formally proposed the “new security concept”"];
      file.edges[1].evidence = ["The concept’s core is mutual trust, mutual benefit"];
      file.edges[1].sourceDoc = "essay";
      const result = validate(file);
      if (!result.ok) throw new Error(result.errors.map(formatValidationError).join("\n"));
      expect(result.file.edges.map((edge) => edge.evidence)).toEqual(
        curatedFixture().edges.map((edge) => edge.evidence),
      );
      expect(result.file.edges[1]).not.toHaveProperty("sourceDoc");
      expect(result.notes).toEqual([
        'graph/test.kg.json: edges[0], edges[1] use the old evidence shape (quote strings, one sourceDoc per edge); read as [{ "quote": …, "source": … }]. Rewrite each quote as { "quote": "…", "source": "<source id>" } and drop sourceDoc.',
      ]);
    });

    it("checks old-shape quotes in their sourceDoc, and rejects an unknown one", () => {
      const lines = problemsAfter((file) => {
        const edges = file.edges as unknown as Record<string, unknown>[];
        edges[1].evidence = ["The concept’s core is mutual trust, mutual benefit"];
        edges[1].sourceDoc = "esay";
        edges[2].sourceDoc = "essay";
      });
      expect(lines).toEqual([
        'graph/test.kg.json: edges[1].sourceDoc "esay" is not a source id (did you mean "essay"?); sources are: essay',
        "graph/test.kg.json: edges[2].sourceDoc belongs to the old evidence shape (quote strings); here each evidence item names its source",
      ]);
    });

    it("reports a source whose text is missing once, not once per quote", () => {
      const result = validate(curatedFixture(), {});
      expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
        'graph/test.kg.json: sources[0].path "sources/essay.txt": no text found for source "essay"',
      ]);
    });
  });

  describe("dates", () => {
    it.each(["1997", "1997-03", "2002-07-31", "2000-02-29"])("accepts %s", (date) => {
      const file = curatedFixture();
      file.nodes[1].date = date;
      expect(validate(file).ok).toBe(true);
    });

    it.each([
      "97",
      "1997-3",
      "1997-13",
      "2001-02-29",
      "2002-04-31",
      "March 1997",
      "1997-03-01T00:00",
    ])("rejects %s", (date) => {
      const [line] = problemsAfter((file) => {
        file.edges[0].date = date;
      });
      expect(line).toBe(
        `graph/test.kg.json: edges[0].date ${JSON.stringify(date)} is not a valid date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
      );
    });
  });

  describe("nodes", () => {
    it("rejects an isolated node", () => {
      const lines = problemsAfter((file) => {
        file.nodes.push({ key: "alone", label: "Alone", nodeKind: "threat", description: "" });
      });
      expect(lines).toEqual(['graph/test.kg.json: nodes[3] "alone" is isolated: no edge links it']);
    });

    it("rejects an empty or blank label", () => {
      const lines = problemsAfter((file) => {
        file.nodes[0].label = "";
        file.nodes[1].label = "   ";
      });
      expect(lines).toEqual([
        "graph/test.kg.json: nodes[0].label is empty",
        "graph/test.kg.json: nodes[1].label is empty",
      ]);
    });
  });

  it("reports all problems of a file at once, in file order", () => {
    const lines = problemsAfter((file) => {
      file.nodes[0].nodeKind = "country";
      file.nodes[1].date = "1997-00";
      file.edges[0].relation = "propsed";
      file.edges[2].target = "arf";
      file.edges[2].evidence = fromEssay("at the UN");
    });
    expect(lines.map((line) => line.split(" ")[1])).toEqual([
      "nodes[0].nodeKind",
      "nodes[1].date",
      "nodes[2]",
      "edges[0].relation",
      "edges[2].target",
      "edges[2].evidence[0].quote",
    ]);
  });
});
