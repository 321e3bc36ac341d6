// Reads the benchmark's command line (`--smoke`, `--sizes 1k,10k`, `--runs 5`, `--only node`) into
// one plain object, rejecting bad values with a message that says what is accepted.

export interface GraphSize {
  /** As typed on the command line: "1k", "100k". */
  label: string;
  nodes: number;
  edges: number;
}

export type Side = "node" | "browser";

export interface BenchOptions {
  sizes: GraphSize[];
  /** Runs per figure; the median is reported. */
  runs: number;
  sides: Side[];
  isSmoke: boolean;
  /** Also load 200k nodes / 1M edges once in the browser and report ok/failed + heap. */
  checksLargeGraph: boolean;
  /** Where results.json goes. */
  out: string;
  /** How long ForceAtlas2 runs while the longest main-thread task is watched. */
  layoutSeconds: number;
  /** Paint pixels for real (software WebGL here: slow, and never part of a figure). */
  isRasterOn: boolean;
}

/** Every synthetic graph has five edges per node, as the 1k/5k ... 100k/500k sizes do. */
export const EDGES_PER_NODE = 5;
export const LARGE_GRAPH: GraphSize = { label: "200k", nodes: 200_000, edges: 1_000_000 };
export const DEFAULT_OUT = "bench/results.json";
const FULL_SIZES = "1k,10k,100k";
const SMOKE_SIZES = "1k";
export const MIN_FULL_RUNS = 5;

const USAGE =
  "usage: tsx bench/run.ts [--smoke] [--sizes 1k,10k,100k] [--runs 5] [--only node|browser]" +
  " [--large | --no-large] [--raster] [--layout-seconds 5] [--out bench/results.json]";

export function parseSize(text: string): GraphSize {
  const match = /^(\d+)(k?)$/i.exec(text.trim());
  if (!match) {
    throw new Error(
      `--sizes: "${text}" is not a size; write a node count such as 1k, 10k or 100k.`,
    );
  }
  const nodes = Number(match[1]) * (match[2] ? 1000 : 1);
  if (nodes < 10) throw new Error(`--sizes: "${text}" is too small; use at least 10 nodes.`);
  return { label: text.trim().toLowerCase(), nodes, edges: nodes * EDGES_PER_NODE };
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (["--smoke", "--no-large", "--large", "--raster"].includes(argument)) {
      flags.add(argument);
    } else if (["--sizes", "--runs", "--only", "--out", "--layout-seconds"].includes(argument)) {
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
  return {
    sizes,
    runs,
    sides,
    isSmoke,
    checksLargeGraph,
    out: values.get("--out") ?? DEFAULT_OUT,
    layoutSeconds,
    isRasterOn: flags.has("--raster"),
  };
}
