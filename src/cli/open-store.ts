// The GraphStore `kg serve` answers from: a graph in PostgreSQL (--db / DATABASE_URL, --graph), or
// the graph files named on the command line (or the built-in graph) held in memory.
import type { GraphStore } from "../store/graph-store.ts";
import { MemoryStore } from "../store/memory-store.ts";
import { createPool, describeTarget, explainDatabaseError } from "../store/postgres/connection.ts";
import { PostgresStore } from "../store/postgres/postgres-store.ts";
import { UsageError } from "./args.ts";
import type { CliIo } from "./command.ts";
import { readGraphArguments } from "./read-graph-files.ts";

export interface OpenedStore {
  store: GraphStore;
  /** What is served, for the start-up line: "the built-in graph (81 nodes, 120 edges) from memory". */
  description: string;
}

export async function openStore(
  files: readonly string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  options: { timeoutMs: number },
): Promise<OpenedStore> {
  const db = values.db as string | undefined;
  const graph = values.graph as string | undefined;
  if (db !== undefined || graph !== undefined) {
    if (files.length > 0) throw new UsageError("give either FILE or --db/--graph, not both");
    if (graph === undefined)
      throw new UsageError(
        "name the stored graph to serve with --graph NAME (kg db list shows them)",
      );
    return openDatabase(db, graph, options.timeoutMs);
  }
  const read = readGraphArguments(files, io.cwd);
  if (typeof read === "string") throw new UsageError(read);
  for (const warning of read.warnings) io.stderr(`note: ${warning}\n`);
  const { order, size } = read.graph;
  return {
    store: new MemoryStore(read.graph, read.sourceTexts),
    description: `${read.name} (${order} nodes, ${size} edges) from memory`,
  };
}

async function openDatabase(
  url: string | undefined,
  name: string,
  timeoutMs: number,
): Promise<OpenedStore> {
  const target = describeTarget(url);
  // The database gives up a little before the request does, so its error is the one reported.
  const pool = createPool({ url, statementTimeoutMs: Math.max(500, timeoutMs - 500), max: 10 });
  try {
    const store = await PostgresStore.open(pool, name, target);
    const info = await store.info();
    return {
      store,
      description: `the graph ${name} (${info.nodes} nodes, ${info.edges} edges) in PostgreSQL at ${target}`,
    };
  } catch (error) {
    await pool.end().catch(() => {});
    const code = (error as { code?: unknown }).code;
    throw new UsageError(
      typeof code === "string" ? explainDatabaseError(error, target) : (error as Error).message,
    );
  }
}
