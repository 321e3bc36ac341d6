// Pictures of an export are taken either with the camera as it is, or framed on the exported
// part; both the PNG and the SVG export ask here for the camera to use.
import type { CameraState } from "sigma/types";
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
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    // Display data are in sigma's framed graph space, the camera's own coordinates.
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX > maxX) return current;
  const extent = Math.max(maxX - minX, maxY - minY);
  return {
    x: (minX + maxX) / 2 + extent * LABEL_LEAN,
    y: (minY + maxY) / 2,
    ratio: Math.max(MIN_FIT_RATIO, extent * FIT_MARGIN),
    angle: current.angle,
  };
}
