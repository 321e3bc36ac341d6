// Sigma 3.0.3 asks its picking textures which node or edge is under the pointer on every mouse
// move and every wheel tick: `gl.readPixels` on the node texture and on the edge texture, each
// waiting for the GPU to finish drawing that texture, and the edge look-up first draws the edge
// picking pass the last frame skipped (edge-picking-on-demand.ts): 500k edges at 100k nodes. Two
// kinds of those look-ups cannot change anything, and are skipped here:
// - a move that drags the stage: the camera follows the pointer, so the point of the graph under
//   it stays the same, and so does what is hovered (a drag that moves a node, or a selection box,
//   stops sigma's camera, and keeps its look-ups);
// - a wheel tick while nothing listens to `wheelNode`, `wheelEdge` or `wheelStage`: the look-up
//   only chooses which of those to emit. The zoom itself is the mouse captor's, untouched.
// tests/browser/camera-input-picking.test.ts fails if sigma's pointer path changes under it.

/** A mouse event as sigma's mouse captor hands it to its listeners. */
interface MouseCoordsLike {
  sigmaDefaultPrevented: boolean;
}
type Listener = (coords: MouseCoordsLike) => void;

interface CaptorLike {
  isMouseDown: boolean;
  on(event: string, listener: Listener): unknown;
  removeListener(event: string, listener: Listener): unknown;
}
interface CameraLike {
  enabled: boolean;
  enabledPanning: boolean;
}
interface PointerInternals {
  activeListeners: Record<string, Listener | undefined>;
  getMouseCaptor(): CaptorLike;
  getCamera(): CameraLike;
  listenerCount(event: string): number;
}

/** The events sigma's wheel listener picks a node or an edge for. */
const WHEEL_EVENTS = ["wheelNode", "wheelEdge", "wheelStage"];

/** Swaps sigma's listener `name` on the captor's `event` for `wrap(listener)`. */
function wrapListener(
  sigma: PointerInternals,
  captor: CaptorLike,
  [event, name]: [string, string],
  wrap: (listener: Listener) => Listener,
): void {
  const listener = sigma.activeListeners[name];
  if (typeof listener !== "function") {
    throw new Error(`camera-input-picking: sigma has no ${name} listener; update this module.`);
  }
  const wrapped = wrap(listener);
  captor.removeListener(event, listener);
  captor.on(event, wrapped);
  // Sigma removes its listeners by these references.
  sigma.activeListeners[name] = wrapped;
}

/** Whether this mouse move drags the camera (as sigma's mouse captor decides right after). */
export function dragsCamera(captor: CaptorLike, camera: CameraLike, coords: MouseCoordsLike) {
  return (
    captor.isMouseDown && !coords.sigmaDefaultPrevented && camera.enabled && camera.enabledPanning
  );
}

/** Skips sigma's node and edge look-ups where the pointer cannot hover or hit anything new. */
export function skipCameraInputPicking(renderer: object): void {
  const sigma = renderer as PointerInternals;
  const captor = sigma.getMouseCaptor();
  if (typeof captor?.isMouseDown !== "boolean" || typeof sigma.listenerCount !== "function") {
    throw new Error("camera-input-picking: sigma's mouse captor changed; update this module.");
  }
  wrapListener(sigma, captor, ["mousemove", "handleMove"], (handleMove) => (coords) => {
    if (!dragsCamera(captor, sigma.getCamera(), coords)) handleMove(coords);
  });
  wrapListener(sigma, captor, ["wheel", "handleWheel"], (handleWheel) => (coords) => {
    if (WHEEL_EVENTS.some((event) => sigma.listenerCount(event) > 0)) handleWheel(coords);
  });
}
