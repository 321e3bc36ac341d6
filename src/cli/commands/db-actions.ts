// What `kg db` does once its arguments are parsed: the PostgreSQL work of load, list, drop and
// stats, each failure turned into one line (a UsageError: exit 2) naming the fix.
import { basename } from "node:path";
import type { Pool } from "pg";
import { dropGraph, graphStorage, listGraphs } from "../../store/postgres/catalogue.ts";
import {
  createPool,
  describeTarget,
  explainDatabaseError,
} from "../../store/postgres/connection.ts";
import { LoadInputError } from "../../store/postgres/copy-rows.ts";
import { GraphExistsError, loadGraph } from "../../store/postgres/load-graph.ts";
import { UsageError } from "../args.ts";
import type { CliIo } from "../command.ts";
import { readGraphArguments } from "../read-graph-files.ts";

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,62}$/u;

export async function runDb(
  subcommand: string,
  rest: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const url = values.db as string | undefined;
  const target = describeTarget(url);
  const pool = createPool({
    url,
    statementTimeoutMs: subcommand === "load" ? 0 : undefined,
    max: 2,
  });
  try {
    return await runSubcommand(subcommand, rest, values, pool, io);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof GraphExistsError || error instanceof LoadInputError)
      throw new UsageError(error.message);
    if (typeof (error as { code?: unknown }).code === "string") {
      throw new UsageError(explainDatabaseError(error, target));
    }
    throw error;
  } finally {
    await pool.end().catch(() => {});
  }
}

async function runSubcommand(
  subcommand: string,
  rest: string[],
  values: Record<string, string | boolean | undefined>,
  pool: Pool,
  io: CliIo,
): Promise<number> {
  if (subcommand === "load") return load(rest, values, pool, io);
  if (subcommand === "list") {
    if (rest.length > 0) throw new UsageError("kg db list takes no argument");
    const graphs = await listGraphs(pool);
    if (graphs.length === 0) io.stderr("no graph stored yet: kg db load FILE --graph NAME\n");
    for (const graph of graphs) {
      io.stdout(
        `${graph.name}\t${graph.nodes} nodes\t${graph.edges} edges\t${graph.loadedAt}\t${graph.title}\n`,
      );
    }
    return 0;
  }
  const name = rest[0];
  if (name === undefined || rest.length > 1)
    throw new UsageError(`name one graph: kg db ${subcommand} NAME (kg db list shows them)`);
  if (subcommand === "drop") {
    if (await dropGraph(pool, name)) {
      io.stderr(`dropped ${name}\n`);
      return 0;
    }
    io.stderr(`no graph named ${JSON.stringify(name)} (kg db list shows them)\n`);
    return 1;
  }
  const storage = await graphStorage(pool, name);
  if (!storage) {
    io.stderr(`no graph named ${JSON.stringify(name)} (kg db list shows them)\n`);
    return 1;
  }
  const { graph, kinds, relations, tables } = storage;
  const lines = [
    `${graph.name}: ${graph.title}`,
    `${graph.nodes} nodes, ${graph.edges} edges, loaded ${graph.loadedAt} from ${graph.sourceFiles}`,
    `kinds: ${kinds.map(([kind, count]) => `${kind} ${count}`).join(", ")}`,
    `relations: ${relations.map(([relation, count]) => `${relation} ${count}`).join(", ")}`,
    ...tables.map(
      (table) =>
        `${table.table.padEnd(9)} ~${table.rows} rows, ${(table.bytes / 1048576).toFixed(1)} MB`,
    ),
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

async function load(
  files: string[],
  values: Record<string, string | boolean | undefined>,
  pool: Pool,
  io: CliIo,
): Promise<number> {
  if (files.length === 0)
    throw new UsageError("name the graph file to load: kg db load FILE [FILE2] --graph NAME");
  const name =
    (values.graph as string | undefined) ?? basename(files[0]).replace(/(\.kg)?\.[^.]+$/, "");
  if (!NAME.test(name)) {
    throw new UsageError(
      `--graph ${JSON.stringify(name)}: use letters, digits, ".", "_" or "-" (at most 63, starting with a letter or digit)`,
    );
  }
  io.stderr(`reading ${files.join(" and ")}\n`);
  const read = readGraphArguments(files, io.cwd);
  if (typeof read === "string") throw new UsageError(read);
  for (const warning of read.warnings) io.stderr(`note: ${warning}\n`);
  const onInterrupt = () => {
    io.stderr("\ninterrupted: the load is rolled back, the database is as it was\n");
    process.exit(130);
  };
  process.once("SIGINT", onInterrupt);
  try {
    const result = await loadGraph(pool, read.graph, {
      name,
      replace: values.replace === true,
      sourceTexts: read.sourceTexts,
      sourceFiles: files.join(" "),
      progress: (line) => io.stderr(`  ${line}\n`),
    });
    io.stderr(
      `loaded ${name}: ${result.nodes} nodes, ${result.edges} edges in ${(result.ms / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}
