// Frames nodes with room for their labels: reads where sigma draws them and their labels' widths,
// and asks camera-frame.ts where the camera must go. What to frame is shownNodes' answer: a path
// or a sentence's items, else the focus neighbourhood, else everything the filters leave.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { type DerivedView, isNodeHidden } from "../state/derive-view.ts";
import type { ViewState } from "../state/view-state.ts";
import { type CameraState, type FramedNode, fitFrame } from "./camera-frame.ts";
import { nodeFrame } from "./node-frame.ts";

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Pixels kept clear between what is framed and the stage's edges. */
const FRAME_MARGIN = 16;
/** Never closer than this: a lone node would fill the stage. */
const CLOSEST_RATIO = 0.2;
/** Past this many nodes, only forced labels are measured (the label grid prints few others). */
const MEASURED_LABELS = 1000;

let measuring: CanvasRenderingContext2D | null = null;

function labelWidth(sigma: Renderer, label: string): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return label.length * sigma.getSetting("labelSize") * 0.6;
  measuring.font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
  return measuring.measureText(label).width;
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
  const nodes: FramedNode[] = [];
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    const point = sigma.framedGraphToViewport(data, { cameraState: reference });
    const hasLabel = data.label && (measureAll || isLabelled(key));
    nodes.push({
      dx: point.x - width / 2,
      dy: point.y - height / 2,
      radius: (ratio) => sigma.scaleSize(data.size, ratio),
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
