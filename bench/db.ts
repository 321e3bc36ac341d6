// `npm run bench:db`: generated graphs (100k nodes / 500k edges, and with --sizes 100k,1m also
// 1M / 5M) streamed into a throwaway PostgreSQL cluster as they are made (generate-stream.ts: no
// graph is held in memory); load time; p50/p95 of search, d1 of a ~1k-neighbour hub, d2 capped
// at 5k, paths, in PostgresStore and, up to --memory-up-to nodes (where a graphology graph fits
// in Node's heap), MemoryStore side by side; then `kg serve --db` under 32 concurrent HTTP
// clients (autocannon): requests/s, p99, errors, RSS.
// Results go to stdout and bench/db-results.json; progress to stderr.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, startCluster } from "../scripts/postgres-cluster.ts";
import { MemoryStore } from "../src/store/memory-store.ts";
import { createPool } from "../src/store/postgres/connection.ts";
import { loadSource } from "../src/store/postgres/load-graph.ts";
import { PostgresStore } from "../src/store/postgres/postgres-store.ts";
import { clusterCpu } from "./db-cpu.ts";
import { measureStore, type Timing, workload } from "./db-queries.ts";
import { splitSentences } from "./generate-graph.ts";
import { generateStream, type StreamedGraph, streamedToGraph } from "./generate-stream.ts";
import { seededRandom } from "./seeded-random.ts";

const ROOT = join(import.meta.dirname, "..");
const SIZES: Record<string, [number, number]> = {
  "10k": [10_000, 50_000],
  "100k": [100_000, 500_000],
  "1m": [1_000_000, 5_000_000],
};
const log = (line: string) => process.stderr.write(`bench:db: ${line}\n`);

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function buildGraph(nodes: number, edges: number): StreamedGraph {
  const sentences = splitSentences(
    readFileSync(join(ROOT, "graph/sources/new-security-concept.txt"), "utf8"),
  );
  return generateStream({ nodes, edges, seed: 1, sentences });
}

interface HttpResult {
  requestsPerSecond: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx: number;
  rssMb: number;
  /**
   * CPU milliseconds per request of kg serve's process plus the database's processes: what a
   * request costs, apart from the wait for a core on a shared machine.
   */
  cpuPerRequest: number;
}

/** CPU milliseconds used so far by process `pid` (user + system, from /proc). */
function processCpu(pid: number): number {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** `kg serve --db` in its own process, 32 clients for `seconds` over a mix of API calls. */
async function measureHttp(
  url: string,
  name: string,
  paths: string[],
  seconds: number,
  databaseCpu: () => number,
): Promise<HttpResult> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "bin/kg.js"),
      "serve",
      "--db",
      url,
      "--graph",
      name,
      "--api-only",
      "--port",
      String(port),
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let text = "";
    child.stderr.on("data", (chunk) => {
      text += String(chunk);
      if (text.includes("Ctrl-C")) resolve();
    });
    child.on("exit", () => reject(new Error(`kg serve stopped: ${text}`)));
  });
  try {
    const pid = child.pid ?? 0;
    const cpuStart = processCpu(pid) + databaseCpu();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 32,
      duration: seconds,
      requests: paths.map((path) => ({ method: "GET", path })),
    });
    return {
      requestsPerSecond: result.requests.average,
      p99: result.latency.p99,
      p50: result.latency.p50,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      rssMb: rssMb(pid),
      cpuPerRequest: (processCpu(pid) + databaseCpu() - cpuStart) / result.requests.total,
    };
  } finally {
    child.kill("SIGINT");
  }
}

/**
 * The loader's progress with, on each stage's closing line (one naming its duration), the CPU
 * seconds this process (Node: making rows) and the cluster (PostgreSQL) spent since the last one.
 */
function stageCpu(print: (line: string) => void, databaseCpu: () => number) {
  let node = process.cpuUsage();
  let database = databaseCpu();
  return (line: string) => {
    if (!/ in [\d.]+ s$/.test(line)) return print(line);
    const used = process.cpuUsage(node);
    const now = databaseCpu();
    const text = `${((used.user + used.system) / 1e6).toFixed(1)} s Node CPU, ${((now - database) / 1000).toFixed(1)} s PostgreSQL CPU`;
    node = process.cpuUsage();
    database = now;
    print(`${line} (${text})`);
  };
}

