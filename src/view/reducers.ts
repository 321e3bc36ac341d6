// Sigma's node and edge reducers: they turn graph attributes plus the derived view into what is
// drawn. Dimming and hiding are not theirs: those are per-item bytes the programs read (see
// item-state-programs.ts), so a spotlight or a filter does not send every item through here.
// They only read precomputed sets and maps, and write into the copy sigma hands them (sigma
// copies the attributes before calling a reducer), so no object is allocated per item.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { DrawnAppearance } from "../appearance/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import type { DerivedView } from "../state/derive-view.ts";
import type { Palette } from "../state/palette.ts";
import { RING_COLOURS } from "./palette.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";

/** Everything the reducers read; replaced as a whole when the dataset changes. */
export interface DrawingInputs {
  derived: DerivedView;
  palette: Palette;
  /** Fills, radii and edge colours under the user's appearance settings (see appearance/). */
  appearance: DrawnAppearance;
  curvatures: ReadonlyMap<string, number>;
  /**
   * The graph is small enough to thicken a spotlight's edges item by item; on large graphs that
   * would repaint every edge each time a spotlight turns on or off.
   */
  thickensSpotlight: boolean;
}

/** Up to this many nodes plus edges, a spotlight's edges are drawn thicker than the rest. */
export const THICKEN_SPOTLIGHT_MAX_ITEMS = DEFAULT_SETTINGS.bigGraphItems;

export const NODE_PROGRAM = "bordered";
export const STRAIGHT_EDGE_PROGRAM = "arrow";
export const CURVED_EDGE_PROGRAM = "curvedArrow";
/** Undirected edges have no arrowhead. */
export const STRAIGHT_LINE_PROGRAM = "line";
export const CURVED_LINE_PROGRAM = "curvedLine";
const FALLBACK_COLOUR = "#999999";

/** Ring widths, as a share of the node radius. */
const RING_SIZES = { focus: 0.35, selected: 0.3, searchMatch: 0.3 } as const;
/** Edge widths: selected, in a spotlight (small graphs), outside it, and with no spotlight. */
const EDGE_SIZES = { selected: 4, spotlight: 2.2, outside: 1, plain: 1.6 } as const;

type NodeDrawing = Omit<NodeAttributes, "label"> &
  Partial<NodeDisplayData> & { ringColor?: string; ringSize?: number };
type EdgeDrawing = EdgeAttributes & Partial<EdgeDisplayData> & { curvature?: number };

export function createNodeReducer(inputs: () => DrawingInputs) {
  return (key: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const { derived, palette, appearance } = inputs();
    const data = attributes as NodeDrawing;
    data.color =
      appearance.nodeColours?.get(key) ??
      palette.kinds.get(String(data.nodeKind)) ??
      FALLBACK_COLOUR;
    data.size = appearance.nodeSizes.get(key) ?? 5;
    data.forceLabel = derived.labelledNodes.has(key);
    if (derived.focus === key) {
      data.ringColor = RING_COLOURS.focus;
      data.ringSize = RING_SIZES.focus;
    } else if (derived.selection.has(key)) {
      data.ringColor = RING_COLOURS.selected;
      data.ringSize = RING_SIZES.selected;
    } else if (derived.searchMatches.has(key)) {
      data.ringColor = RING_COLOURS.searchMatch;
      data.ringSize = RING_SIZES.searchMatch;
    } else {
      data.ringSize = 0;
    }
    return data as Partial<NodeDisplayData>;
  };
}

/** The width an edge is drawn at (before sigma's zoom scaling). */
export function edgeSize(derived: DerivedView, key: string, thickensSpotlight: boolean): number {
  if (derived.selectedEdge === key) return EDGE_SIZES.selected;
  if (!thickensSpotlight || derived.spotlight === null) return EDGE_SIZES.plain;
  return derived.spotlight.edges.has(key) ? EDGE_SIZES.spotlight : EDGE_SIZES.outside;
}

/** The sigma program an edge is drawn with: curved when parallel, arrowed when directed. */
export function edgeProgram(attributes: EdgeAttributes, curvature: number | undefined): string {
  const isLine = (attributes as EdgeDrawing).undirected === true;
  if (curvature === undefined) return isLine ? STRAIGHT_LINE_PROGRAM : STRAIGHT_EDGE_PROGRAM;
  return isLine ? CURVED_LINE_PROGRAM : CURVED_EDGE_PROGRAM;
}

export function createEdgeReducer(inputs: () => DrawingInputs) {
  return (key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { derived, palette, appearance, curvatures, thickensSpotlight } = inputs();
    const data = attributes as EdgeDrawing;
    const curvature = curvatures.get(key);
    data.type = edgeProgram(attributes, curvature);
    if (curvature !== undefined) data.curvature = curvature;
    data.color =
      appearance.edgeColours?.get(key) ?? palette.relations.get(data.relation) ?? FALLBACK_COLOUR;
    data.size = edgeSize(derived, key, thickensSpotlight);
    const isLabelled = derived.labelledEdges.has(key);
    data.label = isLabelled ? data.relation : null;
    data.forceLabel = isLabelled;
    return data as Partial<EdgeDisplayData>;
  };
}
