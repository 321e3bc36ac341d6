// Opens the built explorer in the shared Chromium and collects what a test needs to check:
// console errors, the status line's numbers, what is drawn on the stage.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, inject } from "vitest";

export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts");

/** Software WebGL warns about slow pixel reads; that is the test machine, not the app. */
const HARMLESS_CONSOLE = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i];

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

let browser: Browser | null = null;

export async function connectBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject("wsEndpoint"));
  return browser;
}

export async function disconnectBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Only for injecting test tools (axe): the app's own CSP is checked by the other tests. */
  bypassCSP?: boolean;
  /** A phone: a touch screen (coarse pointer, no shift key). */
  touch?: boolean;
}

export async function openApp(query = "", options: OpenOptions = {}): Promise<AppPage> {
  const { viewport = { width: 1280, height: 800 }, bypassCSP = false, touch = false } = options;
  const context = await (await connectBrowser()).newContext({
    viewport,
    bypassCSP,
    hasTouch: touch,
    isMobile: touch,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const text = message.text();
    if (HARMLESS_CONSOLE.some((pattern) => pattern.test(text))) return;
    if (message.type() === "error") errors.push(text);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${inject("appUrl")}${query ? `?${query}` : ""}`);
  await page
    .getByRole("status")
    .filter({ hasText: /of \d+ nodes/ })
    .waitFor();
  return { page, errors, close: () => context.close() };
}

/**
 * For a test file: `open` starts the app in a fresh browser context, closed again after each
 * test, and the browser connection is let go after the file. Call once, at the top of the file.
 */
export function openAppPerTest(): (query?: string, options?: OpenOptions) => Promise<AppPage> {
  let app: AppPage | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(disconnectBrowser);
  return async (query = "", options = {}) => {
    app = await openApp(query, options);
    return app;
  };
}

export interface StatusCounts {
  nodesShown: number;
  nodesTotal: number;
  edgesShown: number;
  edgesTotal: number;
}

export async function statusCounts(page: Page): Promise<StatusCounts> {
  // Other polite messages (a file saved, a link copied) are role="status" too.
  const line = page.getByRole("status").filter({ hasText: /of \d+ nodes?/ });
  const text = (await line.textContent()) ?? "";
  const match = /(\d+) of (\d+) nodes? · (\d+) of (\d+) edges?/.exec(text);
  if (!match) throw new Error(`status line reads "${text}", not "N of M nodes · K of L edges"`);
  const [nodesShown, nodesTotal, edgesShown, edgesTotal] = match.slice(1).map(Number);
  return { nodesShown, nodesTotal, edgesShown, edgesTotal };
}

/** Share of the element's pixels that are not (near) white, read from a real screenshot. */
export async function inkShare(page: Page, target: Locator, savePath?: string): Promise<number> {
  if (savePath) mkdirSync(ARTIFACTS, { recursive: true });
  const png = await target.screenshot(savePath ? { path: resolve(ARTIFACTS, savePath) } : {});
  const { width, height, ink } = await pngInk(page, png);
  return ink / (width * height);
}

export interface PngInk {
  width: number;
  height: number;
  /** How many pixels are not (near) white. */
  ink: number;
  /** Mean of R + G + B over the pixels (0–765). */
  brightness: number;
}

/** A PNG's size, inked pixels and brightness, decoded by the browser itself. */
export async function pngInk(page: Page, png: Buffer): Promise<PngInk> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let sum = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index] < 235 || data[index + 1] < 235 || data[index + 2] < 235) ink++;
      sum += data[index] + data[index + 1] + data[index + 2];
    }
    return { width: bitmap.width, height: bitmap.height, ink, brightness: sum / (data.length / 4) };
  }, png.toString("base64"));
}

/** Mean brightness (0–765, R + G + B) of the 6 × 6 pixels around a point of the page. */
export async function brightnessAt(page: Page, point: { x: number; y: number }): Promise<number> {
  const clip = { x: point.x - 3, y: point.y - 3, width: 6, height: 6 };
  return (await pngInk(page, await page.screenshot({ clip }))).brightness;
}

/**
 * The viewport position of a node on the stage, from sigma itself, once the camera is at rest
 * (a focus glides the camera for half a second: a node read mid-glide is no longer there when
 * the pointer arrives, as a person would not aim at it yet either).
 */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => {
    const { sigma } = (window as unknown as { __kg: { sigma: SigmaLike } }).__kg;
    return !sigma.getCamera().isAnimated();
  });
  return page.evaluate((node) => {
    const { sigma } = (window as unknown as { __kg: { sigma: SigmaLike } }).__kg;
    const data = sigma.getNodeDisplayData(node);
    if (!data) throw new Error(`node ${node} is not drawn`);
    const point = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, key);
}

interface SigmaLike {
  getCamera(): { isAnimated(): boolean };
  getNodeDisplayData(key: string): { x: number; y: number } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getContainer(): HTMLElement;
}
