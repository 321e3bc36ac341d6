import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  layOutInBackground,
  laysOutInWorker,
  PAGE_LAYOUT_MAX_NODES,
} from "../../src/layout/first-layout-async.ts";
import {
  BIG_GRAPH_NODES,
  deterministicLayout,
  layoutJob,
  positionsFromArray,
  runLayoutJob,
} from "../../src/layout/initial-layout.ts";
import type { Positions } from "../../src/layout/positions.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";

function chain(order: number): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (let index = 0; index < order; index++) {
    graph.addNode(`n${index}`, { label: `n${index}`, nodeKind: "actor" });
    if (index > 0) graph.addEdge(`n${index - 1}`, `n${index}`, { relation: "r", evidence: [] });
  }
  graph.addEdge("n0", "n0", { relation: "self", evidence: [] });
  graph.addEdge("n0", "n1", { relation: "again", evidence: [] });
  return graph;
}

describe("the first layout as a job for a worker", () => {
  it("gives the positions of deterministicLayout from the structure alone", () => {
    const graph = chain(150);
    const job = layoutJob(graph);
    expect(job.order).toBe(150);
    expect(job.ends.length).toBe(graph.size * 2);
    expect(positionsFromArray(graph.nodes(), runLayoutJob(job))).toEqual(
      deterministicLayout(graph),
    );
  });

  it("goes to a worker between the page's limit and the big-graph limit", () => {
    expect(laysOutInWorker(chain(PAGE_LAYOUT_MAX_NODES))).toBe(false);
    expect(laysOutInWorker(chain(PAGE_LAYOUT_MAX_NODES + 1))).toBe(true);
    expect(laysOutInWorker(chain(BIG_GRAPH_NODES + 1))).toBe(false);
  });

  it("lays out on this thread, after a turn, where no worker can start", async () => {
    const graph = chain(120);
    const positions = await new Promise<Positions>((resolve) => {
      layOutInBackground(graph, resolve);
    });
    expect(positions).toEqual(deterministicLayout(graph));
  });

  it("never answers once cancelled", async () => {
    let answered = false;
    const pending = layOutInBackground(chain(120), () => {
      answered = true;
    });
    pending.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
  });
});
