// The first layout off the page's main thread: ForceAtlas2 + noverlap on a few thousand nodes
// takes seconds, so the page draws the seeded start at once and the worker
// (first-layout-worker.ts) computes the same deterministic positions meanwhile. Tiny graphs are
// still laid out on the page: the result is there before the first frame, and moving nodes a
// moment after the page appears would cost more than it saves.
import type { KnowledgeGraph } from "../model/types.ts";
import type { FirstLayoutReply } from "./first-layout-worker.ts";
import {
  BIG_GRAPH_NODES,
  type InitialLayoutOptions,
  layoutJob,
  positionsFromArray,
  runLayoutJob,
} from "./initial-layout.ts";
import type { Positions } from "./positions.ts";

/**
 * Up to this many nodes the page lays out by itself. The built-in graph (80 nodes, 600
 * ForceAtlas2 iterations) stays below it, so its picture is final at once and links that
 * frame it keep working.
 */
export const PAGE_LAYOUT_MAX_NODES = 100;

/** Whether the deterministic layout of this graph is worth a worker (see PAGE_LAYOUT_MAX_NODES). */
export function laysOutInWorker(graph: KnowledgeGraph): boolean {
  return graph.order > PAGE_LAYOUT_MAX_NODES && graph.order <= BIG_GRAPH_NODES;
}

export interface PendingLayout {
  /** Drops the answer (a new dataset came): the worker stops, the callback never runs. */
  cancel(): void;
}

/**
 * Computes `deterministicLayout(graph)` in a worker and hands the positions over. The graph's
 * structure is read now: the answer is keyed by the node order of this moment. A worker that
 * cannot start (no Worker, a policy) leaves the layout to this thread, after the first frame.
 */
export function layOutInBackground(
  graph: KnowledgeGraph,
  onDone: (positions: Positions) => void,
  options: InitialLayoutOptions = {},
): PendingLayout {
  const job = layoutJob(graph, options);
  const keys = graph.nodes();
  let isCancelled = false;
  const finish = (xy: Float64Array) => {
    if (isCancelled) return;
    isCancelled = true;
    onDone(positionsFromArray(keys, xy));
  };
  const onPage = () => setTimeout(() => finish(runLayoutJob(job)), 0);
  const cancel = () => {
    isCancelled = true;
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL("./first-layout-worker.ts", import.meta.url), { type: "module" });
  } catch {
    onPage();
    return { cancel };
  }
  const stop = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<FirstLayoutReply>) => {
    stop();
    finish(event.data.xy);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop();
    if (!isCancelled) onPage();
  };
  worker.postMessage(job, [job.ends.buffer]);
  return {
    cancel() {
      cancel();
      stop();
    },
  };
}
