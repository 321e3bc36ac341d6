// The store questions `npm run bench:db` times, asked of PostgresStore and MemoryStore alike:
// search, d1 of a hub with ~1k neighbours, d2 capped at 5k (with and without evidence quotes),
// paths between random nodes.
import type { GraphStore } from "../src/store/graph-store.ts";
import type { StreamedGraph } from "./generate-stream.ts";
import type { Random } from "./seeded-random.ts";

export interface Timing {
  metric: string;
  runs: number;
  p50: number;
  p95: number;
  /**
   * Mean CPU milliseconds per query, this process plus the database's processes: what a query
   * costs whatever else the machine is running (wall times on a shared machine mostly measure
   * the wait for a core). Near the wall time a quiet machine would show.
   */
  cpuMean: number;
  note?: string;
}

/** Milliseconds of CPU used so far by the database's processes (0 when not measurable). */
export type CpuClock = () => number;

export interface Workload {
  searches: string[];
  hub: string;
  hubDegree: number;
  pairs: [string, string][];
}

export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/** The hub whose degree is nearest 1,000, searches built from labels, random node pairs. */
export function workload(graph: StreamedGraph, random: Random): Workload {
  let hub = 0;
  for (let index = 1; index < graph.order; index++) {
    if (Math.abs(graph.degree(index) - 1000) < Math.abs(graph.degree(hub) - 1000)) hub = index;
  }
  const searches: string[] = [];
  for (let i = 0; i < 40; i++) {
    const label = String(graph.node(random.below(graph.order)).attributes.label);
    const words = label.split(" ");
    // What people type: a word, or a word and the start of the next.
    searches.push(i % 2 === 0 ? words[0] : `${words[0]} ${words[1].slice(0, 4)}`);
  }
  const pairs: [string, string][] = [];
  for (let i = 0; i < 20; i++) {
    pairs.push([
      graph.nodeKey(random.below(graph.order)),
      graph.nodeKey(random.below(graph.order)),
    ]);
  }
  return { searches, hub: graph.nodeKey(hub), hubDegree: graph.degree(hub), pairs };
}

interface Times {
  wall: number[];
  cpuMean: number;
}

let databaseCpu: CpuClock = () => 0;

async function timed(runs: number, call: (run: number) => Promise<unknown>): Promise<Times> {
  await call(0); // warm
  const wall: number[] = [];
  const cpuStart = process.cpuUsage();
  const databaseStart = databaseCpu();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await call(run);
    wall.push(performance.now() - start);
  }
  const own = process.cpuUsage(cpuStart);
  const cpu = (own.user + own.system) / 1000 + (databaseCpu() - databaseStart);
  return { wall, cpuMean: cpu / runs };
}

function row(metric: string, { wall: times, cpuMean }: Times, note?: string): Timing {
  const timing: Timing = {
    metric,
    runs: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuMean,
  };
  if (note) timing.note = note;
  return timing;
}

export async function measureStore(
  store: GraphStore,
  work: Workload,
  cpu: CpuClock = () => 0,
): Promise<Timing[]> {
  databaseCpu = cpu;
  const rows: Timing[] = [];
  rows.push(
    row("search", await timed(work.searches.length, (i) => store.search(work.searches[i], 8))),
  );
  const d1 = await store.neighbourhood(work.hub, 1, { limit: 5000 });
  rows.push(
    row(
      "d1-hub",
      await timed(20, () => store.neighbourhood(work.hub, 1, { limit: 5000 })),
      `${work.hub}: degree ${work.hubDegree}, ${d1?.nodes.length} nodes, ${d1?.edges.length} edges`,
    ),
  );
  const d2 = await store.neighbourhood(work.hub, 2, { limit: 5000 });
  rows.push(
    row(
      "d2-capped-5k",
      await timed(10, () => store.neighbourhood(work.hub, 2, { limit: 5000 })),
      `${d2?.nodes.length} nodes, ${d2?.edges.length} edges, of ${d2?.truncated?.total ?? d2?.nodes.length}`,
    ),
  );
  // The same two without evidence quotes (`evidence: false`, what a lean client asks).
  const lean = { limit: 5000, evidence: false };
  rows.push(row("d1-hub-lean", await timed(20, () => store.neighbourhood(work.hub, 1, lean))));
  rows.push(row("d2-lean", await timed(10, () => store.neighbourhood(work.hub, 2, lean))));
  for (const max of [1, 3]) {
    const lengths: number[] = [];
    const times = await timed(work.pairs.length, async (i) => {
      const found = await store.paths(work.pairs[i][0], work.pairs[i][1], { max });
      if (max === 1) lengths.push(found?.[0]?.steps.length ?? -1);
    });
    rows.push(
      row(
        `path-max-${max}`,
        times,
        max === 1 ? `lengths ${lengths.slice(1).join(",")}` : undefined,
      ),
    );
  }
  return rows;
}
