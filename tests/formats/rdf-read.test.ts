// Reading RDF: the mapping of docs/rdf.md on small files written for each rule, the errors a
// user sees for broken files, and two real files from the W3C RDF test suite.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ParseResult, readGraphFiles } from "../../src/formats/index.ts";
import { createTripleStream } from "../../src/formats/rdf/read-triples.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";

const PREFIXES = `@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <http://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kg: <urn:kg-explorer:vocab:> .
`;

async function open(
  name: string,
  text: string,
  language = "en",
): Promise<ParseResult & { ok: true }> {
  const result = await readGraphFiles([{ name, text }], { language });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result;
}

async function failure(name: string, text: string) {
  const result = await readGraphFiles([{ name, text }]);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}

const node = (graph: KnowledgeGraph, key: string) => graph.getNodeAttributes(key);

describe("RDF to graph: nodes", () => {
  const people = `${PREFIXES}
ex:anna a foaf:Person ;
  rdfs:label "Anna"@en, "Anne"@fr, "Anna"@de ;
  skos:altLabel "Annie" ;
  rdfs:comment "A person."@en, "Eine Person."@de ;
  schema:birthDate "1990-05-17"^^xsd:date ;
  ex:height "1.72"^^xsd:decimal ;
  foaf:knows ex:bob .
ex:bob foaf:name "Bob" ; skos:prefLabel "Robert" ; a ex:Employee, foaf:Person .
ex:Employee rdfs:subClassOf foaf:Person .
`;

  it("takes labels in the documented order, the reader's language first, others as aliases", async () => {
    const { graph } = await open("people.ttl", people);
    expect(node(graph, "http://example.org/anna")).toMatchObject({
      label: "Anna",
      aliases: ["Annie", "Anne"],
      description: "A person.",
      date: "1990-05-17",
      nodeKind: "foaf:Person",
      "ex:height": 1.72,
    });
    // skos:prefLabel comes before foaf:name; the other name is an alias.
    expect(node(graph, "http://example.org/bob")).toMatchObject({
      label: "Robert",
      aliases: ["Bob"],
    });
    const german = await open("people.ttl", people, "de-AT");
    expect(node(german.graph, "http://example.org/anna").description).toBe("Eine Person.");
    expect(node(german.graph, "http://example.org/anna").aliases).toEqual(["Annie", "Anne"]);
  });

  it("picks the most specific of several types and keeps all of them", async () => {
    const { graph } = await open("people.ttl", people);
    expect(node(graph, "http://example.org/bob").nodeKind).toBe("ex:Employee");
    expect(node(graph, "http://example.org/bob")["rdf:type"]).toEqual([
      "http://example.org/Employee",
      "http://xmlns.com/foaf/0.1/Person",
    ]);
  });

  it("turns resource-to-resource triples into edges named by prefixed predicates", async () => {
    const { graph } = await open("people.ttl", people);
    const edges = graph.mapEdges((_key, attributes, source, target) => [
      source,
      attributes.relation,
      target,
    ]);
    expect(edges).toEqual([
      ["http://example.org/anna", "foaf:knows", "http://example.org/bob"],
      ["http://example.org/Employee", "rdfs:subClassOf", "http://xmlns.com/foaf/0.1/Person"],
    ]);
    // A class used only as a type is not a node; one linked to another class is.
    expect(graph.hasNode("http://xmlns.com/foaf/0.1/Person")).toBe(true);
    expect(graph.getAttribute("prefixes")).toMatchObject({ ex: "http://example.org/" });
  });

  it("labels unlabelled resources with their prefixed names, blank nodes with their labels", async () => {
    const { graph } = await open(
      "chain.ttl",
      `${PREFIXES} ex:a ex:address [ ex:city ex:paris ; ex:street "Rue 1" ] .`,
    );
    expect(node(graph, "http://example.org/a").label).toBe("ex:a");
    const blank = graph.nodes().find((key) => key.startsWith("_:")) as string;
    expect(node(graph, blank)["ex:street"]).toBe("Rue 1");
    expect(graph.outNeighbors(blank)).toEqual(["http://example.org/paris"]);
  });

  it("keeps a resource with values but no links as an unlinked node, and says so", async () => {
    const { graph, warnings } = await open(
      "alone.ttl",
      `${PREFIXES} ex:alone rdfs:label "Alone" .`,
    );
    expect(graph.order).toBe(1);
    expect(node(graph, "http://example.org/alone").label).toBe("Alone");
    expect(warnings.join("\n")).toMatch(/no link to another resource/);
  });

  it("keeps RDF lists as rdf:first/rdf:rest chains, and says so", async () => {
    const { graph, warnings } = await open(
      "list.ttl",
      `${PREFIXES} ex:a ex:members ( ex:x ex:y ) .`,
    );
    const relations = graph.mapEdges((_key, attributes) => attributes.relation);
    expect(relations.filter((relation) => relation === "rdf:first")).toHaveLength(2);
    expect(warnings.join("\n")).toMatch(/RDF lists kept/);
  });
});

