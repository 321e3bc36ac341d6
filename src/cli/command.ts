// What every `kg` command provides, and the streams it writes to: commands take their output
// channels as values so tests can run them in-process and read what a user would see.

export interface CliIo {
  /** Data: what a user may redirect to a file. */
  stdout(text: string): void;
  /** Messages: errors, confirmations, progress. */
  stderr(text: string): void;
  /** Relative paths on the command line are relative to this. */
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for `kg help`. */
  summary: string;
  /** Full usage for `kg help NAME` and `kg NAME --help`. */
  usage: string;
  /** Returns the exit code: 0 success, 1 failure, 2 bad arguments or an invalid graph. */
  run(argv: readonly string[], io: CliIo): Promise<number> | number;
}
