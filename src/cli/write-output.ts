// Where a single-file result goes: stdout (and nothing else there, so it can be redirected) or
// the file named by --out, confirmed with one line on stderr.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CliIo } from "./command.ts";
import { displayPath } from "./paths.ts";

/** Writes `text` (ending it with a newline) and returns the displayed path, or null for stdout. */
export function writeOutput(text: string, out: string | undefined, io: CliIo): string | null {
  const body = text.endsWith("\n") ? text : `${text}\n`;
  if (out === undefined) {
    io.stdout(body);
    return null;
  }
  const path = resolve(io.cwd, out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  return displayPath(path, io.cwd);
}
