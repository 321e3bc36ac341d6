// A big graph is drawn nodes first, then its edges stream in (src/view/edge-stream.ts, which
// reaches into sigma's edge cache and program index). This fails loudly if sigma draws a new
// graph another way: the first frame must hold the nodes and every edge hidden in its program
// slot, and once streamed every edge must be drawn exactly as a full refresh draws it.
import { describe, expect, it } from "vitest";
import { openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

interface DisplayData {
  hidden: boolean;
  color: string;
  size: number;
  type?: string;
}
interface Kg {
  sigma: {
    getGraph(): { constructor: new () => GraphLike };
    getEdgeDisplayData(key: string): DisplayData | undefined;
    getNodeDisplayData(key: string): { x: number } | undefined;
    refresh(): void;
  };
  ctx: {
    dataset: { update(change: (dataset: object) => object): void };
    renderer: { edgeProgress: { get(): { drawn: number; total: number } } };
  };
}
interface GraphLike {
  addNode(key: string, attributes: object): void;
  addEdge(source: string, target: string, attributes: object): string;
  edges(): string[];
}

/** Just over the streaming threshold (20,000 edges), so SwiftShader draws it in reasonable time. */
const NODES = 4002;
const EDGES_PER_NODE = 5;

describe("edges streamed in after the nodes", () => {
  it("draws the nodes first, then every edge as a full refresh would", {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await open();
    const first = await page.evaluate(
      ({ nodes, perNode }) => {
        const kg = (window as unknown as { __kg: Kg }).__kg;
        const Graph = kg.sigma.getGraph().constructor;
        const graph = new Graph();
        // Placed already (x, y), so no first layout moves them meanwhile.
        for (let i = 0; i < nodes; i++) {
          graph.addNode(`n${i}`, { label: `Node ${i}`, x: i % 64, y: Math.floor(i / 64) });
        }
        for (let i = 1; i < nodes; i++) {
          for (let k = 0; k < perNode; k++) {
            const j = (i * 7919 + k * 104_729) % i;
            graph.addEdge(`n${i}`, `n${j}`, { relation: k % 2 ? "links" : "cites", evidence: [] });
          }
        }
        kg.ctx.dataset.update(() => ({ graph, sourceTexts: {}, name: "many", isBuiltIn: false }));
        const edges = graph.edges();
        const sample = [edges[0], edges[Math.floor(edges.length / 2)], edges[edges.length - 1]];
        return {
          progress: kg.ctx.renderer.edgeProgress.get(),
          nodeDrawn: kg.sigma.getNodeDisplayData("n4001") !== undefined,
          barShown: document.querySelector<HTMLElement>(".edge-progress")?.hidden === false,
          hidden: sample.map((edge) => kg.sigma.getEdgeDisplayData(edge)?.hidden),
        };
      },
      { nodes: NODES, perNode: EDGES_PER_NODE },
    );
    const total = (NODES - 1) * EDGES_PER_NODE;
    expect(first.progress).toEqual({ drawn: 0, total });
    expect(first.nodeDrawn).toBe(true);
    expect(first.barShown).toBe(true);
    expect(first.hidden).toEqual([true, true, true]);
    const bar = page.getByRole("progressbar", { name: "Drawing edges" });
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (window as unknown as { __kg: Kg }).__kg.ctx.renderer.edgeProgress.get().drawn,
          ),
        {
          timeout: 150_000,
        },
      )
      .toBe(total);
    await expect.poll(() => bar.isHidden()).toBe(true);
    const compared = await page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: Kg }).__kg;
      const graph = sigma.getGraph() as unknown as GraphLike;
      const edges = graph.edges();
      const look = (edge: string) => {
        const data = sigma.getEdgeDisplayData(edge) as DisplayData;
        return { hidden: data.hidden, color: data.color, size: data.size, type: data.type };
      };
      const streamed = edges.map(look);
      sigma.refresh();
      const refreshed = edges.map(look);
      const differing = edges.filter(
        (_, i) => JSON.stringify(streamed[i]) !== JSON.stringify(refreshed[i]),
      );
      return {
        differing: differing.slice(0, 5),
        hiddenLeft: streamed.filter((d) => d.hidden).length,
      };
    });
    expect(compared).toEqual({ differing: [], hiddenLeft: 0 });
    expect(errors).toEqual([]);
  });
});
