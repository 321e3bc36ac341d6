// Rasterisation is left out of every figure, and on this machine it is software (SwiftShader,
// canvas 2D on the CPU): a 500k-edge frame takes half a minute of wall time for nothing we
// measure. Unless the page is opened with ?raster=on, the calls that only paint pixels become
// no-ops; everything else (buffers, uniforms, paths, text layout) still runs.

const PAINTING_CALLS: [object, string[]][] = [
  [WebGLRenderingContext.prototype, ["drawArrays", "drawElements"]],
  [
    WebGL2RenderingContext.prototype,
    [
      "drawArrays",
      "drawElements",
      "drawArraysInstanced",
      "drawElementsInstanced",
      "drawRangeElements",
    ],
  ],
  [
    CanvasRenderingContext2D.prototype,
    ["fill", "stroke", "fillRect", "strokeRect", "fillText", "strokeText", "drawImage"],
  ],
];

export const isRasterOn = new URLSearchParams(window.location.search).get("raster") === "on";

if (!isRasterOn) {
  for (const [prototype, names] of PAINTING_CALLS) {
    for (const name of names) {
      if (name in prototype) (prototype as Record<string, unknown>)[name] = () => {};
    }
  }
}
