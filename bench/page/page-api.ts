// What every benchmark page exposes as `window.__bench`, so the Node driver runs the same steps,
// the same way, on our explorer, on the full-refresh baseline and on Cytoscape.js.

export interface GraphFacts {
  nodes: number;
  edges: number;
  /** Node keys by decreasing degree (the first few): hover and focus targets, worst case first. */
  hubs: string[];
  /** A node of median degree: what most hovers land on. */
  medianNode: string;
  /** A node kind present in the graph, toggled by filter-toggle. */
  kind: string;
}

export interface BenchPageApi {
  /** Downloads a graph file and keeps its text; every firstFrame parses it afresh, untimed. */
  fetchGraph(url: string): Promise<GraphFacts>;
  /**
   * The next input (the next timed call, or a pointer or wheel event) and the frame drawn after
   * it get FRAME_MARKS with this label, for the whole-frame figures read from a Chrome trace.
   */
  labelNextInput(label: string): void;
  /** Resolves once the labelled input was seen and its frame drawn; false after 30 frames. */
  frameDrawn(): Promise<boolean>;
  /**
   * JS ms from parsed data to the first frame drawn; the view then stays up. The labelled input
   * is marked before `JSON.parse`, so the whole frame includes parsing and the JS figure not.
   */
  firstFrame(): Promise<number>;
  /**
   * Resolves once every edge of the last firstFrame's graph is drawn (big graphs stream them in
   * after the nodes): true, or false after 10 minutes. The page marks EDGE_STREAM_MARKS.
   */
  edgesDrawn?(): Promise<boolean>;
  /** Removes the view so the next firstFrame starts from nothing. */
  teardown(): Promise<void>;
  /** JS ms from the pointer entering `key` to its highlight drawn. */
  hover(key: string): Promise<number>;
  /** The pointer leaves: JS ms until the highlight is gone. */
  unhover(): Promise<number>;
  /** JS ms to focus `key` with `depth` hops, and to clear it. Absent on pages without focus. */
  focus?(key: string, depth: number): Promise<number>;
  clearFocus?(): Promise<number>;
  /** JS ms to hide (or show again) one node kind from the legend. */
  setKindHidden?(kind: string, isHidden: boolean): Promise<number>;
  /**
   * Starts ForceAtlas2 in its worker, as the explorer's layout button does. Once it runs, the
   * page marks LAYOUT_MARKS.from (performance.mark) and starts counting tasks.
   */
  startLayout?(): Promise<void>;
  /** Marks LAYOUT_MARKS.to, stops it; the longest task's JS (drawing excluded), in ms. */
  stopLayout?(): Promise<number>;
  /** Waits until a camera animation (a wheel zoom) has ended, and two more frames. */
  settleCamera?(): Promise<void>;
}

/** performance.mark prefixes of a measured frame: the input, then the frame that shows it. */
export const FRAME_MARKS = { input: "bench-input:", drawn: "bench-drawn:" } as const;

/**
 * performance.mark names of the edge stream after a first frame: `from` when the first slice of
 * edges is handed to sigma (for a graph drawn at once: at its first frame), `to` when the frame
 * that draws the last one ends. One of each per page load.
 */
export const EDGE_STREAM_MARKS = { from: "bench-edges-from", to: "bench-edges-drawn" } as const;

/** performance.mark names around the layout window, so a trace can be cut to it. */
export const LAYOUT_MARKS = { from: "bench-layout-start", to: "bench-layout-stop" } as const;

declare global {
  interface Window {
    __bench?: BenchPageApi;
  }
}

/** Biggest hubs first, counted from the file itself so every page targets the same nodes. */
export function graphFacts(data: {
  nodes: { key: string; attributes?: { nodeKind?: unknown } }[];
  edges: { source: string; target: string }[];
}): GraphFacts {
  const degree = new Map<string, number>();
  for (const { source, target } of data.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const byDegree = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const hubs = byDegree.slice(0, 20).map(([key]) => key);
  const kinds = new Set(data.nodes.map((node) => String(node.attributes?.nodeKind)));
  return {
    nodes: data.nodes.length,
    edges: data.edges.length,
    hubs,
    medianNode: byDegree[Math.floor(byDegree.length / 2)]?.[0] ?? hubs[0],
    kind: kinds.has("document") ? "document" : [...kinds][0],
  };
}
