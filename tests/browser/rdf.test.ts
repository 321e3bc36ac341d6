// Opening RDF in the explorer: a Turtle file and a JSON-LD file give the nodes, labels, kinds and
// relations of the mapping (docs/rdf.md), with full IRIs and evidence in Details.
import { Parser } from "n3";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
const details = (page: Page) => page.getByRole("region", { name: "Details" });
const fileInput = (page: Page) => page.getByLabel("Open graph file");

const TURTLE = `@prefix ex: <http://example.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <urn:kg-explorer:vocab:> .
ex:ada a foaf:Person ; rdfs:label "Ada Lovelace" ; foaf:knows ex:charles .
ex:charles a foaf:Person ; foaf:name "Charles Babbage" ; foaf:made ex:engine .
ex:engine a ex:Machine ; rdfs:label "Analytical Engine" .
<< ex:ada foaf:knows ex:charles >> kg:evidence [ kg:quote "Ada met Charles in 1833." ] .
`;

const JSON_LD = {
  "@context": {
    schema: "http://schema.org/",
    name: "schema:name",
    author: { "@id": "schema:author", "@type": "@id" },
  },
  "@graph": [
    {
      "@id": "http://example.org/book",
      "@type": "schema:Book",
      name: "Notes",
      author: "http://example.org/ada",
    },
    { "@id": "http://example.org/ada", "@type": "schema:Person", name: "Ada" },
    {
      "@id": "http://example.org/bob",
      "@type": "schema:Person",
      name: "Bob",
      "schema:knows": { "@id": "http://example.org/ada" },
    },
  ],
};

async function showFirstLink(page: Page, name: string): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search" });
  await search.fill(name);
  await search.press("Enter");
  await expect
    .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
    .toBe(name);
  await details(page)
    .getByRole("button", { name: /^Show link/ })
    .first()
    .click();
}

describe("opening RDF", () => {
  it("opens Turtle: counts, labels, kinds, an edge's relation, IRI and evidence in Details", async () => {
    const { page, errors } = await open();
    await fileInput(page).setInputFiles({
      name: "people.ttl",
      mimeType: "text/turtle",
      buffer: Buffer.from(TURTLE),
    });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(3);
    expect((await statusCounts(page)).edgesTotal).toBe(2);
    const legend = (await page.getByRole("region", { name: "Legend" }).textContent()) ?? "";
    expect(legend).toContain("foaf:Person");
    expect(legend).toContain("ex:Machine");
    expect(legend).toContain("foaf:knows");

    await showFirstLink(page, "Ada Lovelace");
    const text = (await details(page).textContent()) ?? "";
    expect(text).toContain("foaf:knows");
    expect(text).toContain("Predicate: http://xmlns.com/foaf/0.1/knows");
    expect(text).toContain("Ada met Charles in 1833.");
    expect(text).toContain("Charles Babbage");
    expect(errors).toEqual([]);
  });

  it("opens JSON-LD: counts, labels, kinds and an edge's relation in Details", async () => {
    const { page, errors } = await open();
    await fileInput(page).setInputFiles({
      name: "books.jsonld",
      mimeType: "application/ld+json",
      buffer: Buffer.from(JSON.stringify(JSON_LD)),
    });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(3);
    expect((await statusCounts(page)).edgesTotal).toBe(2);
    const legend = (await page.getByRole("region", { name: "Legend" }).textContent()) ?? "";
    expect(legend).toContain("schema:Book");
    expect(legend).toContain("schema:Person");

    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Notes");
    await search.press("Enter");
    await expect.poll(() => details(page).textContent()).toContain("http://example.org/book");
    expect(await details(page).textContent()).toContain("schema:Book");
    await details(page)
      .getByRole("button", { name: /^Show link/ })
      .first()
      .click();
    await expect.poll(() => details(page).textContent()).toContain("schema:author");
    expect(await details(page).textContent()).toContain("Predicate: http://schema.org/author");
    expect(errors).toEqual([]);
  });

  it("a Turtle syntax error names line and column and keeps the graph", async () => {
    const { page } = await open();
    const before = await statusCounts(page);
    await fileInput(page).setInputFiles({
      name: "bad.ttl",
      mimeType: "text/turtle",
      buffer: Buffer.from("@prefix ex: <http://e/> .\nex:a ex:b nope:c .\n"),
    });
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain('bad.ttl:2:11: Turtle syntax error: undefined prefix "nope:"');
    expect(await statusCounts(page)).toEqual(before);
  });

  it("streams a big N-Triples file in the worker with progress; Cancel keeps the graph", {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await open();
    const before = await statusCounts(page);
    const lines = (count: number) =>
      Array.from(
        { length: count },
        (_, index) =>
          `<http://example.org/n${index}> <http://example.org/next> <http://example.org/n${index + 1}> .\n` +
          `<http://example.org/n${index}> <http://www.w3.org/2000/01/rdf-schema#label> "Node ${index} ${"z".repeat(300)}" .\n`,
      ).join("");
    const slow = Buffer.from(lines(15_000));
    await fileInput(page).setInputFiles({
      name: "slow.nt",
      mimeType: "application/n-triples",
      buffer: slow,
    });
    await page.getByRole("progressbar", { name: "Opening slow.nt" }).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "cancelled" }).textContent())
      .toContain("slow.nt");
    expect(await statusCounts(page)).toEqual(before);

    const big = Buffer.from(lines(6_000));
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const sawProgress = page
      .getByRole("progressbar", { name: "Opening big.nt" })
      .waitFor({ timeout: 20_000 })
      .then(() => true);
    await fileInput(page).setInputFiles({
      name: "big.nt",
      mimeType: "application/n-triples",
      buffer: big,
    });
    await expect
      .poll(async () => (await statusCounts(page)).nodesTotal, { timeout: 60_000 })
      .toBe(6_001);
    expect(await sawProgress).toBe(true);
    expect((await statusCounts(page)).edgesTotal).toBe(6_000);
    expect(errors).toEqual([]);
  });

  it("the Export panel writes the whole built-in graph as Turtle with its evidence", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const panel = page.getByRole("region", { name: "Export" });
    await panel.getByRole("radio", { name: "Whole graph" }).check();
    await panel.getByRole("radio", { name: "Turtle" }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ttl$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const quads = new Parser({ format: "Turtle" }).parse(Buffer.concat(chunks).toString("utf8"));
    const edges = quads.filter((quad) =>
      quad.predicate.value.startsWith("urn:kg-explorer:relation:"),
    );
    expect(edges).toHaveLength(122);
    expect(quads.some((quad) => quad.predicate.value === "urn:kg-explorer:vocab:quote")).toBe(true);
    expect(errors).toEqual([]);
  });
});
