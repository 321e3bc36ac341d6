// Graph -> RDF -> graph gives the same nodes, edges, relations and evidence, in every syntax and
// evidence form; and a third-party file -> graph -> Turtle keeps every resource-to-resource triple.
import { readFileSync } from "node:fs";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { type ExportFormat, readGraphFiles, serialise } from "../../src/formats/index.ts";
import { buildGraph } from "../../src/model/load.ts";
import type { CuratedFile, KnowledgeGraph } from "../../src/model/types.ts";
import { contractView, generatedGraph, nastyGraph } from "./graphs.ts";

const builtIn = () =>
  buildGraph(JSON.parse(readFileSync("graph/new-security-concept.kg.json", "utf8")) as CuratedFile);

async function readBack(text: string, name: string): Promise<KnowledgeGraph> {
  const result = await readGraphFiles([{ name, text }]);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.graph;
}

/** JSON-LD processors order statements by IRI, so views are compared in key order. */
function sortedView(graph: KnowledgeGraph) {
  const view = contractView(graph);
  const byKey = (a: { key: string }, b: { key: string }) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return { nodes: [...view.nodes].sort(byKey), edges: [...view.edges].sort(byKey) };
}

const CASES: [ExportFormat, "star" | "reified", string][] = [
  ["ttl", "star", "graph.ttl"],
  ["ttl", "reified", "graph.ttl"],
  ["nt", "star", "graph.nt"],
  ["nt", "reified", "graph.nt"],
  ["jsonld", "reified", "graph.jsonld"],
];

describe.each(CASES)("%s with %s evidence", (format, evidence, name) => {
  const roundTrip = (graph: KnowledgeGraph) =>
    readBack(serialise(graph, format, { evidence }), name);

  it("keeps the built-in graph: nodes, edges, relations, evidence, sources and title", async () => {
    const graph = builtIn();
    const back = await roundTrip(graph);
    expect(sortedView(back)).toEqual(sortedView(graph));
    if (format !== "jsonld") expect(contractView(back)).toEqual(contractView(graph));
    expect(back.getAttribute("sources")).toEqual(graph.getAttribute("sources"));
    expect(back.getAttribute("title")).toBe(graph.getAttribute("title"));
  });

  it("keeps strings with quotes, line breaks, markup and every script, and exact numbers", async () => {
    const graph = nastyGraph();
    expect(sortedView(await roundTrip(graph))).toEqual(sortedView(graph));
  });

  it("keeps a generated graph of 2,000 nodes", { timeout: 60_000 }, async () => {
    const graph = generatedGraph(2_000, 7);
    expect(sortedView(await roundTrip(graph))).toEqual(sortedView(graph));
  });
});

describe("Turtle as written", () => {
  it("attaches evidence with RDF-star and names kinds and relations in our namespaces", () => {
    const text = serialise(builtIn(), "ttl");
    expect(text).toContain("@prefix kg: <urn:kg-explorer:vocab:> .");
    expect(text).toContain("node:china a kind:actor ;");
    expect(text).toMatch(
      /<< node:china rel:proposed node:new-security-concept >> dcterms:date "1997-03"\^\^xsd:gYearMonth ;\n {4}kg:evidence \[ kg:quote "In March 1997/,
    );
    expect(text).toContain("dcterms:source src:new-security-concept ]");
  });

  it("keeps other attributes, lists and resources of imported graphs", async () => {
    const graph = nastyGraph();
    graph.setNodeAttribute("china", "tags", ["a", "b"]);
    graph.setNodeAttribute("china", "nested", { deep: [1, { x: null }] });
    graph.setNodeAttribute("china", "flag", false);
    const back = await readBack(serialise(graph, "ttl"), "g.ttl");
    expect(back.getNodeAttributes("china")).toMatchObject({
      tags: ["a", "b"],
      nested: { deep: [1, { x: null }] },
      flag: false,
    });
  });
});

describe("a third-party file through our graph", () => {
  const sources = [
    "tests/fixtures/rdf/w3c-test-manifest-vocabulary.ttl",
    "tests/fixtures/rdf/w3c-turtle12-eval-annotation-02.ttl",
  ];

  it.each(sources)("keeps every resource-to-resource triple of %s in Turtle", async (path) => {
    const text = readFileSync(path, "utf8");
    const graph = await readBack(text, path.split("/").pop() as string);
    const written = serialise(graph, "ttl");
    expect(resourceTriples(written)).toEqual(expect.arrayContaining(resourceTriples(text)));
    expect(resourceTriples(written).length).toBeGreaterThanOrEqual(resourceTriples(text).length);
  });
});

/** The triples between IRIs (blank node labels differ between files), as sorted text. */
function resourceTriples(text: string): string[] {
  const quads = new Parser({ format: "Turtle", baseIRI: "file:///x" }).parse(text);
  const found = new Set<string>();
  for (const { subject, predicate, object } of quads) {
    if (subject.termType !== "NamedNode" || object.termType !== "NamedNode") continue;
    found.add(`${subject.value} ${predicate.value} ${object.value}`);
  }
  return [...found].sort();
}
