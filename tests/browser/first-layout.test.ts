// The first layout of a graph of a few thousand nodes runs in a worker: the page draws the seeded
// start at once, stays usable, and the nodes then move to exactly the positions the
// deterministic layout gives (computed here in Node by the same function).
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { deterministicLayout, seededStart } from "../../src/layout/initial-layout.ts";
import { seededRandom } from "../../src/layout/seeded-random.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

/** 1,000 nodes, each linked to two earlier ones: seconds of ForceAtlas2 on this machine. */
const NODES = 1000;

function generatedGraph() {
  const random = seededRandom(7);
  const nodes = Array.from({ length: NODES }, (_, index) => ({
    key: `n${index}`,
    attributes: { label: `Node ${index}` },
  }));
  const edges = nodes.slice(1).flatMap((_, index) =>
    [0, 1].map(() => ({
      source: `n${index + 1}`,
      target: `n${Math.floor(random() * (index + 1))}`,
      attributes: { relation: "links" },
    })),
  );
  return { nodes, edges };
}

function asGraph(data: ReturnType<typeof generatedGraph>): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const { key, attributes } of data.nodes) graph.addNode(key, { ...attributes, nodeKind: "" });
  for (const { source, target } of data.edges) {
    graph.addEdge(source, target, { relation: "links", evidence: [] });
  }
  return graph;
}

/** Every node's x, y as the page's graph holds them. */
function pagePositions(page: Page) {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as { __kg: { sigma: SigmaGraph } }).__kg;
    const positions: [string, { x: number; y: number }][] = [];
    sigma.getGraph().forEachNode((key, { x, y }) => {
      positions.push([key, { x, y }]);
    });
    return positions;
  });
}

interface SigmaGraph {
  getGraph(): {
    forEachNode(callback: (key: string, attributes: { x: number; y: number }) => void): void;
  };
}

const stageState = (page: Page) =>
  page.evaluate(() => document.getElementById("stage")?.dataset.firstLayout);

describe("the first layout in a worker", () => {
  it("draws the seeded start at once, answers meanwhile, then moves to the deterministic layout", {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await open();
    expect(await stageState(page)).toBe("done");
    const data = generatedGraph();
    const graph = asGraph(data);
    await page.getByLabel("Open graph file").setInputFiles({
      name: "a-thousand.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(NODES);
    // Drawn at once at the seeded start, while the worker lays it out.
    expect(await stageState(page)).toBe("pending");
    expect(new Map(await pagePositions(page))).toEqual(seededStart(graph));
    // The page answers meanwhile: hovering a node dims what is not its neighbour.
    const dimmed = await page.evaluate(() => {
      const kg = (window as unknown as { __kg: KgHandle }).__kg;
      kg.setHover("n0");
      return kg.nodeState("n999");
    });
    expect(dimmed).not.toBe(0);
    expect(await stageState(page)).toBe("pending");
    await page.evaluate(() => (window as unknown as { __kg: KgHandle }).__kg.setHover(null));
    await expect.poll(() => stageState(page), { timeout: 150_000 }).toBe("done");
    expect(new Map(await pagePositions(page))).toEqual(deterministicLayout(graph));
    expect(errors).toEqual([]);
  });
});

interface KgHandle {
  setHover(key: string | null): void;
  nodeState(key: string): number;
}
