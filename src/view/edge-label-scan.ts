// Sigma 3.0 looks for edge labels to print by scanning every edge of the graph on each frame
// (edges between two labelled nodes, or touching the hovered one): ~100 ms of main-thread work
// per frame on a 500k-edge graph. Our edges carry a label only when the view forces it (see
// reducers.ts), and sigma prints forced labels from its own list, so the scan can only find
// edges without a label. This skips it by handing sigma's label pass a graph with no edges to
// scan; everything else the pass reads comes from the real graph.

interface LabelPassInternals {
  graph: unknown;
  renderEdgeLabels(): unknown;
}

export function skipEdgeLabelScan(sigma: object): void {
  const internals = sigma as unknown as LabelPassInternals;
  const renderEdgeLabels = internals.renderEdgeLabels;
  if (typeof renderEdgeLabels !== "function") {
    throw new Error("edge-label-scan: sigma has no renderEdgeLabels(); update this module.");
  }
  internals.renderEdgeLabels = function renderForcedEdgeLabels(this: LabelPassInternals) {
    const graph = this.graph as { extremities(edge: string): [string, string] };
    this.graph = {
      forEachEdge() {},
      extremities: (edge: string) => graph.extremities(edge),
    };
    try {
      return renderEdgeLabels.call(this);
    } finally {
      this.graph = graph;
    }
  };
}
