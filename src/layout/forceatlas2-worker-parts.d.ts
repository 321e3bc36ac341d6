// Types for the files of graphology-layout-forceatlas2 our own worker supervisor uses: the
// package's supervisor writes every batch into the graph with events, which we must avoid.

declare module "graphology-layout-forceatlas2/webworker.js" {
  /** The worker's source, as a function to stringify into a Blob. */
  export default function workerFunction(): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type { AbstractGraph, Attributes } from "graphology-types";

  export function graphToByteArrays(
    graph: AbstractGraph<Attributes, Attributes, Attributes>,
    getEdgeWeight: (edge: string, attributes: Attributes) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function createWorker(workerFunction: () => void): Worker;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
