// Starts the headless Chromium the browser metrics run in, with the flags issue 5 fixes, and
// reads a page's JS heap after a full garbage collection through the DevTools protocol.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `bench: no Chromium at ${path}. Install it (apt-get install chromium) or set CHROME_PATH, ` +
        "or run only the Node side with --only node.",
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** Used JS heap in MB after the page's garbage is collected. */
export async function heapAfterGcMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send("HeapProfiler.enable");
    await session.send("HeapProfiler.collectGarbage");
    await session.send("HeapProfiler.collectGarbage");
    const { usedSize } = await session.send("Runtime.getHeapUsage");
    return usedSize / (1024 * 1024);
  } finally {
    await session.detach();
  }
}
