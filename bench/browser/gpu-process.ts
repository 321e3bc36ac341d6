// Chromium's GPU process and its CPU time, read from /proc (Linux). Under --disable-gpu with
// --enable-unsafe-swiftshader (scripts/chromium.ts), WebGL runs in SwiftShader, a software GPU
// inside that process (`--type=gpu-process`), with the display compositor; so its CPU time is
// what a frame costs "on the GPU side" on this machine. Several browsers may run at once (other
// benchmarks, the browser tests): the one we want descends from this Node process.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux), so 10 ms a tick. */
export const TICKS_PER_SECOND = 100;

/** The fields of a /proc/<pid>/stat line after the process name: [state, ppid, …]. */
export function statFields(text: string): string[] {
  // The name is in parentheses and may itself hold spaces and parentheses.
  return text.slice(text.lastIndexOf(")") + 2).split(" ");
}

/** utime + stime (fields 14 and 15 of stat, all threads of the process), in milliseconds. */
export function cpuMsOfStat(text: string): number {
  const fields = statFields(text);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const GPU_FLAG = "--type=gpu-process";

export interface ProcessEntry {
  pid: number;
  ppid: number;
  /**
   * /proc/<pid>/cmdline: arguments split by NUL bytes, or (Chromium rewrites its process title)
   * by spaces.
   */
  commandLine: string;
}

/** The GPU process among the descendants of `root`, or null when it has none (yet). */
export function findGpuProcess(processes: readonly ProcessEntry[], root: number): number | null {
  const parents = new Map(processes.map((entry) => [entry.pid, entry.ppid]));
  const descends = (pid: number) => {
    const seen = new Set<number>();
    for (let at = parents.get(pid); at !== undefined && !seen.has(at); at = parents.get(at)) {
      if (at === root) return true;
      seen.add(at);
    }
    return false;
  };
  const isGpu = (entry: ProcessEntry) => entry.commandLine.split(/[\0 ]/).includes(GPU_FLAG);
  const gpu = processes.find((entry) => isGpu(entry) && descends(entry.pid));
  return gpu?.pid ?? null;
}

function readProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(statFields(readFileSync(`/proc/${name}/stat`, "utf8"))[1]);
      const commandLine = readFileSync(`/proc/${name}/cmdline`, "utf8");
      entries.push({ pid: Number(name), ppid, commandLine });
    } catch {
      // The process ended while we looked.
    }
  }
  return entries;
}

/** A clock of the GPU process's CPU time, in ms, for the Chromium this process launched. */
export function gpuProcessClock(): () => number {
  if (!existsSync("/proc/self/stat")) {
    throw new Error("gpu-frame: /proc is missing; the GPU process's CPU time is read on Linux.");
  }
  const pid = findGpuProcess(readProcesses(), process.pid);
  if (pid === null) {
    throw new Error(
      "gpu-frame: no Chromium process with --type=gpu-process under this one; " +
        "open a page with WebGL before reading the clock.",
    );
  }
  return () => cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
}
