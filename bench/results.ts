// The shape of bench/results.json, the metric names, the targets (issues 5 and 16) and the table:
// one place, so the runner, the smoke test and whoever reads the file agree on what a row means.

export const NODE_METRICS = [
  "load",
  "neighbourhood-d1",
  "neighbourhood-d2",
  "filter-kind",
  "search",
  "export-json",
  "export-gexf",
] as const;

/**
 * `-frame` rows are whole frames from a Chrome trace (main thread, input to the end of the task
 * that drew it, drawing included); `-js` rows are the page's JavaScript apart from drawing.
 */
export const FRAME_METRICS = [
  "first-frame",
  "hover-frame",
  "hover-frame-biggest-hub",
  "hover-frame-median-node",
  "focus-d2-frame",
  "filter-toggle-frame",
  "pan-frame",
  "zoom-frame",
] as const;

export const JS_METRICS = [
  "first-frame-js",
  "hover-js",
  "focus-d2-js",
  "filter-toggle-js",
] as const;

/**
 * The GPU process's CPU time per full frame (browser/gpu-frame.ts): what software WebGL (and the
 * compositor) spend off the main thread, ours against sigma's default programs.
 */
export const GPU_METRICS = ["gpu-frame"] as const;

/**
 * After a cold first frame (nodes drawn), big graphs stream their edges in: the wall time from
 * the input to the frame that draws the last edge, and the longest main-thread task meanwhile.
 */
export const EDGE_STREAM_METRICS = ["all-edges-drawn", "edge-stream-longest-task"] as const;

export const BROWSER_METRICS = [
  ...FRAME_METRICS,
  ...EDGE_STREAM_METRICS,
  ...JS_METRICS,
  ...GPU_METRICS,
  "layout-longest-task",
  "heap-mb",
] as const;

/** Measured once per run, not per graph size. */
export const BUILD_METRICS = ["bundle-gzip-kb"] as const;

/** The 200k/1M check of the full run: does the tab survive loading it. */
export const LARGE_GRAPH_METRIC = "large-graph-load";

/**
 * The full run's opening of a 100k/500k GEXF in the app itself (bench/open-file.ts): from
 * choosing the file to the first frame that shows it, cold, one fresh browser context per run.
 */
export const OPEN_FILE_METRIC = "open-file-100k";

export type Metric =
  | (typeof NODE_METRICS)[number]
  | (typeof BROWSER_METRICS)[number]
  | (typeof BUILD_METRICS)[number]
  | typeof LARGE_GRAPH_METRIC
  | typeof OPEN_FILE_METRIC;

export const BASELINES = {
  fullRefresh: "sigma-full-refresh",
  cytoscape: "cytoscape",
  /** The same graph and camera drawn by sigma 3's default programs (page/baseline-defaults.ts). */
  sigmaDefaults: "sigma-defaults",
} as const;
export type Baseline = (typeof BASELINES)[keyof typeof BASELINES];

export interface ResultRow {
  metric: Metric;
  nodes: number;
  edges: number;
  /** Set on rows of the hub-heavy variant of the synthetic graph (`--sizes 10k-hubs`). */
  graph?: "hub-heavy";
  /**
   * The median figure. Milliseconds for timings; for bundle-gzip-kb and heap-mb the unit the metric
   * names (kB, MB), kept in this field so every row has one shape. null when it could not be measured.
   */
  ms: number | null;
  baseline?: Baseline;
  baselineMs?: number | null;
  /** baselineMs / ms: larger is better. */
  ratio?: number | null;
  /** Frame rows: the worst run, ours and the baseline's. */
  maxMs?: number | null;
  baselineMaxMs?: number | null;
  /** Only for large-graph-load: whether the tab survived, and its heap. */
  ok?: boolean;
  heapMb?: number | null;
  /** Only for layout-longest-task: the longest task's JavaScript apart from drawing. */
  jsMs?: number;
  /** Why a figure is missing, in words. */
  note?: string;
}

export interface ResultsFile {
  generatedAt: string;
  isSmoke: boolean;
  runs: number;
  results: ResultRow[];
}

export interface Target {
  max?: number;
  /** `ratio` (baseline / ours, larger is better) at least this, against the named baseline. */
  minRatio?: Partial<Record<Baseline, number>>;
  /** The sizes (node counts) the target applies at; TARGET_NODES when not given. */
  nodes?: readonly number[];
}