describe("RDF to graph: evidence", () => {
  const evidence = `${PREFIXES}
@prefix src: <urn:kg-explorer:source:> .
src:essay a kg:Source ; dcterms:title "The essay" ; kg:path "essay.txt" .
ex:china ex:proposed ex:nsc .
<< ex:china ex:proposed ex:nsc >> dcterms:date "1997"^^xsd:gYear ;
  kg:evidence [ kg:quote "China proposed it." ; dcterms:source src:essay ] .
`;

  it("reads RDF-star annotations as the edge's evidence, date and source document", async () => {
    const { graph } = await open("star.ttl", evidence);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edges()[0])).toMatchObject({
      relation: "ex:proposed",
      date: "1997",
      evidence: [{ quote: "China proposed it.", source: "essay" }],
    });
    expect(graph.getAttribute("sources")).toEqual([
      { id: "essay", title: "The essay", path: "essay.txt" },
    ]);
  });

  it("reads the same from a classic rdf:Statement and from annotation syntax", async () => {
    const reified = evidence
      .replace(
        "<< ex:china ex:proposed ex:nsc >>",
        "[] a rdf:Statement ; rdf:subject ex:china ; rdf:predicate ex:proposed ; rdf:object ex:nsc ;",
      )
      .replace(
        PREFIXES,
        `${PREFIXES}@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n`,
      );
    const annotated = `${PREFIXES}
ex:china ex:proposed ex:nsc {| kg:evidence [ kg:quote "China proposed it." ] |} .`;
    for (const text of [reified, annotated]) {
      const { graph } = await open("reified.ttl", text);
      expect(graph.order).toBe(2);
      expect(graph.getEdgeAttributes(graph.edges()[0]).evidence).toMatchObject([
        { quote: "China proposed it." },
      ]);
    }
  });

  it("adds an edge for a reified statement the file does not assert, and says so", async () => {
    const { graph, warnings } = await open(
      "claim.ttl",
      `${PREFIXES} << ex:a ex:says ex:b >> kg:evidence [ kg:quote "A says B." ] .`,
    );
    expect(graph.size).toBe(1);
    expect(warnings.join("\n")).toMatch(/not asserted/);
  });

  it("reads a real RDF 1.2 annotation file (W3C test suite) into one edge with its reifier's values", async () => {
    const text = readFileSync("tests/fixtures/rdf/w3c-turtle12-eval-annotation-02.ttl", "utf8");
    const { graph } = await open("turtle12-eval-annotation-02.ttl", text);
    const [edge] = graph.edges("http://example/s", "http://example/o");
    expect(graph.getEdgeAttribute(edge, "relation")).toBe(":p");
    expect(graph.getEdgeAttribute(edge, ":source")).toHaveLength(2);
  });
});

