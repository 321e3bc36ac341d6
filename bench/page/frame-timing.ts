// Measures the main-thread JavaScript an interaction costs, apart from drawing. Drawing runs on
// software WebGL here and says nothing about a user's GPU, so the renderer's draw methods are
// timed and subtracted, while the data work inside them (sigma's `process`) still counts.
// Import this module first: it wraps requestAnimationFrame before the app registers callbacks.
import "./raster-switch.ts";
import { FRAME_MARKS } from "./page-api.ts";

type Method = (this: unknown, ...args: unknown[]) => unknown;
type AddListener = (
  this: Worker,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) => void;

let isCollecting = false;
let drawDepth = 0;
let drawStart = 0;
let jsInsideDraw = 0;
/** Drawing time (JS inside draw methods excluded) since the measurement started. */
let drawMs = 0;
/** JS time of animation-frame callbacks since the measurement started, drawing excluded. */
let frameJsMs = 0;
/** Completed frames: exits of the renderer's outermost frame method. */
let framesDrawn = 0;

/** While recording tasks: the longest task's JS so far, and the current frame's running total. */
let isRecordingTasks = false;
let longestTaskJsMs = 0;
let frameTime = -1;
let frameTotalJsMs = 0;

/** The label of the next input to mark, then of the frame that input waits for (see below). */
let inputLabel: string | null = null;
let frameLabel: string | null = null;

/**
 * The next input (a measureJs action, or a pointer or wheel event) marks FRAME_MARKS.input+label,
 * and the next frame drawn after it FRAME_MARKS.drawn+label, so a Chrome trace can measure the
 * whole frame between them (bench/browser/whole-frame.ts).
 */
export function labelNextInput(label: string): void {
  inputLabel = label;
  frameLabel = null;
}

/** Marks the input now, if one is awaited. */
export function markInput(): void {
  if (inputLabel === null) return;
  performance.mark(`${FRAME_MARKS.input}${inputLabel}`);
  frameLabel = inputLabel;
  inputLabel = null;
}

for (const type of ["mousedown", "mousemove", "wheel"]) {
  window.addEventListener(type, markInput, { capture: true, passive: true });
}

function markFrameDrawn(): void {
  if (frameLabel === null) return;
  performance.mark(`${FRAME_MARKS.drawn}${frameLabel}`);
  frameLabel = null;
}

/** Resolves once the labelled input has been seen and its frame drawn (or after 30 frames). */
export async function frameDrawn(): Promise<boolean> {
  for (let frame = 0; frame < MAX_FRAMES_WAITED; frame++) {
    if (inputLabel === null && frameLabel === null) return true;
    await nextFrame();
  }
  return false;
}

/** Runs a callback that starts a task (or a frame), returning its JS time without drawing. */
function timed(run: () => void): number {
  const drawBefore = drawMs;
  const start = performance.now();
  run();
  return performance.now() - start - (drawMs - drawBefore);
}

const nativeRequestFrame = window.requestAnimationFrame.bind(window);

window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
  nativeRequestFrame((time) => {
    if (!isCollecting && !isRecordingTasks) {
      callback(time);
      return;
    }
    const jsMs = timed(() => callback(time));
    if (isCollecting) frameJsMs += jsMs;
    if (isRecordingTasks) {
      // All callbacks of one frame share its timestamp and run in one task.
      frameTotalJsMs = time === frameTime ? frameTotalJsMs + jsMs : jsMs;
      frameTime = time;
      longestTaskJsMs = Math.max(longestTaskJsMs, frameTotalJsMs);
    }
  });

// Worker messages (ForceAtlas2's positions) arrive as tasks of their own: time their listeners.
const wrappedListeners = new WeakMap<object, EventListener>();
const nativeAddListener = Worker.prototype.addEventListener as AddListener;
const nativeRemoveListener = Worker.prototype.removeEventListener as AddListener;
Worker.prototype.addEventListener = function addEventListener(
  this: Worker,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (type !== "message" || typeof listener !== "function") {
    nativeAddListener.call(this, type, listener, options);
    return;
  }
  const wrapped: EventListener = (event) => {
    if (!isRecordingTasks) return listener.call(this, event);
    longestTaskJsMs = Math.max(
      longestTaskJsMs,
      timed(() => listener.call(this, event)),
    );
  };
  wrappedListeners.set(listener, wrapped);
  nativeAddListener.call(this, type, wrapped, options);
} as typeof Worker.prototype.addEventListener;
Worker.prototype.removeEventListener = function removeEventListener(
  this: Worker,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  const wrapped = listener === null ? undefined : wrappedListeners.get(listener);
  nativeRemoveListener.call(this, type, wrapped ?? listener, options);
} as typeof Worker.prototype.removeEventListener;

