// `kg serve`: the explorer and its JSON API over a graph in memory (the built-in graph or a file)
// or in PostgreSQL, so graphs bigger than a browser are explored a neighbourhood at a time.
import { DEFAULT_TIMEOUT_MS } from "../../server/limits.ts";
import { DEFAULT_NODE_LIMIT } from "../../store/graph-store.ts";
import { parseCommandArgs, parseCount, UsageError } from "../args.ts";
import type { CliIo, Command } from "../command.ts";

import { REPO_ROOT } from "../paths.ts";

const OPTIONS = {
  db: { type: "string" },
  graph: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  "max-nodes": { type: "string" },
  timeout: { type: "string" },
  "api-only": { type: "boolean" },
} as const;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the explorer and a JSON API over a graph in memory or in PostgreSQL",
  usage: `Usage: kg serve [FILE [FILE2] | --db URL --graph NAME] [--port 8080] [--host 127.0.0.1]
                [--max-nodes N] [--timeout SECONDS] [--api-only]

Serves the built explorer and its read-only JSON API under /api/ (see docs/api.md). Without FILE
or --graph, the built-in graph from memory; FILE is any graph file kg import reads; --graph NAME
serves a graph stored with kg db load, from the database of --db URL (default DATABASE_URL, else
the PG* variables). Builds the explorer first when dist/ is missing.
  --port       the port (default 8080)
  --host       the address to listen on (default 127.0.0.1, this machine only)
  --max-nodes  most nodes one neighbourhood request may ask for (default ${DEFAULT_NODE_LIMIT})
  --timeout    per-request time limit in seconds (default ${DEFAULT_TIMEOUT_MS / 1000})
  --api-only   serve the API without the explorer (no build)

Runs until Ctrl-C. Exit 2 for a bad option, an unreadable graph or an unreachable database.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, ["FILE", "FILE2"]);
    const text = (name: keyof typeof OPTIONS) => values[name] as string | undefined;
    const port = parseCount("--port", text("port") ?? "8080");
    if (port > 65535) throw new UsageError("--port must be from 0 to 65535");
    const host = text("host") ?? "127.0.0.1";
    const maxNodes = parseCount("--max-nodes", text("max-nodes") ?? String(DEFAULT_NODE_LIMIT));
    if (maxNodes < 1) throw new UsageError("--max-nodes must be 1 or more");
    const timeout = parseCount("--timeout", text("timeout") ?? String(DEFAULT_TIMEOUT_MS / 1000));
    if (timeout < 1) throw new UsageError("--timeout must be 1 second or more");

    // Loaded here, not at the top: other kg commands need neither Fastify nor pg.
    const { openStore } = await import("../open-store.ts");
    const { buildServer } = await import("../../server/app.ts");
    const { ensureBuiltApp } = await import("../../server/built-app.ts");
    const opened = await openStore(positionals, values, io, { timeoutMs: timeout * 1000 });
    let appDir: string | undefined;
    if (!values["api-only"]) {
      const built = await ensureBuiltApp(REPO_ROOT, (line) => io.stderr(`kg serve: ${line}\n`));
      if (!built.ok) {
        await opened.store.close();
        throw new UsageError(built.message);
      }
      appDir = built.dir;
    }
    const app = await buildServer({
      store: opened.store,
      appDir,
      maxNodes,
      timeoutMs: timeout * 1000,
    });
    try {
      await app.listen({ port, host });
    } catch (error) {
      await opened.store.close();
      const code = (error as { code?: string }).code;
      if (code === "EADDRINUSE")
        throw new UsageError(`port ${port} is in use: choose another with --port`);
      if (code === "EADDRNOTAVAIL")
        throw new UsageError(`${host} is not an address of this machine: see --host`);
      throw error;
    }
    const address = app.server.address();
    const bound =
      typeof address === "object" && address ? address : { address: host, port, family: "" };
    const shownHost = bound.family === "IPv6" ? `[${bound.address}]` : bound.address;
    io.stderr(
      `kg serve: ${opened.description} at http://${shownHost}:${bound.port}/ (Ctrl-C stops)\n`,
    );
    return waitForStop(async () => {
      await app.close();
      await opened.store.close();
    }, io);
  },
};

/** Resolves with exit code 0 once Ctrl-C (or SIGTERM) has closed the server. */
function waitForStop(stop: () => Promise<void>, io: CliIo): Promise<number> {
  return new Promise((resolve) => {
    const onSignal = () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      io.stderr("kg serve: stopping\n");
      stop().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
