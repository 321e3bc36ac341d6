// ForceAtlas2 in a web worker, so the page stays responsive while the layout runs (browser only).
// Each batch of positions is written into the graph's x/y *without* graph events: the package's
// own supervisor emits one per batch, on which sigma reprocesses the whole graph (seconds at
// 100k nodes). `onPositions` tells the caller instead, who redraws at its own pace.
// Pinned nodes (`fixed: true`) stay put.

import forceAtlas2 from "graphology-layout-forceatlas2";
import DEFAULT_SETTINGS from "graphology-layout-forceatlas2/defaults.js";
import { createWorker, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import workerFunction from "graphology-layout-forceatlas2/webworker.js";
import type { KnowledgeGraph } from "../model/types.ts";
import type { IndexedGraph } from "../query/indexed-graph.ts";

export interface ForceLayout {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** Stops and frees the worker; the layout cannot be started again. */
  kill(): void;
}

/** Floats per node in the worker's matrix: x, y first; mass at 6, size at 8, `fixed` at 9. */
const PER_NODE = 10;
const MASS = 6;
const CONVERGENCE = 7;
const SIZE = 8;
const FIXED = 9;
/** Floats per edge: source's and target's offsets in the node matrix, weight. */
const PER_EDGE = 3;

interface ByteArrays {
  nodes: Float32Array;
  edges: Float32Array;
}

function edgeWeight(_edge: string, attributes: { weight?: unknown }): number {
  return typeof attributes.weight === "number" && Number.isFinite(attributes.weight)
    ? attributes.weight
    : 1;
}

/** Copies the worker's positions into the graph, in node order, emitting no event. */
export function writeMatrixPositions(graph: KnowledgeGraph, matrix: Float32Array): void {
  let i = 0;
  graph.forEachNode((_key, attributes) => {
    attributes.x = matrix[i];
    attributes.y = matrix[i + 1];
    i += PER_NODE;
  });
}

/** Reads positions and pins back from the graph: a dragged node moved while the worker slept. */
export function readMatrixPositions(graph: KnowledgeGraph, matrix: Float32Array): void {
  let i = 0;
  graph.forEachNode((_key, attributes) => {
    matrix[i] = Number(attributes.x);
    matrix[i + 1] = Number(attributes.y);
    matrix[i + FIXED] = attributes.fixed ? 1 : 0;
    i += PER_NODE;
  });
}

/**
 * The worker's two matrices, as the package's `graphToByteArrays` builds them, from the graph's
 * integer index: its string-keyed lookup of both ends of every edge took 0.5–1 s at 500k edges,
 * all in the task that starts the forces. `indexed` must number the graph's current nodes and
 * edges in graph order (it does while the graph keeps its items).
 */
export function indexedByteArrays(graph: KnowledgeGraph, indexed: IndexedGraph): ByteArrays {
  const nodes = new Float32Array(graph.order * PER_NODE);
  let i = 0;
  graph.forEachNode((_key, attributes) => {
    nodes[i] = Number(attributes.x);
    nodes[i + 1] = Number(attributes.y);
    nodes[i + MASS] = 1;
    nodes[i + CONVERGENCE] = 1;
    nodes[i + SIZE] = Number(attributes.size) || 1;
    nodes[i + FIXED] = attributes.fixed ? 1 : 0;
    i += PER_NODE;
  });
  const { edgeSource, edgeTarget, edgeWeight } = indexed;
  const edges = new Float32Array(edgeSource.length * PER_EDGE);
  for (let edge = 0, j = 0; edge < edgeSource.length; edge++, j += PER_EDGE) {
    const source = edgeSource[edge] * PER_NODE;
    const target = edgeTarget[edge] * PER_NODE;
    const weight = edgeWeight ? edgeWeight[edge] : 1;
    // A node's mass is one plus its weighted degree (a loop counts twice), as the package's.
    nodes[source + MASS] += weight;
    nodes[target + MASS] += weight;
    edges[j] = source;
    edges[j + 1] = target;
    edges[j + 2] = weight;
  }
  return { nodes, edges };
}

/** Whether `indexed` still numbers the graph's items (a graph that grew needs the slow path). */
function isCurrent(
  graph: KnowledgeGraph,
  indexed: IndexedGraph | undefined,
): indexed is IndexedGraph {
  return indexed?.nodeKeys.length === graph.order && indexed.edgeKeys.length === graph.size;
}

function byteArrays(graph: KnowledgeGraph, indexed: IndexedGraph | undefined): ByteArrays {
  return isCurrent(graph, indexed)
    ? indexedByteArrays(graph, indexed)
    : graphToByteArrays(graph, edgeWeight);
}

type Settings = typeof DEFAULT_SETTINGS & { barnesHutOptimize: boolean };

/** What this side keeps between batches. */
interface Matrices {
  /** The node matrix, while this side holds it (it travels to the worker and back). */
  nodes: Float32Array | null;
  edgesToSend: Float32Array | null;
  /** The number of edges the worker's edge matrix was built from. */
  edgeCount: number;
  /** Set on start: the graph may have moved (a drag) since the worker last saw it. */
  mustReadGraph: boolean;
}

/** Posts the node matrix (and, the first time or after a change of shape, the edges). */
function sendBatch(
  worker: Worker,
  graph: KnowledgeGraph,
  held: Matrices,
  settings: Settings,
  indexed: IndexedGraph | undefined,
) {
  let { nodes } = held;
  if (nodes === null || nodes.length !== graph.order * PER_NODE || held.edgeCount !== graph.size) {
    // First start (or the graph changed shape): build both matrices, edges go once.
    const matrices = byteArrays(graph, indexed);
    nodes = matrices.nodes;
    held.edgesToSend = matrices.edges;
    held.edgeCount = graph.size;
  } else if (held.mustReadGraph) {
    readMatrixPositions(graph, nodes);
  }
  held.mustReadGraph = false;
  const transfer: ArrayBuffer[] = [nodes.buffer as ArrayBuffer];
  const payload: { settings: Settings; nodes: ArrayBuffer; edges?: ArrayBuffer } = {
    settings,
    nodes: nodes.buffer as ArrayBuffer,
  };
  if (held.edgesToSend) {
    payload.edges = held.edgesToSend.buffer as ArrayBuffer;
    transfer.push(payload.edges);
    held.edgesToSend = null;
  }
  worker.postMessage(payload, transfer);
  held.nodes = null;
}

/** `indexed`, when given, is the graph's integer index: it makes starting much cheaper. */
export function createForceLayout(
  graph: KnowledgeGraph,
  onPositions: () => void,
  indexed?: IndexedGraph,
): ForceLayout {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 2000,
  };
  let worker: Worker | null = null;
  const held: Matrices = { nodes: null, edgesToSend: null, edgeCount: -1, mustReadGraph: false };
  let isInFlight = false;
  let isRunning = false;
  let isKilled = false;

  const send = () => {
    if (!worker) return;
    sendBatch(worker, graph, held, settings, indexed);
    isInFlight = true;
  };

  const receive = (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
    isInFlight = false;
    held.nodes = new Float32Array(event.data.nodes);
    if (!isRunning) return;
    // A batch computed before a restart would overwrite the pin placed meanwhile.
    if (!held.mustReadGraph) {
      writeMatrixPositions(graph, held.nodes);
      onPositions();
    }
    send();
  };

  // The worker is created on first start: a graph nobody lays out costs no thread.
  const spawn = () => {
    const created = createWorker(workerFunction);
    created.addEventListener("message", receive);
    return created;
  };

  return {
    isRunning: () => isRunning,
    start() {
      if (isKilled) throw new Error("force layout: start() after kill(); create a new layout.");
      if (isRunning) return;
      isRunning = true;
      held.mustReadGraph = true;
      worker ??= spawn();
      if (!isInFlight) send();
    },
    stop() {
      isRunning = false;
    },
    kill() {
      isRunning = false;
      isKilled = true;
      worker?.terminate();
      worker = null;
      held.nodes = null;
    },
  };
}
