// One bench page in its own browser context, driven through `window.__bench` (page/page-api.ts):
// opening it, calling its steps with a timeout, and noticing when its tab crashed.
import type { Browser, Page } from "playwright-core";
import type { PageName } from "../options.ts";
import type { BenchPageApi, GraphFacts } from "../page/page-api.ts";

export interface BrowserContext {
  browser: Browser;
  /** Where bench/dist and (under /data/) bench/data are served. */
  baseUrl: string;
  runs: number;
  layoutSeconds: number;
  /** Let the pages paint pixels (see page/raster-switch.ts). */
  isRasterOn: boolean;
  log: (line: string) => void;
}

export type { PageName } from "../options.ts";

type Step = Exclude<keyof BenchPageApi, "fetchGraph">;

/** Longest any single page call may take; Cytoscape on 500k edges is slow, not infinite. */
const STEP_TIMEOUT_MS = 10 * 60_000;

export class BenchPage {
  /** Set when the renderer process died, usually out of memory. */
  hasCrashed = false;

  private constructor(
    readonly name: PageName,
    readonly page: Page,
    private readonly log: (line: string) => void,
  ) {
    page.on("crash", () => {
      this.hasCrashed = true;
    });
  }

  /** A fresh browser context (cold caches, no compiled code), with the page loaded. */
  static async open(context: BrowserContext, name: PageName): Promise<BenchPage> {
    const browserContext = await context.browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = await browserContext.newPage();
    page.on("pageerror", (error) => context.log(`  [${name}] page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") context.log(`  [${name}] console: ${message.text()}`);
    });
    const file = name === "cytoscape" ? "cytoscape.html" : "ours.html";
    const query = new URLSearchParams();
    if (name === "full-refresh") query.set("refresh", "full");
    if (context.isRasterOn) query.set("raster", "on");
    await page.goto(`${context.baseUrl}/${file}?${query}`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 15_000 });
    return new BenchPage(name, page, context.log);
  }

  async has(step: Step): Promise<boolean> {
    return this.page.evaluate((name) => typeof window.__bench?.[name] === "function", step);
  }

  fetchGraph(url: string): Promise<GraphFacts> {
    return this.withTimeout(
      "fetchGraph",
      this.page.evaluate((href) => (window.__bench as BenchPageApi).fetchGraph(href), url),
    );
  }

  /** Calls a step of `window.__bench`; timed steps resolve to their JS ms. */
  call<T = number>(step: Step, ...args: unknown[]): Promise<T> {
    return this.withTimeout(
      step,
      this.page.evaluate(
        ([name, values]) => {
          const method = (window.__bench as BenchPageApi)[name as Step] as (
            ...parameters: unknown[]
          ) => Promise<T>;
          return method(...(values as unknown[]));
        },
        [step, args] as const,
      ),
    );
  }

  /** Two animation frames, so what an input started has been drawn and the GPU is idle. */
  settle(): Promise<void> {
    return this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  }

  private async withTimeout<T>(step: string, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name}: ${step} took over ${STEP_TIMEOUT_MS / 60_000} min`)),
        STEP_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.page
      .context()
      .close()
      .catch((error: Error) => this.log(`  [${this.name}] close: ${error.message}`));
  }
}
