// The layout buttons' engine: ForceAtlas2 in a worker (start/stop), back to the first layout,
// or one column per kind. Positions glide to their targets so the eye can follow the change.
import { createForceLayout, type ForceLayout } from "../layout/force-worker.ts";
import { kindLayout } from "../layout/kind-layout.ts";
import { assignPositions, type Positions, readPositions } from "../layout/positions.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import type { IndexedGraph } from "../query/indexed-graph.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";

export interface LayoutController {
  isRunning(): boolean;
  startForces(): void;
  stopForces(): void;
  /** Back to the layout the graph was first shown with; pins are released. */
  reset(): void;
  /** One column per node kind, in the legend's order. */
  byKind(): void;
  /** Listeners run when the forces start or stop. */
  subscribe(listener: () => void): () => void;
}

/** What the renderer hands over for each dataset. */
export interface LayoutTarget {
  graph: KnowledgeGraph;
  /** The graph's integer index, which makes starting the forces on a big graph cheap. */
  indexed?: IndexedGraph;
  firstPositions: Positions;
  kinds: readonly string[];
}

/** Above this many nodes, jump to the new positions instead of animating every frame. */
const ANIMATION_MAX_NODES = DEFAULT_SETTINGS.bigGraphItems;
const ANIMATION_MS = 600;

function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

export interface LayoutControllerEvents {
  /** Called after positions jumped or finished gliding (e.g. to refit the camera). */
  onMoved(): void;
  /** The running forces wrote a batch of positions into the graph, emitting no graph event. */
  onForcesMoved(): void;
}

/** The controller with what only the renderer calls: a new dataset, a drag's pause and resume. */
export interface RendererLayoutController extends LayoutController {
  setTarget(next: LayoutTarget): void;
  /**
   * The first layout arrived from its worker: it becomes what Reset returns to, and the nodes
   * jump there (one full refresh; a glide of thousands of nodes refreshes every frame) unless
   * the user moved them since the dataset came (forces, Reset, By kind). Returns whether the
   * nodes move.
   */
  arriveAtFirstLayout(positions: Positions): boolean;
  pauseForDrag(): void;
  resumeAfterDrag(): void;
}

/** Moves every node from where it is to `positions` over ANIMATION_MS; returns a cancel. */
function glide(graph: KnowledgeGraph, positions: Positions, onDone: () => void): () => void {
  const start = readPositions(graph);
  const startedAt = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - startedAt) / ANIMATION_MS);
    if (t === 1) {
      // Exactly the targets: from + (to - from) can miss `to` by a rounding.
      assignPositions(graph, positions);
      onDone();
      return;
    }
    const eased = easeInOut(t);
    const current: Positions = new Map();
    for (const [key, to] of positions) {
      const from = start.get(key) ?? to;
      current.set(key, {
        x: from.x + (to.x - from.x) * eased,
        y: from.y + (to.y - from.y) * eased,
      });
    }
    assignPositions(graph, current);
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

/** Jumps (big graphs, or no animation frames) or glides to the positions; returns a cancel. */
function moveGraph(
  graph: KnowledgeGraph,
  positions: Positions,
  onMoved: () => void,
  mayGlide = true,
): (() => void) | null {
  const jumps = !mayGlide || graph.order > ANIMATION_MAX_NODES;
  if (jumps || typeof requestAnimationFrame === "undefined") {
    assignPositions(graph, positions);
    onMoved();
    return null;
  }
  return glide(graph, positions, onMoved);
}

/** Listeners that run when the forces start or stop. */
function listenerSet() {
  const listeners = new Set<() => void>();
  return {
    notify: () => {
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function createLayoutController(events: LayoutControllerEvents): RendererLayoutController {
  let target: LayoutTarget | null = null;
  let forces: ForceLayout | null = null;
  let cancelAnimation: (() => void) | null = null;
  let wasRunningBeforeDrag = false;
  let hasUserMoved = false; // a layout button moved the nodes since the dataset came
  const { notify, subscribe } = listenerSet();

  function stopAnimation() {
    cancelAnimation?.();
    cancelAnimation = null;
  }

  function moveTo(positions: Positions, mayGlide = true) {
    if (!target) return;
    stopForces();
    stopAnimation();
    const onMoved = () => {
      cancelAnimation = null;
      events.onMoved();
    };
    cancelAnimation = moveGraph(target.graph, positions, onMoved, mayGlide);
  }

  function stopForces() {
    if (forces?.isRunning()) {
      forces.stop();
      notify();
    }
  }

  const controller: RendererLayoutController = {
    isRunning: () => forces?.isRunning() ?? false,
    startForces() {
      if (!target) return;
      hasUserMoved = true;
      stopAnimation();
      forces ??= createForceLayout(target.graph, events.onForcesMoved, target.indexed);
      forces.start();
      notify();
    },
    stopForces,
    reset() {
      hasUserMoved = true;
      if (target) moveTo(target.firstPositions);
    },
    byKind() {
      hasUserMoved = true;
      if (target) moveTo(kindLayout(target.graph, target.kinds));
    },
    subscribe,
    /** A new dataset: the old worker goes, the new graph keeps its first positions for reset. */
    setTarget(next) {
      stopAnimation();
      forces?.kill();
      forces = null;
      target = next;
      hasUserMoved = false;
      notify();
    },
    arriveAtFirstLayout(positions) {
      if (!target) return false;
      target = { ...target, firstPositions: positions };
      if (hasUserMoved) return false;
      moveTo(positions, false);
      return true;
    },
    /** The worker would overwrite a dragged node with its own copy of the positions. */
    pauseForDrag() {
      wasRunningBeforeDrag = forces?.isRunning() ?? false;
      if (wasRunningBeforeDrag) forces?.stop();
    },
    resumeAfterDrag() {
      // Restarting re-reads the positions, including the pin just placed.
      if (wasRunningBeforeDrag) forces?.start();
      wasRunningBeforeDrag = false;
    },
  };
  return controller;
}
