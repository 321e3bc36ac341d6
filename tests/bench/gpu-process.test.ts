// Finding Chromium's GPU process among other browsers' and reading its CPU time from /proc.
import { describe, expect, it } from "vitest";
import {
  cpuMsOfStat,
  findGpuProcess,
  type ProcessEntry,
  statFields,
} from "../../bench/browser/gpu-process.ts";

// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
const STAT = "4242 (Chrome (GPU) x) S 4100 4100 4100 0 -1 4194560 10 0 0 0 123 45 7 8 20 0 9";

describe("stat lines", () => {
  it("reads the fields after a process name that holds spaces and parentheses", () => {
    expect(statFields(STAT).slice(0, 2)).toEqual(["S", "4100"]);
  });

  it("adds user and system ticks (10 ms each), not the children's", () => {
    expect(cpuMsOfStat(STAT)).toBe((123 + 45) * 10);
  });
});

describe("findGpuProcess", () => {
  const chromium = "/usr/lib/chromium/chromium";
  const processes: ProcessEntry[] = [
    { pid: 10, ppid: 1, commandLine: "node\0bench/run.ts" },
    { pid: 11, ppid: 10, commandLine: `${chromium}\0--headless` },
    { pid: 12, ppid: 11, commandLine: `${chromium} --type=zygote` },
    // Chromium rewrites its title: arguments separated by spaces, not NUL bytes.
    { pid: 13, ppid: 12, commandLine: `${chromium} --type=gpu-process --headless` },
    // Another helper's browser, started earlier.
    { pid: 20, ppid: 1, commandLine: "node\0vitest" },
    { pid: 21, ppid: 20, commandLine: chromium },
    { pid: 22, ppid: 21, commandLine: `${chromium}\0--type=gpu-process` },
    { pid: 30, ppid: 10, commandLine: `${chromium} --type=gpu-process-helper` },
  ];

  it("finds the GPU process that descends from the given process, not another browser's", () => {
    expect(findGpuProcess(processes, 10)).toBe(13);
    expect(findGpuProcess(processes, 20)).toBe(22);
  });

  it("is null when the process started no browser", () => {
    expect(findGpuProcess(processes, 99)).toBeNull();
  });

  it("survives a loop in the parent links", () => {
    const loop = [
      { pid: 1, ppid: 2, commandLine: "a --type=gpu-process" },
      { pid: 2, ppid: 1, commandLine: "b" },
    ];
    expect(findGpuProcess(loop, 99)).toBeNull();
  });
});
