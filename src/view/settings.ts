// The view's settings in one typed place, sigma-style: a DEFAULT_SETTINGS object and its type.
// Sigma's static options, the one size above which a graph counts as big (edges hidden while the
// camera moves, layouts jump, forces redraw in slices, spotlights are not thickened), and the
// order of the node program's borders, which the dimming shader depends on.
import type { Settings } from "sigma/settings";

/** One border of the node program, as @sigma/node-border takes it. */
export interface NodeBorder {
  size: { attribute: string; defaultValue: number } | { fill: true };
  color: { attribute: string };
}

export interface ViewSettings {
  /** Above this many items (nodes, edges or both, as each use says), a graph is drawn as big. */
  bigGraphItems: number;
  /** A pointer leaving one node for the next should not flash the whole graph back on. */
  hoverLeaveDelayMs: number;
  /** Ring (state) outside, fill (kind) inside. The dimming shader names the fill by its place. */
  nodeBorders: readonly NodeBorder[];
  /** Sigma's options that depend on nothing but taste. */
  sigma: Partial<Settings>;
}

const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const DEFAULT_SETTINGS: ViewSettings = {
  bigGraphItems: 20_000,
  hoverLeaveDelayMs: 60,
  nodeBorders: [
    { size: { attribute: "ringSize", defaultValue: 0 }, color: { attribute: "ringColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
  sigma: {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1a1a1a" },
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { attribute: "color" },
    labelRenderedSizeThreshold: 8,
    labelDensity: 0.6,
    labelGridCellSize: 150,
    stagePadding: 36,
    minCameraRatio: 0.04,
    maxCameraRatio: 8,
    zIndex: false,
  },
};

/**
 * The GLSL varying that carries the colour of the node's fill: node-border names its colour
 * varyings by border place, counting from 1 (v_borderColor_1 is the outermost border).
 */
export function fillColourVarying(borders: readonly NodeBorder[]): string {
  const fill = borders.findIndex((border) => "fill" in border.size);
  if (fill < 0) throw new Error("view/settings.ts: nodeBorders needs a { fill: true } border.");
  return `v_borderColor_${fill + 1}`;
}

/** Edges hidden while the camera moves: above the big-graph size, counted in edges. */
export function hidesEdgesOnMove(edges: number, settings = DEFAULT_SETTINGS): boolean {
  return edges > settings.bigGraphItems;
}
