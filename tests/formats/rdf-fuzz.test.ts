// Whatever RDF a user drops (a truncated download, a hand edit, random bytes), the readers answer
// with a graph that keeps the contract or with a located error: no exception escapes, no hang.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GraphFile, readGraphFiles, serialise } from "../../src/formats/index.ts";
import { nastyGraph } from "./graphs.ts";

const RUNS = 150;

async function expectAnswer(file: GraphFile): Promise<void> {
  const result = await readGraphFiles([file]);
  if (!result.ok) {
    expect(result.error.file).toBe(file.name);
    expect(result.error.message.length).toBeGreaterThan(0);
    // The catch-all answer means a crash nobody foresaw.
    expect(result.error.message).not.toMatch(/^the file could not be read/);
    if (result.error.line !== undefined) expect(result.error.line).toBeGreaterThanOrEqual(1);
    return;
  }
  result.graph.forEachNode((_key, attributes) => {
    expect(typeof attributes.label).toBe("string");
    expect(typeof attributes.nodeKind).toBe("string");
    expect(attributes).not.toHaveProperty("type");
  });
  result.graph.forEachEdge((_key, attributes) => {
    expect(typeof attributes.relation).toBe("string");
    expect(Array.isArray(attributes.evidence)).toBe(true);
  });
}

/** A valid file with one edit: cut short, a slice deleted, text inserted, a character replaced. */
function mutated(text: string) {
  const position = fc.nat({ max: text.length });
  return fc.oneof(
    position.map((at) => text.slice(0, at)),
    fc
      .tuple(position, fc.nat({ max: 40 }))
      .map(([at, length]) => text.slice(0, at) + text.slice(at + length)),
    fc
      .tuple(position, fc.string({ unit: "binary", maxLength: 12 }))
      .map(([at, inserted]) => text.slice(0, at) + inserted + text.slice(at)),
    fc
      .tuple(
        position,
        fc.constantFrom(
          "<",
          ">",
          '"',
          "{",
          "}",
          "[",
          "]",
          ".",
          ";",
          ",",
          ":",
          "@",
          "\\",
          "_",
          "(",
          "|",
          "\u0000",
        ),
      )
      .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
  );
}

const graph = nastyGraph();
const valid: Record<string, string> = {
  "graph.ttl": serialise(graph, "ttl"),
  "reified.ttl": serialise(graph, "ttl", { evidence: "reified" }),
  "graph.nt": serialise(graph, "nt"),
  "graph.jsonld": serialise(graph, "jsonld"),
  "graph.nq":
    '<http://e/a> <http://e/p> <http://e/b> <http://e/g> .\n<http://e/b> <http://e/q> "x"@en .\n',
  "graph.trig":
    '@prefix e: <http://e/> .\ne:g { e:a e:p ( e:b [ e:q "x" ] ) . << e:a e:p e:b >> e:r "y" . }\n',
};

describe.each(Object.entries(valid))("mutations of %s", (name, text) => {
  it("never throw and always answer", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutated(text), (changed) => expectAnswer({ name, text: changed })),
      { numRuns: RUNS },
    );
  });
});

describe("any text named as RDF", () => {
  it.each(["x.ttl", "x.nt", "x.jsonld", "x.trig"])(
    "%s: never throws",
    { timeout: 60_000 },
    async (name) => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), (text) =>
          expectAnswer({ name, text }),
        ),
        { numRuns: RUNS },
      );
    },
  );
});
