// Big GEXF files are parsed in the worker as they stream in (src/formats/stream-graph-file.ts):
// the progress bar moves while parsing, the graph that opens is the one the CLI's parser reads,
// Cancel part-way leaves the graph as it was, and a file cut short is refused with its place.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateGraph, splitSentences } from "../../bench/generate-graph.ts";
import { parseGraphFile, serialise } from "../../src/formats/index.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
/** Handing megabytes to the browser over the protocol can take long on a loaded machine. */
const UPLOAD = { timeout: 120_000 };
const fileInput = (page: Page) => page.getByLabel("Open graph file");
const sentences = splitSentences(readFileSync("graph/sources/new-security-concept.txt", "utf8"));

/** A synthetic knowledge graph as our GEXF: 1.5k nodes are about 5 MB, 3k about 10 MB. */
function gexfOf(nodes: number): string {
  const graph = generateGraph({ nodes, edges: nodes * 5, seed: 7, sentences });
  return serialise(MultiDirectedGraph.from(graph) as KnowledgeGraph, "gexf");
}

/** The opened graph's nodes and edges, without the positions the app's first layout adds. */
async function openedSample(page: Page, keys: { nodes: string[]; edges: string[] }) {
  return page.evaluate((wanted) => {
    const { graph } = (
      window as unknown as {
        __kg: { ctx: { dataset: { get(): { graph: import("graphology").MultiDirectedGraph } } } };
      }
    ).__kg.ctx.dataset.get();
    const strip = ({ x: _x, y: _y, ...rest }: Record<string, unknown>) => rest;
    return {
      nodes: wanted.nodes.map((key) => strip(graph.getNodeAttributes(key))),
      edges: wanted.edges.map((key) => [...graph.extremities(key), graph.getEdgeAttributes(key)]),
    };
  }, keys);
}

/** Page source: a GEXF of `nodes` nodes in a chain, chosen in the app's file input. */
function chooseGexfInPage({ name, nodes }: { name: string; nodes: number }) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3"><graph><nodes>\n'];
  for (let index = 0; index < nodes; index++) {
    parts.push(`<node id="n${index}" label="Node ${index} with a longer label"/>\n`);
  }
  parts.push("</nodes><edges>\n");
  for (let index = 1; index < nodes; index++) {
    parts.push(`<edge source="n${index - 1}" target="n${index}" label="next"/>\n`);
  }
  parts.push("</edges></graph></gexf>\n");
  const transfer = new DataTransfer();
  transfer.items.add(new File(parts, name, { type: "application/xml" }));
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Open graph file"]');
  if (!input) throw new Error("no file input");
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("streaming big files in the worker", () => {
  it("a 5 MB GEXF opens with a moving progress bar, as the CLI's parser reads it", {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await open();
    const text = gexfOf(1500);
    const shares: number[] = [];
    const watch = setInterval(() => {
      void page
        .getByRole("progressbar", { name: "Opening big.gexf" })
        .getAttribute("value", { timeout: 100 })
        .then((value) => value !== null && shares.push(Number(value)))
        .catch(() => {});
    }, 20);
    await fileInput(page).setInputFiles(
      {
        name: "big.gexf",
        mimeType: "application/xml",
        buffer: Buffer.from(text),
      },
      UPLOAD,
    );
    await expect
      .poll(async () => (await statusCounts(page)).nodesTotal, { timeout: 120_000 })
      .toBe(1500);
    clearInterval(watch);
    expect(
      shares.some((share) => share > 0 && share < 1),
      `progress seen: ${shares}`,
    ).toBe(true);
    const expected = parseGraphFile([{ name: "big.gexf", text }]);
    if (!expected.ok) throw new Error(expected.error.message);
    expect((await statusCounts(page)).edgesTotal).toBe(expected.graph.size);
    const keys = {
      nodes: expected.graph.nodes().slice(0, 40),
      edges: expected.graph.edges().slice(0, 40),
    };
    const strip = ({ x: _x, y: _y, ...rest }: Record<string, unknown>) => rest;
    expect(await openedSample(page, keys)).toEqual({
      nodes: keys.nodes.map((key) => strip(expected.graph.getNodeAttributes(key))),
      edges: keys.edges.map((key) => [
        ...expected.graph.extremities(key),
        expected.graph.getEdgeAttributes(key),
      ]),
    });
    expect(errors).toEqual([]);
  });

  it("Cancel part-way through a 22 MB GEXF keeps the graph, and the next file still opens", {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await open();
    const before = await statusCounts(page);
    // Built in the page and handed to the file input there: no 22 MB to send over the protocol.
    await page.evaluate(chooseGexfInPage, { name: "slow.gexf", nodes: 200_000 });
    const bar = page.getByRole("progressbar", { name: "Opening slow.gexf" });
    await expect
      .poll(async () => Number((await bar.getAttribute("value")) ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0.05);
    expect(Number(await bar.getAttribute("value"))).toBeLessThan(1);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "cancelled" }).textContent())
      .toContain("slow.gexf");
    expect(await page.getByRole("progressbar").count()).toBe(0);
    await page.waitForTimeout(1000);
    expect(await statusCounts(page)).toEqual(before);

    await fileInput(page).setInputFiles(
      {
        name: "small.gexf",
        mimeType: "application/xml",
        buffer: Buffer.from(gexfOf(50)),
      },
      UPLOAD,
    );
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(50);
    expect(errors).toEqual([]);
  });

  it("a GEXF cut short is refused with its file and line, and the graph stays", {
    timeout: 180_000,
  }, async () => {
    const { page } = await open();
    const before = await statusCounts(page);
    const text = gexfOf(3000);
    await fileInput(page).setInputFiles(
      {
        name: "cut.gexf",
        mimeType: "application/xml",
        buffer: Buffer.from(text.slice(0, Math.floor(text.length * 0.6))),
      },
      UPLOAD,
    );
    await expect
      .poll(() => page.getByRole("alert").textContent(), { timeout: 120_000 })
      .toMatch(/cut\.gexf:\d+:\d+: malformed XML: .*Fix: check the file is complete/);
    expect(await statusCounts(page)).toEqual(before);
  });
});
