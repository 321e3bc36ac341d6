// Frames nodes with room for their labels: reads where sigma draws them and their labels' widths,
// and asks camera-frame.ts where the camera must go. What to frame is shownNodes' answer: a path
// or a sentence's items, else the focus neighbourhood, else everything the filters leave.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { type DerivedView, isNodeHidden } from "../state/derive-view.ts";
import type { ViewState } from "../state/view-state.ts";
import { type CameraState, type FramedNode, fitFrame } from "./camera-frame.ts";
import { createLabelWidths } from "./label-widths.ts";
import { nodeFrame } from "./node-frame.ts";

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Pixels kept clear between what is framed and the stage's edges. */
const FRAME_MARGIN = 16;
/** Never closer than this: a lone node would fill the stage. */
const CLOSEST_RATIO = 0.2;
/** Past this many nodes, only forced labels are measured (the label grid prints few others). */
const MEASURED_LABELS = 1000;

let measuring: CanvasRenderingContext2D | null = null;
const widths = createLabelWidths();

function labelWidth(sigma: Renderer, label: string): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return label.length * sigma.getSetting("labelSize") * 0.6;
  const font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
  return widths.width(font, label, measuring);
}

/**
 * Sigma's framed-graph-to-viewport map at `camera`, as a function: the map is affine, so three
 * points fix it. Sigma's own method rebuilds its matrix on every call given a camera, which for
 * the 40k nodes of a hub's depth-2 neighbourhood cost a share of the focus frame.
 */
function viewportMap(sigma: Renderer, camera: CameraState) {
  const at = (x: number, y: number) =>
    sigma.framedGraphToViewport({ x, y }, { cameraState: camera });
  const origin = at(0, 0);
  const alongX = at(1, 0);
  const alongY = at(0, 1);
  const xx = alongX.x - origin.x;
  const xy = alongX.y - origin.y;
  const yx = alongY.x - origin.x;
  const yy = alongY.y - origin.y;
  return (x: number, y: number) => ({
    x: origin.x + x * xx + y * yx,
    y: origin.y + x * xy + y * yy,
  });
}

/** Sigma's `scaleSize(size, ratio)`, which is `size` times a factor of the ratio alone. */
function sizeScaler(sigma: Renderer): (size: number, ratio: number) => number {
  let lastRatio = Number.NaN;
  let factor = 1;
  return (size, ratio) => {
    if (ratio !== lastRatio) {
      lastRatio = ratio;
      factor = sigma.scaleSize(1, ratio);
    }
    return size * factor;
  };
}

/** The camera that shows `keys` whole, labels included; null when none of them is drawn. */
export function frameCamera(
  sigma: Renderer,
  keys: readonly string[],
  isLabelled: (key: string) => boolean,
): CameraState | null {
  const centre = nodeFrame(sigma, keys);
  if (!centre) return null;
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) return null;
  const reference = { x: centre.x, y: centre.y, ratio: 1, angle: 0 };
  const measureAll = keys.length <= MEASURED_LABELS;
  const toViewport = viewportMap(sigma, reference);
  const scaled = sizeScaler(sigma);
  const nodes: FramedNode[] = [];
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    const point = toViewport(data.x, data.y);
    const hasLabel = data.label && (measureAll || isLabelled(key));
    const { size } = data;
    nodes.push({
      dx: point.x - width / 2,
      dy: point.y - height / 2,
      radius: (ratio) => scaled(size, ratio),
      labelWidth: hasLabel ? labelWidth(sigma, data.label as string) : 0,
    });
  }
  const fit = fitFrame(nodes, {
    width,
    height,
    margin: FRAME_MARGIN,
    labelHeight: sigma.getSetting("labelSize") + 2,
    minRatio: Math.max(CLOSEST_RATIO, sigma.getSetting("minCameraRatio") ?? 0),
    maxRatio: sigma.getSetting("maxCameraRatio") ?? 8,
  });
  const state = { ...reference, ratio: fit.ratio };
  const moved = sigma.viewportToFramedGraph(
    { x: width / 2 + fit.shiftX, y: height / 2 + fit.shiftY },
    { cameraState: state },
  );
  return { ...state, x: moved.x, y: moved.y };
}

/** What "what is shown" means for framing: the emphasised items, the focus's, or all visible. */
export function shownNodes(
  derived: DerivedView,
  view: ViewState,
  allNodes: () => Iterable<string>,
): string[] {
  const { spotlight, focusSpotlight } = derived;
  const isEmphasis =
    spotlight !== null &&
    spotlight !== focusSpotlight &&
    (view.path !== null || view.sentence !== null);
  if (isEmphasis) return [...spotlight.nodes];
  if (focusSpotlight !== null) return [...focusSpotlight.nodes];
  return [...allNodes()].filter((key) => !isNodeHidden(derived, key));
}