/** From now on, remember the longest task's JS (drawing excluded): frames and worker messages. */
export function startTaskRecording(): void {
  longestTaskJsMs = 0;
  frameTime = -1;
  frameTotalJsMs = 0;
  isRecordingTasks = true;
}

/** Stops recording; the longest task's JS in ms since startTaskRecording. */
export function stopTaskRecording(): number {
  isRecordingTasks = false;
  return longestTaskJsMs;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => nativeRequestFrame(() => resolve()));
}

function wrap(
  prototype: Record<string, unknown>,
  name: string,
  make: (original: Method) => Method,
) {
  const original = prototype[name];
  if (typeof original !== "function") {
    throw new Error(
      `frame-timing: the renderer has no method "${name}" to time; update the bench.`,
    );
  }
  prototype[name] = make(original as Method);
}

export interface RendererHooks {
  /** Methods that draw; their time is subtracted. */
  draw: string[];
  /** Methods called inside a draw method that do data work, not drawing; their time counts. */
  dataWorkInsideDraw: string[];
  /** The draw method that ends a frame (sigma's `render`). */
  frame: string;
}

/** Patches a renderer class (its prototype) so the methods above are timed. Call once per class. */
export function instrumentRenderer(prototype: object, hooks: RendererHooks): void {
  const target = prototype as Record<string, unknown>;
  for (const name of hooks.draw) {
    wrap(
      target,
      name,
      (original) =>
        function timedDraw(this: unknown, ...args: unknown[]) {
          if (drawDepth++ === 0) {
            drawStart = performance.now();
            jsInsideDraw = 0;
          }
          try {
            return original.apply(this, args);
          } finally {
            if (--drawDepth === 0) {
              drawMs += performance.now() - drawStart - jsInsideDraw;
              if (name === hooks.frame) {
                framesDrawn++;
                markFrameDrawn();
              }
            }
          }
        },
    );
  }
  for (const name of hooks.dataWorkInsideDraw) {
    wrap(
      target,
      name,
      (original) =>
        function timedDataWork(this: unknown, ...args: unknown[]) {
          if (drawDepth === 0) return original.apply(this, args);
          const start = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            jsInsideDraw += performance.now() - start;
          }
        },
    );
  }
}

/** Where the time of the last measurement went: for reading a surprising figure. */
export interface Breakdown {
  syncMs: number;
  frameJsMs: number;
  drawMs: number;
  framesWaited: number;
}
export const lastBreakdown: Breakdown = { syncMs: 0, frameJsMs: 0, drawMs: 0, framesWaited: 0 };

/** Frames waited for a scheduled render before deciding the action drew nothing. */
const MAX_FRAMES_WAITED = 30;

/**
 * Milliseconds of main-thread JS that `action` causes until its frame is drawn: the synchronous
 * call, plus the animation-frame callbacks up to the frame that shows the result, minus drawing.
 */
export async function measureJs(action: () => unknown): Promise<number> {
  drawMs = 0;
  frameJsMs = 0;
  isCollecting = true;
  const framesBefore = framesDrawn;
  markInput();
  try {
    const start = performance.now();
    await action();
    const syncMs = performance.now() - start - drawMs;
    let framesWaited = 0;
    for (; framesWaited < MAX_FRAMES_WAITED && framesDrawn === framesBefore; framesWaited++) {
      await nextFrame();
    }
    Object.assign(lastBreakdown, { syncMs, frameJsMs, drawMs, framesWaited });
    return syncMs + frameJsMs;
  } finally {
    isCollecting = false;
  }
}

/** Lets pending frames (and their drawing) finish before the next measurement starts. */
export async function settle(frames = 2): Promise<void> {
  for (let frame = 0; frame < frames; frame++) await nextFrame();
}
