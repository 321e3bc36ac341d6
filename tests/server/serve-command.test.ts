// `kg serve` as a user runs it: a real process that binds 127.0.0.1 by default, answers the API
// over the built-in graph, refuses bad options with one line, and stops cleanly on Ctrl-C.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "../../src/cli/paths.ts";
import { runKg } from "../cli/in-process.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

const KG = join(REPO_ROOT, "bin", "kg.js");
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill("SIGKILL");
  child = null;
});

/** Starts `kg serve ARGS` and resolves with the address it prints. */
function startServe(args: string[]): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, [KG, "serve", ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    child = started;
    let stderr = "";
    started.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
      const match = /at (http:\/\/\S+\/)/.exec(stderr);
      if (match) resolve({ url: match[1], process: started });
    });
    started.on("exit", (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
}

describe("kg serve", () => {
  it("serves the built-in graph on 127.0.0.1 with no arguments, and stops on Ctrl-C", async () => {
    const { url, process: server } = await startServe(["--api-only", "--port", "0"]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const info = await (await fetch(`${url}api/info`)).json();
    expect(info).toMatchObject({ nodes: 80, edges: 122 });
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
    server.kill("SIGINT");
    expect(await exited).toBe(0);
  }, 30_000);

  it("refuses bad options and unreadable files with one line and exit 2", async () => {
    for (const args of [
      ["--port", "http"],
      ["--port", "70000"],
      ["--max-nodes", "0"],
      ["no-such-file.json"],
    ]) {
      const { code, stderr } = await runKg(REPO_ROOT, ["serve", "--api-only", ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});
