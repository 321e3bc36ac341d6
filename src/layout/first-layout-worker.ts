// The first layout's worker: runs the deterministic layout (initial-layout.ts) on the structure
// the page sends, so a graph of a few thousand nodes is laid out without blocking the page. The
// same function runs on the page for tiny graphs, so both give the same positions.
import { type LayoutJob, runLayoutJob } from "./initial-layout.ts";

export interface FirstLayoutReply {
  /** x, y pairs in the graph's node order. */
  xy: Float64Array;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutJob>) => {
  const reply: FirstLayoutReply = { xy: runLayoutJob(event.data) };
  scope.postMessage(reply, [reply.xy.buffer]);
};
