// The work sigma 3.0.3 does on every frame or pointer event that our renderer does not need, each
// cut by a module that reaches into sigma and throws if sigma changes under it (see each one and
// its browser test). One call applies them all, once, right after sigma is made.
import type Sigma from "sigma";
import { skipBlankLayerClears } from "./blank-layer-clears.ts";
import { skipCameraInputPicking } from "./camera-input-picking.ts";
import { skipEdgeLabelScan } from "./edge-label-scan.ts";
import { pickEdgesOnDemand } from "./edge-picking-on-demand.ts";
import { memoizeLabelGrid } from "./label-grid-memo.ts";

export function trimSigma(sigma: Sigma): void {
  skipEdgeLabelScan(sigma);
  pickEdgesOnDemand(sigma);
  skipBlankLayerClears(sigma);
  skipCameraInputPicking(sigma);
  memoizeLabelGrid(sigma);
}
