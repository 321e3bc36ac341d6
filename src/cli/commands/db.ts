// `kg db load|list|drop|stats`: puts graphs into PostgreSQL for `kg serve --db`, lists, removes
// and sizes them. Any failure (unreachable server, wrong password, missing database, bad file,
// existing graph) is one line with its fix and exit 2, and leaves the database as it was.
import { parseCommandArgs, UsageError } from "../args.ts";
import type { Command } from "../command.ts";

const OPTIONS = {
  db: { type: "string" },
  graph: { type: "string" },
  replace: { type: "boolean" },
} as const;

const SUBCOMMANDS = ["load", "list", "drop", "stats"] as const;

export const dbCommand: Command = {
  name: "db",
  summary: "load graphs into PostgreSQL for kg serve --db; list, drop and size them",
  usage: `Usage: kg db load FILE [FILE2] [--graph NAME] [--replace] [--db URL]
       kg db list [--db URL]
       kg db drop NAME [--db URL]
       kg db stats NAME [--db URL]

load   reads FILE (any graph file kg import reads; FILE2 is a CSV nodes file) and stores it as
       the graph NAME (default: the file's name without extension), streamed with COPY, progress
       on stderr. All or nothing: a failed or interrupted load leaves the database as it was.
       A graph that exists is replaced only with --replace (readers switch in one transaction).
list   the stored graphs with their counts.   drop   removes a graph.   stats   counts and sizes.
  --db  postgres://USER:PASSWORD@HOST:PORT/DATABASE; default DATABASE_URL, else the PG*
        variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE)

Exit 0 on success, 1 when drop/stats find no such graph, 2 for a bad argument, an unreadable
file or a database that cannot be reached or logged into.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, ["SUBCOMMAND", "ARG", "ARG2"]);
    const [subcommand, ...rest] = positionals;
    if (!SUBCOMMANDS.includes(subcommand as (typeof SUBCOMMANDS)[number])) {
      throw new UsageError(
        `say what to do: kg db ${SUBCOMMANDS.join("|")} (got ${JSON.stringify(subcommand ?? "")})`,
      );
    }
    // Loaded here, not at the top: other kg commands do not need pg.
    const { runDb } = await import("./db-actions.ts");
    return runDb(subcommand, rest, values, io);
  },
};
