// Opens a big graph file in the app itself (the production build, headless Chromium), the way a
// user does: the file chosen in the Open input, streamed and parsed in the app's worker, the graph
// built and drawn. Prints the time from choosing the file to the first frame that shows it, and
// the JS heap: the page's and the worker's peaks against the page's heap once the graph is drawn.
//
//   node --max-old-space-size=8000 --import tsx bench/open-file.ts --nodes 100000 --edges 500000 --format gexf
//
// One run per call unless --runs N (each a fresh browser context, one JSON line each; `npm run
// bench` takes the median as its `open-file-100k` row). Painting
// is switched off as in the benchmark pages (bench/page/raster-switch.ts) unless --raster is given.

import { once } from "node:events";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { type Browser, type CDPSession, chromium, type Page } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";
import { serialise } from "../src/formats/index.ts";
import type { KnowledgeGraph } from "../src/model/types.ts";
import { generateGraph, splitSentences } from "./generate-graph.ts";
import { DEFAULT_SEED, ensureGraphFile } from "./graph-file.ts";

const root = resolve(import.meta.dirname, "..");
const dataDir = join(root, "bench/data");
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const nodes = Number(argument("nodes", "100000"));
const edges = Number(argument("edges", "500000"));
const format = argument("format", "gexf");
const raster = process.argv.includes("--raster");
/** Runs, each in a fresh browser context: one JSON line each (bench/run.ts takes the median). */
const runs = Number(argument("runs", "1"));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The synthetic graph as our JSON (cached by the benchmark) or as our GEXF (cached here). */
async function graphFile(): Promise<string> {
  const sentences = splitSentences(
    readFileSync(join(root, "graph/sources/new-security-concept.txt"), "utf8"),
  );
  const size = { label: `${nodes}`, nodes, edges };
  if (format === "json") {
    return ensureGraphFile(size, { dataDir, seed: DEFAULT_SEED, sentences, log });
  }
  const path = join(dataDir, `kg-${nodes}n-${edges}e-seed${DEFAULT_SEED}.gexf`);
  if (existsSync(path)) return path;
  mkdirSync(dataDir, { recursive: true });
  log(`writing ${path}`);
  const graph = generateGraph({ nodes, edges, seed: DEFAULT_SEED, sentences });
  const text = serialise(MultiDirectedGraph.from(graph) as KnowledgeGraph, "gexf");
  const out = createWriteStream(`${path}.tmp`);
  for (let start = 0; start < text.length; start += 1 << 24) {
    if (!out.write(text.slice(start, start + (1 << 24)))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(`${path}.tmp`, path);
  return path;
}

/** The largest JS heap seen, per isolate, sampled every 100 ms over CDP while the file opens. */
class HeapSampler {
  peakPage = 0;
  peakWorker = 0;
  private timer: NodeJS.Timeout | null = null;
  private worker: { session: string; next: number } | null = null;

  constructor(
    private readonly page: CDPSession,
    private readonly browser: CDPSession,
  ) {}

  async start(): Promise<void> {
    this.browser.on("Target.receivedMessageFromTarget", (event) => {
      const message = JSON.parse(event.message);
      const used = message.result?.usedSize;
      if (typeof used === "number") this.peakWorker = Math.max(this.peakWorker, used);
    });
    this.timer = setInterval(() => void this.sample(), 100);
  }

  private async sample(): Promise<void> {
    void this.page
      .send("Runtime.getHeapUsage")
      .then(({ usedSize }) => {
        this.peakPage = Math.max(this.peakPage, usedSize);
      })
      .catch(() => {});
    if (!this.worker) await this.attachWorker();
    if (this.worker) {
      const message = { id: this.worker.next++, method: "Runtime.getHeapUsage" };
      void this.browser
        .send("Target.sendMessageToTarget", {
          sessionId: this.worker.session,
          message: JSON.stringify(message),
        })
        .catch(() => {
          this.worker = null;
        });
    }
  }

  private async attachWorker(): Promise<void> {
    const { targetInfos } = await this.browser.send("Target.getTargets");
    const target = targetInfos.find((info) => info.type === "worker" && !info.attached);
    if (!target) return;
    const { sessionId } = await this.browser.send("Target.attachToTarget", {
      targetId: target.targetId,
      flatten: false,
    });
    this.worker = { session: sessionId, next: 1 };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/**
 * Page source (a string: tsx would wrap a function in helpers the page lacks): resolves with the
 * ms from the file input's change to the frame after the status line shows ORDER nodes.
 */
const TIME_OPENING = `new Promise((done) => {
  const input = document.querySelector('input[aria-label="Open graph file"]');
  let chosen = 0;
  input.addEventListener("change", () => { chosen = performance.now(); }, { capture: true });
  const check = () => {
    const status = [...document.querySelectorAll('[role="status"]')].find((element) =>
      / of \\d+ nodes?/.test(element.textContent || ""));
    const total = Number((/ of (\\d+) nodes?/.exec(status ? status.textContent : "") || [])[1] || 0);
    if (chosen > 0 && total === ORDER) {
      // The frame drawn after the data: its rendering steps have run when the timeout fires.
      requestAnimationFrame(() => setTimeout(() => done({ chosenToFrame: performance.now() - chosen }), 0));
    } else setTimeout(check, 20);
  };
  check();
})`;

/**
 * CPU seconds the renderer processes have used (the page's main thread and its workers): on a
 * shared machine the wall time mostly measures the wait for a core, this what the opening costs.
 */
async function rendererCpuSeconds(browser: CDPSession): Promise<number> {
  const { processInfo } = await browser.send("SystemInfo.getProcessInfo");
  return processInfo
    .filter((info) => info.type === "renderer")
    .reduce((sum, info) => sum + info.cpuTime, 0);
}

async function measure(page: Page, path: string, appUrl: string) {
  const session = await page.context().newCDPSession(page);
  const browserSession = await page.context().browser()?.newBrowserCDPSession();
  if (!browserSession) throw new Error("no browser session");
  if (!raster) {
    const switchOff = readFileSync(join(root, "bench/page/raster-switch.ts"), "utf8")
      .replace(/^export /gm, "")
      .replace(/: \[object, string\[\]\]\[\]/, "")
      .replace(/as Record<string, unknown>/, "");
    await page.addInitScript(switchOff);
  }
  await page.goto(appUrl);
  await page
    .getByRole("status")
    .filter({ hasText: /of \d+ nodes/ })
    .waitFor();
  const sampler = new HeapSampler(session, browserSession);
  await sampler.start();
  const cpuBefore = await rendererCpuSeconds(browserSession);
  const timing = page.evaluate(TIME_OPENING.replace("ORDER", String(nodes))) as Promise<{
    chosenToFrame: number;
  }>;
  await page.getByLabel("Open graph file").setInputFiles(path);
  const { chosenToFrame } = await timing;
  const cpuSeconds = (await rendererCpuSeconds(browserSession)) - cpuBefore;
  sampler.stop();
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  return {
    chosenToFrame,
    cpuSeconds,
    finalPage: usedSize,
    peakPage: sampler.peakPage,
    peakWorker: sampler.peakWorker,
  };
}

async function main() {
  const path = await graphFile();
  const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
  log(`file ${path}: ${megabytes(statSync(path).size)} MB`);
  const outDir = join(tmpdir(), `kg-open-file-${process.pid}`);
  await build({ root, mode: "test", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    mode: "test",
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, open: false },
  });
  const appUrl = server.resolvedUrls?.local[0] ?? "";
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < runs; run++) await measureOnce(browser, path, appUrl);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One cold opening in a fresh browser context; prints its JSON line. */
async function measureOnce(browser: Browser, path: string, appUrl: string): Promise<void> {
  const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30 * 60_000);
    const result = await measure(page, path, appUrl);
    const row = {
      file: path.split("/").pop(),
      fileMb: megabytes(statSync(path).size),
      nodes,
      edges,
      raster,
      chosenToFirstFrameMs: Math.round(result.chosenToFrame),
      rendererCpuMs: Math.round(result.cpuSeconds * 1000),
      peakPageHeapMb: megabytes(result.peakPage),
      peakWorkerHeapMb: megabytes(result.peakWorker),
      finalPageHeapMb: megabytes(result.finalPage),
      loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    };
    process.stdout.write(`${JSON.stringify(row)}\n`);
  } finally {
    await context.close();
  }
}

await main();
