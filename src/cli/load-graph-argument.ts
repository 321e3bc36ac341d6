// The graph a command works on: the file named on the command line, or the built-in graph. An
// invalid file stops the command with every problem listed, as `kg validate` would.
import { resolve } from "node:path";
import type { CuratedFile, KnowledgeGraph } from "../model/types.ts";
import { formatValidationError } from "../model/validate.ts";
import type { CliIo } from "./command.ts";
import { BUILT_IN_GRAPH, displayPath } from "./paths.ts";
import { readCurated } from "./read-curated.ts";

export type LoadedGraph =
  | { ok: true; graph: KnowledgeGraph; file: CuratedFile; name: string }
  | { ok: false; exitCode: number };

/** Prints the problems (and notes on an older shape) on stderr itself; the caller only returns `exitCode` on failure. */
export function loadGraphArgument(fileArgument: string | undefined, io: CliIo): LoadedGraph {
  const path = fileArgument === undefined ? BUILT_IN_GRAPH : resolve(io.cwd, fileArgument);
  const name = displayPath(path, io.cwd);
  const result = readCurated(path, name);
  if (result.ok) {
    for (const note of result.notes) io.stderr(`note: ${note}\n`);
    return { ok: true, graph: result.graph, file: result.file, name };
  }
  for (const error of result.errors) {
    io.stderr(`${formatValidationError(error)}\n`);
    if (error.fix) io.stderr(`  fix: ${error.fix}\n`);
  }
  io.stderr(`${problems(result.errors.length)} in ${name}.\n`);
  return { ok: false, exitCode: 2 };
}

export function problems(count: number): string {
  return count === 1 ? "1 problem" : `${count} problems`;
}
