// `npx tsx bench/gpu-causes.ts --sizes 20k,100k --runs 3`: where a frame's GPU-process cost comes
// from. Draws the graph with sigma's default programs, then with each of our choices put back one
// at a time (page/baseline-defaults.ts FEATURES), then all of them and ours, and prints each
// frame's GPU-process CPU time (bench/browser/gpu-frame.ts) against the defaults. Not part of
// `npm run bench`: it answers a question once, it checks no target.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./browser/chromium.ts";
import { measureGpuPage } from "./browser/gpu-frame.ts";
import { serveStatic } from "./browser/static-server.ts";
import { splitSentences } from "./generate-graph.ts";
import { DEFAULT_SEED, ensureGraphFile, graphFileName } from "./graph-file.ts";
import { parseSize } from "./options.ts";
import { FEATURE_NAMES } from "./page/baseline-features.ts";
import { median, round } from "./results.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

async function main(): Promise<void> {
  const sizes = argument("--sizes", "20k").split(",").map(parseSize);
  const runs = Number(argument("--runs", "3"));
  const variants = argument(
    "--variants",
    ["", ...FEATURE_NAMES, FEATURE_NAMES.join(",")].join(";"),
  ).split(";");
  const dataDir = join(ROOT, "bench", "data");
  const sentences = splitSentences(
    readFileSync(join(ROOT, "graph", "sources", "new-security-concept.txt"), "utf8"),
  );
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "bench", "vite.config.ts") });
  const server = await serveStatic({ "/": join(ROOT, "bench", "dist"), "/data/": dataDir });
  const browser = await launchChromium();
  const plan = { browser, baseUrl: server.url, runs, log };
  try {
    for (const size of sizes) {
      await ensureGraphFile(size, { dataDir, seed: DEFAULT_SEED, sentences, log });
      const url = `${server.url}/data/${graphFileName(size, DEFAULT_SEED)}`;
      const ours = await measureGpuPage(plan, "ours.html", url);
      log(`  ${size.label} ours: ${ours.frames.join(", ")}`);
      const lines = [`ours: ${ours.frames.join(", ")}`];
      let defaults = 0;
      for (const add of variants) {
        const { frames } = await measureGpuPage(plan, "baseline-defaults.html", url, {
          view: ours.view,
          add,
        });
        if (add === "") defaults = median(frames);
        const against = defaults > 0 ? ` (${round(median(frames) / defaults)}x defaults)` : "";
        lines.push(`defaults${add ? ` + ${add}` : ""}: ${frames.join(", ")}${against}`);
        log(`  ${size.label} ${lines[lines.length - 1]}`);
      }
      const oursAgainst = defaults > 0 ? ` (${round(median(ours.frames) / defaults)}x)` : "";
      lines[0] += oursAgainst;
      process.stdout.write(
        `${size.label}, GPU-process CPU ms per full frame, ${runs} runs:\n  ${lines.join("\n  ")}\n`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: Error) => {
  log(`gpu-causes: ${error.message}`);
  process.exit(2);
});
