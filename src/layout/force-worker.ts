// ForceAtlas2 in a web worker, so the page stays responsive while the layout runs (browser only).
// The worker moves nodes by writing x/y into the graph; pinned nodes (`fixed: true`) stay put.

import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { KnowledgeGraph } from "../model/types.ts";

export interface ForceLayout {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** Stops and frees the worker; the layout cannot be started again. */
  kill(): void;
}

export function createForceLayout(graph: KnowledgeGraph): ForceLayout {
  let supervisor: FA2Layout | null = null;
  // The worker is created on first start: a graph nobody lays out costs no thread.
  const worker = () => {
    supervisor ??= new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 },
    });
    return supervisor;
  };
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    start: () => worker().start(),
    stop: () => supervisor?.stop(),
    kill: () => {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
