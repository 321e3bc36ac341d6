// Whatever a user drops on the app (random bytes, a truncated download, a hand-edited file),
// parseGraphFile answers with a graph that keeps the contract or with a structured error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type GraphFile,
  parseGraphFile,
  serialise,
  serialiseCsv,
} from "../../src/formats/index.ts";
import { nastyGraph } from "./graphs.ts";

const RUNS = 200;

function expectAnswer(files: GraphFile[]): void {
  const result = parseGraphFile(files);
  if (!result.ok) {
    expect(typeof result.error.file).toBe("string");
    expect(result.error.message.length).toBeGreaterThan(0);
    // The catch-all answer means a crash nobody foresaw; every foreseeable problem has its own.
    expect(result.error.message).not.toMatch(/^the file could not be read/);
    if (result.error.line !== undefined) expect(result.error.line).toBeGreaterThanOrEqual(1);
    return;
  }
  // Whatever was accepted satisfies the contract the explorer reads.
  const { graph } = result;
  expect(graph.type).toBe("directed");
  graph.forEachNode((_key, attributes) => {
    expect(typeof attributes.label).toBe("string");
    expect(typeof attributes.nodeKind).toBe("string");
    expect(attributes).not.toHaveProperty("type");
  });
  graph.forEachEdge((_key, attributes) => {
    expect(typeof attributes.relation).toBe("string");
    expect(Array.isArray(attributes.evidence)).toBe(true);
    expect(attributes).not.toHaveProperty("type");
  });
}

/** A valid file with one edit: cut short, a slice deleted, text inserted, or a character replaced. */
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
          ",",
          "\n",
          "{",
          "}",
          "[",
          "]",
          "&",
          "\u0000",
          "'",
          "\\",
          ":",
        ),
      )
      .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
  );
}

const small = nastyGraph();
const csv = serialiseCsv(small);
const valid: Record<string, string> = {
  "graph.json": serialise(small, "json"),
  "graph.gexf": serialise(small, "gexf"),
  "graph.graphml": serialise(small, "graphml"),
  "edges.csv": csv.edges,
};

describe("parseGraphFile never throws", () => {
  it.each(Object.keys(valid))("on random text named %s", (name) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) =>
        expectAnswer([{ name, text }]),
      ),
      { numRuns: RUNS },
    );
  });

  it.each(Object.entries(valid))("on mutated copies of a valid %s", (name, text) => {
    fc.assert(
      fc.property(mutated(text), (changed) => expectAnswer([{ name, text: changed }])),
      { numRuns: RUNS },
    );
  });

  it("on a mutated nodes file beside a valid edge list", () => {
    fc.assert(
      fc.property(mutated(csv.nodes), (nodes) =>
        expectAnswer([
          { name: "edges.csv", text: csv.edges },
          { name: "nodes.csv", text: nodes },
        ]),
      ),
      { numRuns: RUNS },
    );
  });

  it("on random JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expectAnswer([{ name: "graph.json", text: JSON.stringify(value) ?? "" }]),
      ),
      { numRuns: RUNS },
    );
  });

  it("on graph-shaped JSON with random keys, ends and attributes", () => {
    const node = fc.record(
      {
        key: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        attributes: fc.dictionary(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const edge = fc.record(
      {
        key: fc.string(),
        source: fc.constantFrom("a", "b", 1, ""),
        target: fc.constantFrom("a", "b", 2),
        undirected: fc.boolean(),
        attributes: fc.dictionary(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: ["source", "target"] },
    );
    fc.assert(
      fc.property(
        fc.array(node, { maxLength: 6 }),
        fc.array(edge, { maxLength: 6 }),
        (nodes, edges) =>
          expectAnswer([
            {
              name: "graph.json",
              text: JSON.stringify({ nodes: [{ key: "a" }, { key: "b" }, ...nodes], edges }),
            },
          ]),
      ),
      { numRuns: RUNS },
    );
  });
});