describe("named graphs and JSON-LD", () => {
  it("makes the named graphs of N-Quads sources of their edges", async () => {
    const { graph, format } = await open(
      "quads.nq",
      '<http://e/a> <http://e/p> <http://e/b> <http://e/g1> .\n<http://e/b> <http://e/p> <http://e/c> .\n<http://e/g1> <http://purl.org/dc/terms/title> "Graph one" <http://e/g1> .\n',
    );
    expect(format).toBe("nquads");
    expect(graph.getAttribute("sources")).toEqual([
      { id: "http://e/g1", title: "Graph one", path: "" },
    ]);
    expect(graph.getEdgeAttribute(graph.edges()[0], "namedGraph")).toBe("http://e/g1");
    expect(graph.order).toBe(3);
  });

  const compacted = {
    "@context": {
      schema: "http://schema.org/",
      name: "schema:name",
      knows: { "@id": "schema:knows", "@type": "@id" },
    },
    "@graph": [
      { "@id": "http://e/ada", "@type": "schema:Person", name: "Ada", knows: "http://e/bo" },
      { "@id": "http://e/bo", "@type": "schema:Person", name: "Bo" },
    ],
  };

  it("reads compacted and expanded JSON-LD alike", async () => {
    const expanded = [
      {
        "@id": "http://e/ada",
        "@type": ["http://schema.org/Person"],
        "http://schema.org/name": [{ "@value": "Ada" }],
        "http://schema.org/knows": [{ "@id": "http://e/bo" }],
      },
      { "@id": "http://e/bo", "http://schema.org/name": [{ "@value": "Bo" }] },
    ];
    for (const [name, document] of [
      ["people.jsonld", compacted],
      ["people.json", expanded],
    ] as const) {
      const { graph, format } = await open(name, JSON.stringify(document));
      expect(format).toBe("jsonld");
      expect(node(graph, "http://e/ada")).toMatchObject({
        label: "Ada",
        nodeKind: "schema:Person",
      });
      expect(graph.getEdgeAttribute(graph.edges()[0], "relation")).toBe("schema:knows");
    }
  });

  it("refuses a remote @context, naming it, without fetching", async () => {
    const error = await failure(
      "remote.jsonld",
      JSON.stringify({ "@context": "https://schema.org/", name: "Ada" }),
    );
    expect(error.message).toContain('"https://schema.org/"');
    expect(error.message).toMatch(/never fetched/);
    expect(error.fix).toMatch(/context object itself/);
  });

  it("names line and column of a JSON syntax error", async () => {
    const error = await failure("bad.jsonld", '{\n  "@id": "http://e/a",\n  "x": }');
    expect(error).toMatchObject({ file: "bad.jsonld", line: 3, column: 8 });
  });
});

describe("broken RDF", () => {
  it("names line and column of a Turtle syntax error", async () => {
    const error = await failure("bad.ttl", `${PREFIXES}ex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n`);
    expect(error).toMatchObject({ file: "bad.ttl", line: 10 });
    expect(error.message).toMatch(/^Turtle syntax error/);
  });

  it("names an undeclared prefix and how to declare it", async () => {
    const error = await failure("bad.ttl", `${PREFIXES}ex:a ex:b nope:c .`);
    expect(error).toMatchObject({ line: 9, column: 11 });
    expect(error.message).toContain('undefined prefix "nope:"');
    expect(error.fix).toContain("@prefix nope:");
  });

  it("refuses RDF/XML with a way forward", async () => {
    const error = await failure(
      "data.xml",
      '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>',
    );
    expect(error.message).toMatch(/RDF\/XML is not read/);
  });

  it("tells Turtle by its content when the extension says nothing", async () => {
    const { format } = await open("graph.txt", `# a comment\n${PREFIXES}ex:a ex:b ex:c .`);
    expect(format).toBe("trig");
  });
});

describe("streaming", () => {
  it("gives the same graph whatever the pieces the text arrives in", async () => {
    const text = `${PREFIXES}ex:é rdfs:label "Zoë" ; ex:p ex:b .\n<< ex:é ex:p ex:b >> kg:evidence [ kg:quote "q" ] .\n`;
    const whole = createTripleStream("a.ttl", "turtle");
    whole.push(text);
    const expected = whole.end();
    for (const size of [1, 3, 17]) {
      const stream = createTripleStream("a.ttl", "turtle");
      for (let at = 0; at < text.length; at += size) stream.push(text.slice(at, at + size));
      expect(stream.end()).toMatchObject({
        ok: true,
        raw: { nodes: expected.ok ? expected.raw.nodes : [] },
      });
    }
  });
});

describe("a real vocabulary (W3C test manifest vocabulary)", () => {
  it("opens with its classes, properties and comments", async () => {
    const text = readFileSync("tests/fixtures/rdf/w3c-test-manifest-vocabulary.ttl", "utf8");
    const { graph } = await open("test-manifest.ttl", text);
    const manifest = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#Manifest";
    expect(node(graph, manifest)).toMatchObject({
      nodeKind: "rdfs:Class",
      description: "The class of manifests",
      label: ":Manifest",
    });
    const relations = new Set(graph.mapEdges((_key, attributes) => attributes.relation));
    expect(relations).toContain("rdfs:domain");
    expect(relations).toContain("rdfs:range");
  });
});
