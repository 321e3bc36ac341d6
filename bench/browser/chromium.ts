// Starts the headless Chromium the browser metrics run in, with the browser tests' flags, and
// reads a page's JS heap after a full garbage collection through the DevTools protocol.
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.ts";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(" Or run only the Node side: --only node."),
    headless: true,
    args: CHROMIUM_ARGS,
  });
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