async function main() {
  const sizes = argument("sizes", "100k").split(",");
  // A graphology graph of 100k nodes / 500k edges with evidence takes ~1.5 GB of heap; at 1M / 5M
  // it does not fit Node's default heap (see docs/scaling.md).
  const memoryUpTo = Number(argument("memory-up-to", "100000"));
  const seconds = Number(argument("seconds", "15"));
  // --load-only: time the load (per stage, with CPU) and skip the queries.
  const loadOnly = process.argv.includes("--load-only");
  const cluster = await startCluster({
    settings: [
      "-c shared_buffers=1GB",
      "-c maintenance_work_mem=1GB",
      "-c work_mem=32MB",
      "-c max_wal_size=8GB",
      "-c wal_level=minimal",
      "-c max_wal_senders=0",
      "-c synchronous_commit=off",
    ],
  });
  const results: Record<string, unknown>[] = [];
  try {
    for (const size of sizes) {
      const [nodes, edges] = SIZES[size] ?? [];
      if (!nodes)
        throw new Error(`--sizes: ${size} is not one of ${Object.keys(SIZES).join(", ")}`);
      let started = Date.now();
      log(`${size}: generating the topology of ${nodes} nodes, ${edges} edges`);
      const graph = buildGraph(nodes, edges);
      const topologySeconds = (Date.now() - started) / 1000;
      log(`${size}: topology in ${topologySeconds.toFixed(0)} s; streaming into PostgreSQL`);
      const pool = createPool({ url: cluster.url, statementTimeoutMs: 0 });
      const databaseCpu = await clusterCpu(pool);
      started = Date.now();
      await loadSource(pool, graph, {
        name: size,
        replace: true,
        sourceFiles: "generated",
        progress: stageCpu((line) => log(`${size}: ${line}`), databaseCpu),
      });
      const loadSeconds = (Date.now() - started) / 1000;
      log(
        `${size}: loaded in ${loadSeconds.toFixed(1)} s, load average ${loadavg()[0].toFixed(1)}`,
      );
      if (loadOnly) {
        await pool.end();
        continue;
      }
      const work = workload(graph, seededRandom(7));
      const postgres = await PostgresStore.open(
        createPool({ url: cluster.url, statementTimeoutMs: 60_000 }),
        size,
        "bench",
      );
      const pgTimings = await measureStore(postgres, work, databaseCpu);
      await postgres.close();
      let memoryTimings: Timing[] = [];
      if (nodes <= memoryUpTo) {
        log(`${size}: the same in memory`);
        memoryTimings = await measureStore(new MemoryStore(streamedToGraph(graph)), work);
      }
      const paths = [
        ...work.searches.map((text) => `/api/search?q=${encodeURIComponent(text)}`),
        ...work.pairs.map(
          ([key]) => `/api/neighbourhood?focus=${encodeURIComponent(key)}&depth=1&limit=200`,
        ),
        `/api/neighbourhood?focus=${encodeURIComponent(work.hub)}&depth=1`,
        "/api/info",
        "/api/hubs?limit=20",
      ];
      log(`${size}: HTTP, 32 clients for ${seconds} s`);
      const http = await measureHttp(cluster.url, size, paths, seconds, databaseCpu);
      await pool.end();
      results.push({
        size,
        nodes,
        edges,
        // The machine is shared: how busy it was (1-minute load average, 2 cores) at the end.
        loadAverage: loadavg()[0],
        // Drawing the topology (typed arrays) before the load; the load includes making every
        // row's attributes as it streams, COPY, the index builds and ANALYZE.
        topologySeconds,
        loadSeconds,
        postgres: pgTimings,
        memory: memoryTimings,
        http,
      });
      printSize(results[results.length - 1]);
      writeFileSync(
        join(ROOT, "bench/db-results.json"),
        `${JSON.stringify({ generatedAt: new Date().toISOString(), results }, null, 2)}\n`,
      );
    }
  } finally {
    cluster.stop();
  }
}

function printSize(result: Record<string, unknown>) {
  const pg = result.postgres as Timing[];
  const memory = result.memory as Timing[];
  const lines = [
    `\n${result.size}: ${result.nodes} nodes, ${result.edges} edges; load ${(result.loadSeconds as number).toFixed(1)} s; machine load average ${(result.loadAverage as number).toFixed(1)}`,
  ];
  lines.push("metric          postgres p50 / p95 ms (CPU)     memory p50 / p95 ms (CPU)   note");
  const text = (timing: Timing) =>
    `${timing.p50.toFixed(1)} / ${timing.p95.toFixed(1)} (${timing.cpuMean.toFixed(1)})`;
  for (const timing of pg) {
    const mem = memory.find((item) => item.metric === timing.metric);
    lines.push(
      `${timing.metric.padEnd(16)}${text(timing).padEnd(32)}${(mem ? text(mem) : "-").padEnd(28)}${timing.note ?? ""}`,
    );
  }
  const http = result.http as HttpResult;
  lines.push(
    `HTTP 32 clients: ${http.requestsPerSecond.toFixed(0)} req/s, p50 ${http.p50} ms, p99 ${http.p99} ms, errors ${http.errors}, non-2xx ${http.non2xx}, CPU ${http.cpuPerRequest.toFixed(1)} ms per request (kg serve + database); kg serve --db peak RSS ${http.rssMb.toFixed(0)} MB`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
