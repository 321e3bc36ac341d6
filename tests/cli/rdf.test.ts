// `kg export --format ttl|nt|jsonld` and `kg import` of RDF: the CLI ends of the RDF mapping.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { runKg } from "./in-process.ts";

const folder = mkdtempSync(join(tmpdir(), "kg-rdf-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const kg = (...args: string[]) => runKg(folder, args);

describe("kg export to RDF", () => {
  it("writes the built-in graph as Turtle with RDF-star evidence that parses", async () => {
    const { code, stdout } = await kg("export", "--format", "ttl");
    expect(code).toBe(0);
    const quads = new Parser({ format: "Turtle" }).parse(stdout);
    const reifies = quads.filter((quad) => quad.predicate.value.endsWith("#reifies"));
    expect(reifies.length).toBeGreaterThan(100);
  });

  it("writes N-Triples with classic reification when asked, and JSON-LD to a file", async () => {
    const nt = await kg("export", "--format", "nt", "--evidence", "reified");
    expect(nt.code).toBe(0);
    expect(nt.stdout).toContain("<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>");
    expect(nt.stdout).not.toContain("<<(");
    const out = join(folder, "china.jsonld");
    const jsonld = await kg("export", "--format", "jsonld", "--focus", "China", "--out", out);
    expect(jsonld.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))["@context"]).toMatchObject({
      kg: "urn:kg-explorer:vocab:",
    });
  });

  it("refuses --evidence for formats without it, and an unknown form", async () => {
    expect((await kg("export", "--format", "json", "--evidence", "star")).stderr).toBe(
      "kg export: --evidence applies to --format ttl and nt only\n",
    );
    const unknown = await kg("export", "--format", "ttl", "--evidence", "stars");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean "star"/);
  });
});

describe("kg import of RDF", () => {
  it("converts Turtle to graphology JSON, labels in the language asked for", async () => {
    const path = join(folder, "people.ttl");
    writeFileSync(
      path,
      '@prefix ex: <http://e/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\nex:a rdfs:label "Anna"@en, "Anne"@fr ; ex:knows ex:b .\n',
    );
    const { code, stdout, stderr } = await kg("import", path, "--lang", "fr");
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.nodes[0]).toMatchObject({ key: "http://e/a", attributes: { label: "Anne" } });
    expect(data.edges[0].attributes.relation).toBe("ex:knows");
    expect(stderr).toMatch(/^note: nodes without a kind given the kind "node"/);
  });

  it("names the line and prefix of a broken Turtle file, exit 2", async () => {
    const path = join(folder, "broken.ttl");
    writeFileSync(path, "@prefix ex: <http://e/> .\nex:a ex:b missing:c .\n");
    const { code, stderr } = await kg("import", path, "--to", "ttl");
    expect(code).toBe(2);
    expect(stderr).toBe(
      'broken.ttl:2:11: Turtle syntax error: undefined prefix "missing:" Fix: declare the prefix before its first use: @prefix missing: <http://…/> .\n',
    );
  });
});
