// Pictures of an export are taken either with the camera as it is, or framed on the exported
// part; both the PNG and the SVG export ask here for the camera to use.
import type { CameraState } from "sigma/types";
import { nodeFrame } from "./node-frame.ts";
import type { GraphRenderer } from "./renderer.ts";

export type ExportCamera = "current" | "fit";

/** Room around the framed nodes for their radius and labels, as a share of their extent. */
const FIT_MARGIN = 1.5;
/** Labels sit to the right of their node: the frame leans right to leave them room. */
const LABEL_LEAN = 0.1;
/** A single node (or a tight cluster) is not blown up to fill the whole picture. */
const MIN_FIT_RATIO = 0.08;

/** The camera for a picture of `nodes`: the current one, or one that frames them all. */
export function exportCameraState(
  sigma: GraphRenderer,
  nodes: Iterable<string>,
  camera: ExportCamera,
): CameraState {
  const current = sigma.getCamera().getState();
  if (camera === "current") return current;
  const frame = nodeFrame(sigma, nodes);
  if (!frame) return current;
  return {
    x: frame.x + frame.extent * LABEL_LEAN,
    y: frame.y,
    ratio: Math.max(MIN_FIT_RATIO, frame.extent * FIT_MARGIN),
    angle: current.angle,
  };
}
