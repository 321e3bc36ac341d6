// Our drawing choices that the `gpu-frame` baseline page (baseline-defaults.ts) can put back on
// top of sigma's defaults with `?add=a,b`, one cause of a frame's cost each. Apart from the page,
// so bench/gpu-causes.ts can list them in Node.

export const FEATURE_NAMES = [
  /** @sigma/node-border with our ring and fill (settings.ts), instead of plain circles. */
  "border",
  /** Every program reads the item-state texture in its vertex shader (item-state-programs.ts). */
  "states",
  /** Vertex arrays uploaded only when they changed (upload-on-change.ts). */
  "uploads",
  /** Parallel edges as arcs (edge-curvature.ts, @sigma/edge-curve). */
  "curves",
  /** Sigma's edge events: a picking pass of every edge in every frame. */
  "edge-events",
  /** Our label settings (settings.ts): edge labels on, our sizes, density and font. */
  "labels",
] as const;
export type Feature = (typeof FEATURE_NAMES)[number];

/** The features a page's `?add=` names; an unknown name is an error that lists the known ones. */
export function parseFeatures(text: string | null): Set<Feature> {
  const chosen = (text ?? "").split(",").filter((name) => name !== "");
  for (const name of chosen) {
    if (!(FEATURE_NAMES as readonly string[]).includes(name)) {
      throw new Error(`baseline-defaults: ?add=${name} is not one of ${FEATURE_NAMES.join(", ")}.`);
    }
  }
  return new Set(chosen as Feature[]);
}
