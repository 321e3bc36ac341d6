// The `kg` command: dispatches to one module per command and turns every expected failure into
// one line on stderr and an exit code, never a stack trace. Add a command to COMMANDS below.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";
import { UsageError } from "./args.ts";
import type { CliIo, Command } from "./command.ts";
import { dbCommand } from "./commands/db.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { pathCommand } from "./commands/path.ts";
import { serveCommand } from "./commands/serve.ts";
import { statsCommand } from "./commands/stats.ts";
import { validateCommand } from "./commands/validate.ts";

/** Every command, in the order `kg help` lists them. */
const COMMANDS: readonly Command[] = [
  validateCommand,
  statsCommand,
  exportCommand,
  importCommand,
  pathCommand,
  serveCommand,
  dbCommand,
];

const HELP_FLAGS = new Set(["--help", "-h"]);

export function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "Usage: kg <command> [options]    (npm run kg -- <command> from the repository)",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "kg help <command> (or kg <command> --help) shows a command's options.",
    "Exit codes: 0 success, 1 failure, 2 bad arguments or an invalid graph.",
    "",
  ].join("\n");
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (name === "help" || HELP_FLAGS.has(name)) {
    if (rest[0] === undefined) {
      io.stdout(usage());
      return 0;
    }
    return withCommand(rest[0], io, (command) => {
      io.stdout(`${command.usage}\n`);
      return 0;
    });
  }
  return withCommand(name, io, async (command) => {
    if (rest.some((argument) => HELP_FLAGS.has(argument))) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    try {
      return await command.run(rest, io);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`kg ${command.name}: ${message.split("\n")[0]}\n`);
      if (error instanceof UsageError) return 2;
      if (process.env.KG_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
      return 1;
    }
  });
}

async function withCommand(
  name: string,
  io: CliIo,
  run: (command: Command) => Promise<number> | number,
): Promise<number> {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return run(command);
  const names = COMMANDS.map((candidate) => candidate.name);
  io.stderr(
    `kg: unknown command ${JSON.stringify(name)}${didYouMeanPhrase(didYouMean(name, names, 1))}; commands: ${names.join(", ")}\n`,
  );
  return 2;
}

function processIo(): CliIo {
  // `kg export … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // exitCode, not exit(): a large export piped to a file must finish flushing first.
  process.exitCode = await runCli(process.argv.slice(2));
}