/**
 * Targets at 100k nodes / 500k edges (issues 5, 15 and 16), on whole frames; `ratio` targets
 * apply to the named baseline. JS-only rows have none: they leave drawing out.
 */
export const TARGETS: Partial<Record<Metric, Target>> = {
  "hover-frame": { max: 16, minRatio: { "sigma-full-refresh": 20, cytoscape: 5 } },
  "hover-frame-biggest-hub": { max: 16 },
  "hover-frame-median-node": { max: 16 },
  "focus-d2-frame": { max: 50 },
  "filter-toggle-frame": { max: 50 },
  "pan-frame": { max: 8 },
  "zoom-frame": { max: 8 },
  "first-frame": { max: 2000, minRatio: { cytoscape: 5 } },
  "all-edges-drawn": { max: 8000 },
  "edge-stream-longest-task": { max: 50 },
  "layout-longest-task": { max: 50 },
  "bundle-gzip-kb": { max: 250 },
  "heap-mb": { max: 1024 },
  // Issue 15: ours ≤ 1.1 × the defaults' GPU time, i.e. ratio (defaults / ours) ≥ 1 / 1.1.
  "gpu-frame": { minRatio: { "sigma-defaults": 1 / 1.1 }, nodes: [20_000, 100_000] },
};
export const TARGET_NODES = 100_000;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median: no values; measure at least one run.");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds to what a noisy machine can tell apart: 3 significant digits, at most 3 decimals. */
export function round(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, Math.min(3, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return Number(value.toFixed(digits));
}

export function withBaseline(
  row: Omit<ResultRow, "baseline" | "baselineMs" | "ratio">,
  baseline: Baseline,
  baselineMs: number | null,
): ResultRow {
  const ratio = row.ms !== null && baselineMs !== null && row.ms > 0 ? baselineMs / row.ms : null;
  return { ...row, baseline, baselineMs, ratio: ratio === null ? null : round(ratio) };
}

/** "met", "MISSED" or "" (no target for this row). */
export function targetVerdict(row: ResultRow): string {
  const target = TARGETS[row.metric];
  const sizes = target?.nodes ?? [TARGET_NODES];
  if (!target || (!sizes.includes(row.nodes) && row.metric !== "bundle-gzip-kb")) return "";
  if (row.ms === null) return "MISSED";
  if (target.max !== undefined && row.ms > target.max) return "MISSED";
  const minRatio = row.baseline ? target.minRatio?.[row.baseline] : undefined;
  if (minRatio !== undefined && (row.ratio ?? 0) < minRatio) return "MISSED";
  return "met";
}

function sizeLabel(row: ResultRow): string {
  if (row.metric === "bundle-gzip-kb") return "-";
  const short = (count: number) =>
    count >= 1e6 ? `${count / 1e6}M` : count >= 1000 ? `${count / 1000}k` : String(count);
  return `${short(row.nodes)}/${short(row.edges)}${row.graph === "hub-heavy" ? " hubs" : ""}`;
}

function unit(metric: Metric): string {
  if (metric === "bundle-gzip-kb") return "kB";
  if (metric === "heap-mb") return "MB";
  return "ms";
}

/** A plain-text table, one row per result, for the terminal and the report. */
export function formatTable(rows: readonly ResultRow[]): string {
  const show = (value: number | null | undefined) =>
    value === null || value === undefined ? "-" : String(round(value));
  const lines = [
    ["metric", "size", "ours", "max", "unit", "baseline", "baseline", "max", "ratio", "target"],
  ];
  for (const row of rows) {
    let ours = show(row.ms);
    if (row.metric === LARGE_GRAPH_METRIC) {
      ours = `${row.ok ? "ok" : "FAILED"} ${show(row.ms)}ms heap ${show(row.heapMb)}MB`;
    }
    lines.push([
      row.metric,
      sizeLabel(row),
      ours,
      row.maxMs === undefined ? "" : show(row.maxMs),
      row.metric === LARGE_GRAPH_METRIC ? "" : unit(row.metric),
      row.baseline ?? "",
      row.baseline ? show(row.baselineMs) : "",
      row.baselineMaxMs === undefined ? "" : show(row.baselineMaxMs),
      row.baseline ? show(row.ratio) : "",
      targetVerdict(row) + (row.note ? ` (${row.note})` : ""),
    ]);
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** A metric measured once per run, or on its own graph: not expected at every size. */
function isPerSize(metric: string): boolean {
  return (
    metric !== LARGE_GRAPH_METRIC &&
    metric !== OPEN_FILE_METRIC &&
    !(BUILD_METRICS as readonly string[]).includes(metric)
  );
}

function rowProblems(row: Partial<ResultRow>, index: number): string[] {
  const problems: string[] = [];
  const where = `results[${index}] (${row?.metric ?? "no metric"})`;
  if (typeof row?.metric !== "string") problems.push(`${where}: "metric" is not a string.`);
  for (const field of ["nodes", "edges"] as const) {
    if (!Number.isInteger(row?.[field])) problems.push(`${where}: "${field}" is not an integer.`);
  }
  if (!(typeof row?.ms === "number" && Number.isFinite(row.ms)) && row?.ms !== null) {
    problems.push(`${where}: "ms" is neither a number nor null.`);
  }
  if (row?.baseline !== undefined) {
    if (!Object.values(BASELINES).includes(row.baseline)) {
      problems.push(`${where}: unknown baseline "${row.baseline}".`);
    }
    if (typeof row.baselineMs !== "number" && row.baselineMs !== null) {
      problems.push(`${where}: a baseline row needs "baselineMs".`);
    }
    if (typeof row.ratio !== "number" && row.ratio !== null) {
      problems.push(`${where}: a baseline row needs "ratio".`);
    }
  }
  return problems;
}

/** A graph a run measured: its node count, and "hub-heavy" for that variant. */
export type RunSize = number | { nodes: number; graph?: "hub-heavy" };

function sizeOf(size: RunSize): { nodes: number; graph?: "hub-heavy" } {
  return typeof size === "number" ? { nodes: size } : size;
}

/**
 * Problems with a results file, as sentences (empty: well-formed). `expected` lists the metrics
 * that must each have a row with a number; with `sizes`, one on every graph the run measured.
 */
export function checkResults(
  file: unknown,
  expected: readonly Metric[],
  sizes: readonly RunSize[] = [],
): string[] {
  const results = (file as { results?: unknown })?.results;
  if (!Array.isArray(results)) return ['results.json has no "results" array.'];
  const problems = results.flatMap((row: Partial<ResultRow>, index) => rowProblems(row, index));
  for (const metric of expected) {
    const rows = results.filter((row: Partial<ResultRow>) => row?.metric === metric);
    const isMeasured = (row: Partial<ResultRow>) => typeof row.ms === "number";
    if (rows.length === 0) problems.push(`no row for metric "${metric}".`);
    else if (!rows.some(isMeasured)) {
      problems.push(`metric "${metric}" has no measured figure (ms is null in every row).`);
    } else if (isPerSize(metric)) {
      for (const { nodes, graph } of sizes.map(sizeOf)) {
        const isOnGraph = (row: Partial<ResultRow>) => row.nodes === nodes && row.graph === graph;
        if (!rows.some((row: Partial<ResultRow>) => isOnGraph(row) && isMeasured(row))) {
          const variant = graph ? ` (${graph})` : "";
          problems.push(`metric "${metric}" has no measured figure at ${nodes} nodes${variant}.`);
        }
      }
    }
  }
  return problems;
}

/** Rows that miss their target, as sentences: what was measured against what was asked. */
export function missedTargets(rows: readonly ResultRow[]): string[] {
  return rows
    .filter((row) => targetVerdict(row) === "MISSED")
    .map((row) => {
      const target = TARGETS[row.metric];
      const against = row.baseline ? ` (ratio ${row.ratio ?? "-"} against ${row.baseline})` : "";
      const minRatio = row.baseline ? target?.minRatio?.[row.baseline] : undefined;
      const asked = [
        target?.max === undefined ? null : `≤ ${target.max}`,
        minRatio === undefined ? null : `a ratio ≥ ${round(minRatio)}`,
      ].filter(Boolean);
      return (
        `target missed: ${row.metric} at ${row.nodes} nodes${row.graph ? ` (${row.graph})` : ""}` +
        ` is ${row.ms ?? "not measured"}` +
        `${against}; the target is ${asked.join(" and ") || "a measured figure"}.`
      );
    });
}
