// Runs `kg` (or one of its commands) in-process with what it prints captured: what a user would
// see, without the cost of a process for each of the many argument cases.
import type { CliIo } from "../../src/cli/command.ts";
import { runCli } from "../../src/cli/main.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `run` with streams that collect its output, relative paths resolved from `cwd`. */
export async function runCaptured(
  cwd: string,
  run: (io: CliIo) => Promise<number> | number,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run({
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/** `kg ARGS…` as the binary would run it, in `cwd`. */
export function runKg(cwd: string, args: readonly string[]): Promise<CliRun> {
  return runCaptured(cwd, (io) => runCli(args, io));
}
