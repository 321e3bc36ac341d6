// Reads the benchmark's command line (`--smoke`, `--sizes 1k,10k`, `--runs 5`, `--only node`) into
// one plain object, rejecting bad values with a message that says what is accepted.

export interface GraphSize {
  /** As typed on the command line: "1k", "100k". */
  label: string;
  nodes: number;
  edges: number;
  /** "hub-heavy": a few hubs carry 5–10 % of the edges (bench/hub-heavy.ts); else scale-free. */
  shape?: "hub-heavy";
}

export type Side = "node" | "browser";

/** What the browser side measures, each a series on the pages (see bench/README.md). */
export const STEPS = [
  "first-frame",
  "heap",
  "hover",
  "focus",
  "filter",
  "pan",
  "zoom",
  "layout",
  "gpu-frame",
] as const;
export type Step = (typeof STEPS)[number];
/** The rows each step writes (bench/results.ts names them). */
export const STEP_METRICS = {
  "first-frame": ["first-frame", "all-edges-drawn", "edge-stream-longest-task", "first-frame-js"],
  heap: ["heap-mb"],
  hover: ["hover-frame", "hover-frame-biggest-hub", "hover-frame-median-node", "hover-js"],
  focus: ["focus-d2-frame", "focus-d2-js"],
  filter: ["filter-toggle-frame", "filter-toggle-js"],
  pan: ["pan-frame"],
  zoom: ["zoom-frame"],
  layout: ["layout-longest-task"],
  "gpu-frame": ["gpu-frame"],
} as const satisfies Record<Step, readonly string[]>;

export const PAGES = ["ours", "full-refresh", "cytoscape"] as const;
export type PageName = (typeof PAGES)[number];

export interface BenchOptions {
  sizes: GraphSize[];
  /** Runs per figure; the median is reported. */
  runs: number;
  sides: Side[];
  isSmoke: boolean;
  /** Also load 200k nodes / 1M edges once in the browser and report ok/failed + heap. */
  checksLargeGraph: boolean;
  /** Also open a 100k/500k GEXF in the app itself, `runs` times (the `open-file-100k` row). */
  opensFile: boolean;
  /** Where results.json goes. */
  out: string;
  /** How long ForceAtlas2 runs while the longest main-thread task is watched. */
  layoutSeconds: number;
  /** Paint pixels for real (software WebGL here: slow, and never part of a figure). */
  isRasterOn: boolean;
  /** Browser series to run, and on which pages (ours always). */
  steps: Step[];
  pages: PageName[];
  /** Exit 1 when a figure at 100k misses its target (default: on, except in smoke runs). */
  isChecking: boolean;
}

/** Every synthetic graph has five edges per node, as the 1k/5k ... 100k/500k sizes do. */
export const EDGES_PER_NODE = 5;
export const LARGE_GRAPH: GraphSize = { label: "200k", nodes: 200_000, edges: 1_000_000 };
export const DEFAULT_OUT = "bench/results.json";
const FULL_SIZES = "1k,10k,100k,10k-hubs,100k-hubs";
const SMOKE_SIZES = "1k";
export const MIN_FULL_RUNS = 5;

const USAGE =
  "usage: tsx bench/run.ts [--smoke] [--sizes 1k,10k,100k,10k-hubs] [--runs 5] [--only node|browser]" +
  " [--large | --no-large] [--open-file | --no-open-file] [--raster] [--layout-seconds 5] [--out bench/results.json]" +
  ` [--steps ${STEPS.join(",")}] [--pages ${PAGES.join(",")}] [--check | --no-check]`;

function parseList<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
): T[] {
  if (text === undefined) return [...allowed];
  const items = text.split(",").map((item) => item.trim());
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new Error(`${flag}: "${item}" is not one of ${allowed.join(", ")}.`);
    }
  }
  return items as T[];
}

export function parseSize(text: string): GraphSize {
  const match = /^(\d+)(k?)(-hubs)?$/i.exec(text.trim());
  if (!match) {
    throw new Error(
      `--sizes: "${text}" is not a size; write a node count such as 1k, 10k or 100k, ` +
        "or 10k-hubs for the hub-heavy variant.",
    );
  }
  const nodes = Number(match[1]) * (match[2] ? 1000 : 1);
  if (nodes < 10) throw new Error(`--sizes: "${text}" is too small; use at least 10 nodes.`);
  const size: GraphSize = {
    label: text.trim().toLowerCase(),
    nodes,
    edges: nodes * EDGES_PER_NODE,
  };
  if (match[3]) size.shape = "hub-heavy";
  return size;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (
      [
        "--smoke",
        "--no-large",
        "--large",
        "--open-file",
        "--no-open-file",
        "--raster",
        "--check",
        "--no-check",
      ].includes(argument)
    ) {
      flags.add(argument);
    } else if (
      ["--sizes", "--runs", "--only", "--out", "--layout-seconds", "--steps", "--pages"].includes(
        argument,
      )
    ) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith("--")) {
        throw new Error(`${argument} needs a value. ${USAGE}`);
      }
      values.set(argument, value);
      index++;
    } else {
      throw new Error(`unknown argument "${argument}". ${USAGE}`);
    }
  }
  const isSmoke = flags.has("--smoke");
  const sizes = (values.get("--sizes") ?? (isSmoke ? SMOKE_SIZES : FULL_SIZES))
    .split(",")
    .filter((part) => part.trim() !== "")
    .map(parseSize);
  const runs = Number(values.get("--runs") ?? (isSmoke ? 3 : MIN_FULL_RUNS));
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs: "${values.get("--runs")}" is not a positive whole number.`);
  }
  const only = values.get("--only");
  if (only !== undefined && only !== "node" && only !== "browser") {
    throw new Error(`--only: "${only}" is not a side; use --only node or --only browser.`);
  }
  const sides: Side[] = only ? [only] : ["node", "browser"];
  const layoutSeconds = Number(values.get("--layout-seconds") ?? (isSmoke ? 1.5 : 5));
  if (!(layoutSeconds > 0)) {
    throw new Error(`--layout-seconds: "${values.get("--layout-seconds")}" is not a duration.`);
  }
  const checksLargeGraph =
    sides.includes("browser") &&
    (flags.has("--large") || (!isSmoke && !flags.has("--no-large") && !values.has("--sizes")));
  const opensFile =
    sides.includes("browser") &&
    (flags.has("--open-file") ||
      (!isSmoke && !flags.has("--no-open-file") && !values.has("--sizes")));
  return {
    sizes,
    runs,
    sides,
    isSmoke,
    checksLargeGraph,
    opensFile,
    out: values.get("--out") ?? DEFAULT_OUT,
    layoutSeconds,
    isRasterOn: flags.has("--raster"),
    steps: parseList("--steps", values.get("--steps"), STEPS),
    pages: [...new Set<PageName>(["ours", ...parseList("--pages", values.get("--pages"), PAGES)])],
    isChecking: flags.has("--check") || (!isSmoke && !flags.has("--no-check")),
  };
}
