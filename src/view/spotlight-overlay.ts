// On large graphs, repainting every item to dim it costs seconds; instead the base layers are
// dimmed with CSS opacity (no work per item) and the spotlight's edges are drawn at full strength
// on a canvas of our own between the dimmed layers and sigma's hover layers, after every render.
import type Sigma from "sigma";
import { drawDiscNodeLabel, type NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { type DerivedView, isEdgeHidden } from "../state/derive-view.ts";
import type { Palette } from "./palette.ts";

/**
 * Above this many nodes plus edges, turning a spotlight on or off dims by opacity instead of
 * repainting every item; smaller graphs keep the per-item look (dimmed colours, hidden labels).
 */
export const DRAW_SPOTLIGHT_ABOVE_ITEMS = 20_000;
/** How strongly the rest of the graph shows while a spotlight is on. */
const DIMMED_OPACITY = "0.25";
/** Sigma's layers the spotlight is drawn over; hovers and hoverNodes stay at full strength. */
const DIMMED_LAYERS = ["edges", "nodes", "edgeLabels", "labels"] as const;
const LAYER_ID = "spotlightEdges";
const SPOTLIGHT_EDGE_SIZE = 2.2;

/**
 * How sigma's hover layer draws the spotlight's (highlighted) nodes above the dimmed layers: a
 * plain label, as on the base layer, and only for the nodes the view labels; a big spotlight
 * would otherwise print every one of its labels on top of each other.
 */
export const drawSpotlightNodeLabel: NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> = (
  context,
  data,
  settings,
) => {
  if (data.forceLabel) drawDiscNodeLabel(context, data, settings);
};

export interface SpotlightOverlayInputs {
  derived: DerivedView;
  palette: Palette;
  curvatures: ReadonlyMap<string, number>;
}

export interface SpotlightOverlay {
  /** Dims or undims the base layers to match the view; call when the view changes. */
  sync(): void;
  destroy(): void;
}

/** Whether a spotlight in this view is drawn above dimmed layers rather than by the reducers. */
export function isSpotlightDrawnAbove(isOverlaid: boolean, derived: DerivedView): boolean {
  return isOverlaid && derived.spotlight !== null && !derived.hidesOutside;
}

export function createSpotlightOverlay(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  isOverlaid: () => boolean,
  inputs: () => SpotlightOverlayInputs,
): SpotlightOverlay {
  // A canvas context (not a bare canvas) so that sigma sizes it with the others; sigma's types
  // omit the placement option it passes on to createCanvas.
  const placement = { beforeLayer: "hovers" } as Parameters<typeof sigma.createCanvasContext>[1];
  sigma.createCanvasContext(LAYER_ID, placement);
  sigma.resize(true);
  const canvas = sigma.getCanvases()[LAYER_ID] as HTMLCanvasElement;
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  let isDimmed = false;

  const sync = () => {
    const shouldDim = isSpotlightDrawnAbove(isOverlaid(), inputs().derived);
    if (shouldDim === isDimmed) return;
    isDimmed = shouldDim;
    const canvases = sigma.getCanvases();
    for (const id of DIMMED_LAYERS) {
      const layer = canvases[id];
      if (layer) layer.style.opacity = shouldDim ? DIMMED_OPACITY : "";
    }
  };

  const draw = () => {
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    const { derived, palette, curvatures } = inputs();
    if (!isSpotlightDrawnAbove(isOverlaid(), derived) || derived.spotlight === null) return;
    const graph = sigma.getGraph();
    const lineWidth = Math.max(1, sigma.scaleSize(SPOTLIGHT_EDGE_SIZE));
    const settings = sigma.getSettings();
    context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
    context.textAlign = "center";
    context.textBaseline = "middle";
    context.lineJoin = "round";
    for (const edge of derived.spotlight.edges) {
      if (!graph.hasEdge(edge) || isEdgeHidden(derived, edge)) continue;
      const sourceData = sigma.getNodeDisplayData(graph.source(edge));
      const targetData = sigma.getNodeDisplayData(graph.target(edge));
      if (!sourceData || !targetData || sourceData.hidden || targetData.hidden) continue;
      const from = sigma.framedGraphToViewport(sourceData);
      const to = sigma.framedGraphToViewport(targetData);
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy);
      if (length < 1) continue;
      const relation = graph.getEdgeAttribute(edge, "relation");
      const colour = palette.relations.get(relation) ?? "#999999";
      // Parallel edges bend like sigma's curved ones, so each stays apart from its siblings.
      const bend = (curvatures.get(edge) ?? 0) * length;
      const control = {
        x: (from.x + to.x) / 2 - (dy / length) * bend,
        y: (from.y + to.y) / 2 + (dx / length) * bend,
      };
      const arrowLength = Math.max(6, lineWidth * 3);
      const targetRadius = sigma.scaleSize(targetData.size);
      const towardsX = to.x - control.x;
      const towardsY = to.y - control.y;
      const towards = Math.hypot(towardsX, towardsY) || 1;
      const ux = towardsX / towards;
      const uy = towardsY / towards;
      const tip = { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius };
      const base = { x: tip.x - ux * arrowLength, y: tip.y - uy * arrowLength };
      context.strokeStyle = colour;
      context.fillStyle = colour;
      context.lineWidth = lineWidth;
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.quadraticCurveTo(control.x, control.y, base.x, base.y);
      context.stroke();
      context.beginPath();
      context.moveTo(tip.x, tip.y);
      context.lineTo(base.x - uy * arrowLength * 0.6, base.y + ux * arrowLength * 0.6);
      context.lineTo(base.x + uy * arrowLength * 0.6, base.y - ux * arrowLength * 0.6);
      context.closePath();
      context.fill();
      if (derived.labelledEdges.has(edge)) {
        const middle = {
          x: 0.25 * from.x + 0.5 * control.x + 0.25 * to.x,
          y: 0.25 * from.y + 0.5 * control.y + 0.25 * to.y,
        };
        context.lineWidth = 3;
        context.strokeStyle = "#FFFFFF";
        context.strokeText(relation, middle.x, middle.y);
        context.fillText(relation, middle.x, middle.y);
      }
    }
  };

  sigma.on("afterRender", draw);
  return {
    sync,
    destroy() {
      sigma.off("afterRender", draw);
    },
  };
}
