// Sigma's node and edge reducers: they turn graph attributes plus the derived view into what is
// drawn. They only read precomputed sets and maps, and write into the copy sigma hands them
// (sigma copies the attributes before calling a reducer), so no object is allocated per item.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import {
  type DerivedView,
  isEdgeDimmed,
  isEdgeHidden,
  isNodeDimmed,
  isNodeHidden,
} from "../state/derive-view.ts";
import { DIMMED_EDGE_COLOUR, dimmedColour, type Palette, RING_COLOURS } from "./palette.ts";
import { isSpotlightDrawnAbove } from "./spotlight-overlay.ts";

/** Everything the reducers read; replaced as a whole when the dataset changes. */
export interface DrawingInputs {
  derived: DerivedView;
  palette: Palette;
  dimmedKindColours: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, number>;
  curvatures: ReadonlyMap<string, number>;
  /**
   * The graph is large enough that a spotlight is drawn above CSS-dimmed layers (see
   * spotlight-overlay.ts): the rest keeps its normal look, and spotlight nodes are highlighted.
   */
  overlaysSpotlight: boolean;
}

export const NODE_PROGRAM = "bordered";
export const STRAIGHT_EDGE_PROGRAM = "arrow";
export const CURVED_EDGE_PROGRAM = "curvedArrow";
const FALLBACK_COLOUR = "#999999";

/** Ring widths, as a share of the node radius. */
const RING_SIZES = { focus: 0.35, selected: 0.3, searchMatch: 0.3 } as const;

export function dimmedKindColours(palette: Palette): Map<string, string> {
  const colours = new Map<string, string>();
  for (const [kind, colour] of palette.kinds) colours.set(kind, dimmedColour(colour));
  return colours;
}

type NodeDrawing = Omit<NodeAttributes, "label"> &
  Partial<NodeDisplayData> & { ringColor?: string; ringSize?: number };
type EdgeDrawing = EdgeAttributes & Partial<EdgeDisplayData> & { curvature?: number };

export function createNodeReducer(inputs: () => DrawingInputs) {
  return (key: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const { derived, palette, sizes, overlaysSpotlight, dimmedKindColours } = inputs();
    const data = attributes as NodeDrawing;
    const isDimmed = !overlaysSpotlight && isNodeDimmed(derived, key);
    const kind = String(data.nodeKind);
    data.color = isDimmed
      ? (dimmedKindColours.get(kind) ?? "#DDDDDD")
      : (palette.kinds.get(kind) ?? FALLBACK_COLOUR);
    data.size = sizes.get(key) ?? 5;
    data.hidden = isNodeHidden(derived, key);
    data.forceLabel = derived.labelledNodes.has(key);
    if (isDimmed) data.label = null;
    data.highlighted =
      isSpotlightDrawnAbove(overlaysSpotlight, derived) &&
      derived.spotlight?.nodes.has(key) === true;
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

export function createEdgeReducer(inputs: () => DrawingInputs) {
  return (key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { derived, palette, curvatures, overlaysSpotlight } = inputs();
    const data = attributes as EdgeDrawing;
    const curvature = curvatures.get(key);
    data.type = curvature === undefined ? STRAIGHT_EDGE_PROGRAM : CURVED_EDGE_PROGRAM;
    if (curvature !== undefined) data.curvature = curvature;
    data.hidden = isEdgeHidden(derived, key);
    const isDimmed = !overlaysSpotlight && isEdgeDimmed(derived, key);
    const isSelected = derived.selectedEdge === key;
    data.color =
      isDimmed && !isSelected
        ? DIMMED_EDGE_COLOUR
        : (palette.relations.get(data.relation) ?? FALLBACK_COLOUR);
    // Drawn above dimmed layers, the spotlight's edges are thickened by the overlay instead.
    const isThick =
      derived.spotlight !== null && !isSpotlightDrawnAbove(overlaysSpotlight, derived);
    data.size = isSelected ? 4 : isDimmed ? 1 : isThick ? 2.2 : 1.6;
    const isLabelled = derived.labelledEdges.has(key);
    data.label = isLabelled ? data.relation : null;
    data.forceLabel = isLabelled;
    return data as Partial<EdgeDisplayData>;
  };
}
