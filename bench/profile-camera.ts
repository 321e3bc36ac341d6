// Where a camera frame's main-thread time goes: opens ours.html (built unminified into a
// temporary folder), draws a graph, waits for its edges, then pans and zooms as bench/'s pan-frame
// and zoom-frame rows do, under the V8 CPU profiler. Prints, per gesture, the self time of the
// hottest functions and the inclusive time of sigma's render steps, per frame. A one-off
// diagnosis, not a row of `npm run bench`; no target, no timing assertion.
//
//   npx tsx bench/profile-camera.ts --size 100k --frames 20
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { BenchPage } from "./browser/bench-page.ts";
import { launchChromium } from "./browser/chromium.ts";
import { serveStatic } from "./browser/static-server.ts";
import { DEFAULT_SEED, graphFileName } from "./graph-file.ts";
import { parseSize } from "./options.ts";

const DATA_DIR = join(import.meta.dirname, "data");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions whose inclusive time is printed, as they are named in the unminified build. */
const STEPS = [
  "render",
  "renderLabels",
  "renderEdgeLabels",
  "renderHighlightedNodes",
  "getLabelsToDisplay",
  "draw",
  "measureText",
  "fillText",
  "drawDiscNodeLabel",
  "framedGraphToViewport",
  "renderProgram",
  "bindProgram",
  "resetWebGLTexture",
  "resize",
  "clear",
  "readPixels",
  "getNodeAtPosition",
  "getEdgeAtPoint",
  "handleMove",
  "handleWheel",
  "(garbage collector)",
];

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split("/").pop() ?? "";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

/** Self ms per function, and inclusive ms per STEPS name (each counted once per stack). */
function summarise(profile: Profile): {
  self: Map<string, number>;
  inclusive: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (
      !leaf ||
      leaf.callFrame.functionName === "(idle)" ||
      leaf.callFrame.functionName === "(program)"
    )
      return;
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? "";
      if (STEPS.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  return { self, inclusive };
}

function print(title: string, profiles: readonly Profile[], frames: number): void {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const profile of profiles) {
    const parts = summarise(profile);
    for (const [name, ms] of parts.self) self.set(name, (self.get(name) ?? 0) + ms);
    for (const [name, ms] of parts.inclusive) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`\n== ${title}: ${frames} frames, ${(total / frames).toFixed(2)} ms JS per frame`);
  console.log("inclusive, per frame:");
  for (const name of STEPS) {
    const ms = inclusive.get(name);
    if (ms) console.log(`  ${name.padEnd(24)} ${(ms / frames).toFixed(2)}`);
  }
  console.log("self, per frame (top 25):");
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.log(`  ${(ms / frames).toFixed(2).padStart(6)}  ${name}`);
}

async function profiled(session: CDPSession, gesture: () => Promise<void>): Promise<Profile> {
  await session.send("Profiler.start");
  await gesture();
  const { profile } = await session.send("Profiler.stop");
  return profile as unknown as Profile;
}

/** Waits for `count` animation frames (a string: tsx would wrap a function's inner names). */
async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    let left = ${count};
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  })`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100k" },
      frames: { type: "string", default: "20" },
    },
  });
  const size = parseSize(values.size ?? "100k");
  const count = Number(values.frames);
  const outDir = mkdtempSync(join(tmpdir(), "kg-profile-"));
  const { build } = await import("vite");
  await build({
    configFile: join(import.meta.dirname, "vite.config.ts"),
    build: { outDir, minify: false },
  });
  const server = await serveStatic({ "/": outDir, "/data/": DATA_DIR });
  const browser = await launchChromium();
  try {
    const context = {
      browser,
      baseUrl: server.url,
      runs: 1,
      layoutSeconds: 1,
      isRasterOn: false,
      log: console.error,
    };
    const page = await BenchPage.open(context, "ours");
    await page.fetchGraph(`${server.url}/data/${graphFileName(size, DEFAULT_SEED)}`);
    await page.call("firstFrame");
    await page.call("edgesDrawn");
    await page.settle();
    const session = await page.page.context().newCDPSession(page.page);
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 50 });
    const box = await page.page.locator("#stage").boundingBox();
    if (!box) throw new Error("no #stage");
    const mouse = page.page.mouse;
    await mouse.move(box.x + 12, box.y + box.height / 2);
    await mouse.down();
    const pan: Profile[] = [];
    for (let i = 1; i <= count; i++) {
      pan.push(
        await profiled(session, async () => {
          await mouse.move(box.x + 12 + 8 * i, box.y + box.height / 2);
          await frames(page.page, 1);
        }),
      );
      await page.settle();
    }
    await mouse.up();
    await page.call("settleCamera");
    print("pan (mousemove to the next frame)", pan, count);
    await mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const zoom: Profile[] = [];
    for (let i = 0; i < count; i++) {
      zoom.push(
        await profiled(session, async () => {
          await mouse.wheel(0, i % 2 === 0 ? -120 : 120);
          await frames(page.page, 1);
        }),
      );
      await page.call("settleCamera");
    }
    print("zoom (wheel to the next frame: the animation's first)", zoom, count);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
