// The renderer's repaint diff: which nodes and edges must go through sigma's reducers again when
// the derived view changes. Dimming and hiding are item states the programs read (see
// item-states.ts), so only rings, forced labels, the selected edge and thickened widths count.
import type { DerivedView } from "../state/derive-view.ts";
import type { GraphIndex } from "../state/graph-index.ts";

const EMPTY: ReadonlySet<string> = new Set();

/** Items that are in exactly one of the two sets. */
function addSymmetricDifference(
  into: Set<string>,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): void {
  if (before === after) return;
  for (const key of before) if (!after.has(key)) into.add(key);
  for (const key of after) if (!before.has(key)) into.add(key);
}

export interface AppearanceChanges {
  nodes: string[];
  edges: string[];
}

/**
 * The nodes and edges whose reducer output differs between two derived views: what the renderer
 * must send through sigma again. Dimming and hiding are not among them (they are item states the
 * programs read, see item-states.ts): only rings, forced labels, the selected edge and, when the
 * renderer thickens a spotlight's edges (`thickensSpotlight`, small graphs), those widths.
 */
export function appearanceChanges(
  index: GraphIndex,
  before: DerivedView,
  after: DerivedView,
  thickensSpotlight = false,
): AppearanceChanges {
  const { graph } = index;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (thickensSpotlight && (before.spotlight === null) !== (after.spotlight === null)) {
    graph.forEachEdge((edge) => {
      edges.add(edge);
    });
  } else if (thickensSpotlight) {
    addSymmetricDifference(
      edges,
      before.spotlight?.edges ?? EMPTY,
      after.spotlight?.edges ?? EMPTY,
    );
  }
  addSymmetricDifference(nodes, before.labelledNodes, after.labelledNodes);
  addSymmetricDifference(edges, before.labelledEdges, after.labelledEdges);
  addSymmetricDifference(nodes, before.searchMatches, after.searchMatches);
  addSymmetricDifference(nodes, before.selection, after.selection);
  if (before.focus !== after.focus) {
    if (before.focus !== null) nodes.add(before.focus);
    if (after.focus !== null) nodes.add(after.focus);
  }
  if (before.selectedEdge !== after.selectedEdge) {
    if (before.selectedEdge !== null) edges.add(before.selectedEdge);
    if (after.selectedEdge !== null) edges.add(after.selectedEdge);
  }
  return {
    nodes: [...nodes].filter((key) => graph.hasNode(key)),
    edges: [...edges].filter((key) => graph.hasEdge(key)),
  };
}
