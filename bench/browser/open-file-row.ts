// The `open-file-100k` row: bench/open-file.ts opens a 100k/500k GEXF in the app itself, as a
// user does, once per run in a fresh browser context. It runs in its own Node process with a big
// heap, because writing that GEXF (once, then cached in bench/data/) holds the whole text.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { median, OPEN_FILE_METRIC, type ResultRow } from "../results.ts";

const NODES = 100_000;
const EDGES = 500_000;
const HEAP_MB = 12_000;

interface OpenFileLine {
  chosenToFirstFrameMs: number;
}

/** Runs bench/open-file.ts; resolves with its JSON lines, or rejects with its exit code. */
function runOpenFile(root: string, runs: number, log: (line: string) => void): Promise<string[]> {
  const args = [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", "bench/open-file.ts"];
  args.push("--nodes", `${NODES}`, "--edges", `${EDGES}`, "--format", "gexf", "--runs", `${runs}`);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) log(`  ${line}`);
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout.split("\n").filter((line) => line.trim() !== ""));
      else reject(new Error(`bench/open-file.ts exited with ${code}`));
    });
  });
}

/** The row: median and worst of the runs' choose-to-first-frame times, or null with the reason. */
export async function measureOpenFileRow(
  root: string,
  runs: number,
  log: (line: string) => void,
): Promise<ResultRow> {
  const row: ResultRow = { metric: OPEN_FILE_METRIC, nodes: NODES, edges: EDGES, ms: null };
  try {
    const lines = await runOpenFile(join(root), runs, log);
    const times = lines.map((line) => (JSON.parse(line) as OpenFileLine).chosenToFirstFrameMs);
    if (times.length !== runs) throw new Error(`${times.length} of ${runs} runs reported`);
    return { ...row, ms: median(times), maxMs: Math.max(...times) };
  } catch (error) {
    return { ...row, note: (error as Error).message };
  }
}
