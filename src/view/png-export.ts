// The PNG export: sigma's own layers drawn by @sigma/export-image at 1, 2 or 4 times the stage's
// pixels, with only the exported part of the graph shown, from the current camera or framed on it.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import { type ExportCamera, exportCameraState } from "./export-camera.ts";
import { BACKGROUND_COLOUR } from "./palette.ts";
import type { GraphRenderer } from "./renderer.ts";

export interface PngOptions {
  /** Picture pixels per stage pixel: 1, 2 or 4 in the Export panel. */
  scale: number;
  camera: ExportCamera;
}

export async function renderPng(
  sigma: GraphRenderer,
  exported: KnowledgeGraph,
  options: PngOptions,
): Promise<Blob> {
  const { drawOnCanvas } = await import("@sigma/export-image");
  const nodeReducer = sigma.getSetting("nodeReducer");
  const edgeReducer = sigma.getSetting("edgeReducer");
  const cameraState = exportCameraState(sigma, exported.nodes(), options.camera);
  // The picture's renderer draws through the screen's reducers, then hides the rest.
  const sigmaSettings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
    nodeReducer: (key, attributes) => {
      const data = nodeReducer ? nodeReducer(key, attributes) : drawnAsIs(attributes);
      data.hidden = !exported.hasNode(key);
      return data;
    },
    edgeReducer: (key, attributes) => {
      const data = edgeReducer ? edgeReducer(key, attributes) : drawnAsIs(attributes);
      data.hidden = !exported.hasEdge(key);
      return data;
    },
  };
  // Sigma sizes its canvases, nodes, edges and labels by the device pixel ratio, so drawing
  // under a ratio of `scale` gives a sharp picture of exactly scale × the stage's pixels.
  // drawOnCanvas draws synchronously before its first await, inside the override.
  // (@sigma/export-image is typed for sigma's default attributes; ours are a subtype.)
  const drawing = withDevicePixelRatio(options.scale, () =>
    drawOnCanvas(sigma as unknown as Sigma, {
      backgroundColor: BACKGROUND_COLOUR,
      cameraState,
      sigmaSettings: sigmaSettings as Partial<Settings>,
    }),
  );
  const canvas = await drawing;
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error("the browser could not encode the picture as PNG"));
    }, "image/png");
  });
}

/** Without a reducer sigma draws the attributes themselves (x, y, size, color, label...). */
function drawnAsIs(attributes: object): Partial<NodeDisplayData & EdgeDisplayData> {
  return { ...attributes };
}

function withDevicePixelRatio<T>(ratio: number, run: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else Reflect.deleteProperty(window, "devicePixelRatio");
  }
}
