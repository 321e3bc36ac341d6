// `npm run bench` and `npm run bench:smoke`: generates (or reuses) the synthetic graphs, measures
// the Node side, the production bundle and the browser side next to their baselines, prints a
// table on stdout (progress on stderr) and writes bench/results.json. See bench/README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkLargeGraph, measureBrowserSide } from "./browser/browser-metrics.ts";
import { launchChromium } from "./browser/chromium.ts";
import { measureOpenFileRow } from "./browser/open-file-row.ts";
import { serveStatic } from "./browser/static-server.ts";
import { measureBundleSize } from "./bundle-size.ts";
import { splitSentences } from "./generate-graph.ts";
import { DEFAULT_SEED, ensureGraphFile, graphFileName } from "./graph-file.ts";
import { measureNodeSide } from "./node-metrics.ts";
import {
  type BenchOptions,
  type GraphSize,
  LARGE_GRAPH,
  parseOptions,
  STEP_METRICS,
} from "./options.ts";
import {
  BROWSER_METRICS,
  BUILD_METRICS,
  checkResults,
  formatTable,
  LARGE_GRAPH_METRIC,
  type Metric,
  missedTargets,
  NODE_METRICS,
  OPEN_FILE_METRIC,
  type ResultRow,
  type ResultsFile,
  round,
} from "./results.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA_DIR = join(ROOT, "bench", "data");
const PAGES_DIR = join(ROOT, "bench", "dist");
const SOURCE_TEXT = join(ROOT, "graph", "sources", "new-security-concept.txt");

const log = (line: string) => process.stderr.write(`${line}\n`);

function expectedMetrics(options: BenchOptions): Metric[] {
  const metrics: Metric[] = [];
  if (options.sides.includes("node")) metrics.push(...NODE_METRICS);
  if (options.sides.includes("browser")) {
    metrics.push(...BUILD_METRICS, ...options.steps.flatMap((step) => STEP_METRICS[step]));
  }
  if (options.checksLargeGraph) metrics.push(LARGE_GRAPH_METRIC);
  if (options.opensFile) metrics.push(OPEN_FILE_METRIC);
  return metrics;
}

const METRIC_ORDER: string[] = [
  ...NODE_METRICS,
  ...BROWSER_METRICS,
  LARGE_GRAPH_METRIC,
  OPEN_FILE_METRIC,
  ...BUILD_METRICS,
];

function byMetricThenSize(a: ResultRow, b: ResultRow): number {
  const variant = (row: ResultRow) => (row.graph === "hub-heavy" ? 1 : 0);
  return (
    METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
    variant(a) - variant(b) ||
    a.nodes - b.nodes
  );
}

/** Marks a variant's rows, so 100k and 100k-hubs stay apart in the file and the table. */
function onGraph(size: GraphSize, rows: ResultRow[]): ResultRow[] {
  return size.shape ? rows.map((row) => ({ ...row, graph: size.shape })) : rows;
}

function rounded(row: ResultRow): ResultRow {
  const result = { ...row, ms: row.ms === null ? null : round(row.ms) };
  if (typeof row.baselineMs === "number") result.baselineMs = round(row.baselineMs);
  return result;
}

async function graphFile(size: GraphSize, sentences: readonly string[]): Promise<string> {
  return ensureGraphFile(size, { dataDir: DATA_DIR, seed: DEFAULT_SEED, sentences, log });
}

async function measureBrowser(
  options: BenchOptions,
  sentences: readonly string[],
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  log("building the app to size its initial JavaScript...");
  const bundle = await measureBundleSize(ROOT);
  for (const file of bundle.files) log(`  ${file.path}: ${round(file.gzipKb)} kB gzip`);
  rows.push({ metric: "bundle-gzip-kb", nodes: 0, edges: 0, ms: bundle.kb });

  log("building the bench pages (bench/vite.config.ts)...");
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "bench", "vite.config.ts") });
  const server = await serveStatic({ "/": PAGES_DIR, "/data/": DATA_DIR });
  const browser = await launchChromium();
  const context = {
    browser,
    baseUrl: server.url,
    runs: options.runs,
    layoutSeconds: options.layoutSeconds,
    isRasterOn: options.isRasterOn,
    log,
  };
  const dataUrl = (size: GraphSize) => `${server.url}/data/${graphFileName(size, DEFAULT_SEED)}`;
  try {
    for (const size of options.sizes) {
      await graphFile(size, sentences);
      log(`browser side, ${size.label} (${size.nodes} nodes, ${size.edges} edges):`);
      rows.push(...onGraph(size, await measureBrowserSide(context, dataUrl(size), size, options)));
    }
    if (options.checksLargeGraph) {
      await graphFile(LARGE_GRAPH, sentences);
      log(`large graph check, ${LARGE_GRAPH.nodes} nodes, ${LARGE_GRAPH.edges} edges:`);
      rows.push(await checkLargeGraph(context, dataUrl(LARGE_GRAPH), LARGE_GRAPH));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (options.opensFile) {
    log(`opening a 100k/500k GEXF in the app (${OPEN_FILE_METRIC}), ${options.runs} runs:`);
    rows.push(await measureOpenFileRow(ROOT, options.runs, log));
  }
  return rows;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const sentences = splitSentences(readFileSync(SOURCE_TEXT, "utf8"));
  const rows: ResultRow[] = [];
  if (options.sides.includes("node")) {
    for (const size of options.sizes) {
      const path = await graphFile(size, sentences);
      log(`node side, ${size.label} (${size.nodes} nodes, ${size.edges} edges):`);
      rows.push(...onGraph(size, await measureNodeSide(path, size, options.runs, log)));
    }
  }
  if (options.sides.includes("browser")) rows.push(...(await measureBrowser(options, sentences)));

  const file: ResultsFile = {
    generatedAt: new Date().toISOString(),
    isSmoke: options.isSmoke,
    runs: options.runs,
    results: rows.sort(byMetricThenSize).map(rounded),
  };
  writeFileSync(resolve(ROOT, options.out), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${formatTable(file.results)}\n`);
  log(`wrote ${options.out} in ${Math.round((performance.now() - started) / 1000)} s`);

  const sizes = options.sizes.map((size) => ({ nodes: size.nodes, graph: size.shape }));
  const problems = checkResults(file, expectedMetrics(options), sizes);
  // Smoke runs (part of `npm test`) never fail on a timing: see --check in bench/README.md.
  const missed = missedTargets(file.results);
  if (options.isChecking) problems.push(...missed);
  else for (const line of missed) log(`bench (not checked): ${line}`);
  for (const problem of problems) log(`bench: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`bench: ${error.message}`);
    process.exit(2);
  },
);
