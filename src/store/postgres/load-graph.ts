// `kg db load`'s work: one transaction creates a new version's tables, streams the rows in with
// COPY, builds the indexes, points the graph's name at the new version and drops the old one. A
// load that fails or is interrupted anywhere is rolled back by PostgreSQL: nothing is written.
// The rows come from a GraphSource one at a time, so a generated graph bigger than memory loads.
import type { Pool, PoolClient } from "pg";
import type { KnowledgeGraph } from "../../model/types.ts";
import { countsObject } from "../counts.ts";
import { copyRows } from "./copy-rows.ts";
import {
  EDGE_COLUMNS,
  EVIDENCE_COLUMNS,
  type GraphRows,
  graphRows,
  NAME_COLUMNS,
  NODE_COLUMNS,
  WORD_COLUMNS,
} from "./graph-rows.ts";
import { type GraphSource, graphSource } from "./graph-source.ts";
import {
  CATALOGUE_SQL,
  createVersionSql,
  dropVersionSql,
  indexVersionSql,
  versionTables,
} from "./schema.ts";

export interface LoadOptions {
  name: string;
  /** Replace a graph of the same name (otherwise that is an error). */
  replace: boolean;
  sourceTexts?: Readonly<Record<string, string>>;
  /** The files it came from, for kg db list. */
  sourceFiles: string;
  progress?: (line: string) => void;
}

export class GraphExistsError extends Error {
  override name = "GraphExistsError";
}

function pairs(counts: Map<string, number>): [string, number][] {
  return Object.entries(countsObject(counts));
}

export async function ensureCatalogue(client: PoolClient): Promise<void> {
  await client.query(CATALOGUE_SQL);
}

type Tables = ReturnType<typeof versionTables>;

/** The version the load writes, under a lock on the name; the version it replaces, if any. */
async function reserveVersion(client: PoolClient, options: LoadOptions) {
  // Serialises loads of one name; readers are not blocked.
  await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [options.name]);
  const existing = await client.query<{ version: number }>(
    "SELECT version FROM kg.graphs WHERE name = $1",
    [options.name],
  );
  const old: number | undefined = existing.rows[0]?.version;
  if (old !== undefined && !options.replace) {
    throw new GraphExistsError(
      `the database already holds a graph named ${JSON.stringify(options.name)}: add --replace to replace it, or choose another --graph`,
    );
  }
  const version = Number(
    (await client.query<{ v: string }>("SELECT nextval('kg.versions') AS v")).rows[0].v,
  );
  return { old, version };
}

/**
 * For this transaction only: sort memory for the index builds (each sorts its table's rows; with
 * less they spill to disk), raised to 512 MB unless the server already allows more.
 */
const SESSION_SETTINGS = `SELECT set_config('maintenance_work_mem', '512MB', true)
  WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes('512MB')`;

/** Seconds since `started`, for progress lines. */
function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** Every row into the version's tables with COPY, saying how far it got every 100,000 rows. */
async function copyGraph(
  client: PoolClient,
  tables: Tables,
  source: GraphSource,
  options: LoadOptions,
  log: (line: string) => void,
): Promise<GraphRows> {
  const rows = graphRows(source);
  const copy = async (
    what: string,
    table: string,
    columns: string[],
    items: Iterable<unknown[]>,
    total?: number,
  ) => {
    let next = 100_000;
    const stageStarted = Date.now();
    const count = await copyRows(client, table, columns, items as Iterable<never>, (done) => {
      if (done >= next) {
        log(
          `${what}: ${done.toLocaleString("en")}${total ? ` of ${total.toLocaleString("en")}` : ""}`,
        );
        next += 100_000;
      }
    });
    log(`${what}: ${count.toLocaleString("en")} rows in ${seconds(stageStarted)}`);
    if (total !== undefined && count !== total)
      throw new Error(`the graph source gave ${count} ${what} where it announced ${total}`);
  };
  await copy("nodes", tables.nodes, NODE_COLUMNS, rows.nodes(), source.order);
  await copy("search names", tables.names, NAME_COLUMNS, rows.names());
  await copy("search words", tables.words, WORD_COLUMNS, rows.words());
  await copy("edges", tables.edges, EDGE_COLUMNS, rows.edges(), source.size);
  await copy("evidence", tables.evidence, EVIDENCE_COLUMNS, rows.evidence());
  await copy(
    "source texts",
    tables.sources,
    ["id", "text"],
    Object.entries(options.sourceTexts ?? {}),
  );
  return rows;
}

/** The catalogue row: the graph's name now points at `version`, with its counts. */
async function recordGraph(
  client: PoolClient,
  version: number,
  source: GraphSource,
  rows: GraphRows,
  options: LoadOptions,
) {
  await client.query(
    `INSERT INTO kg.graphs (name, version, title, sources, node_count, edge_count, kinds, relations, source_files, keys_bmp)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (name) DO UPDATE SET version = $2, title = $3, sources = $4, node_count = $5,
       edge_count = $6, kinds = $7, relations = $8, source_files = $9, keys_bmp = $10, loaded_at = now()`,
    [
      options.name,
      version,
      source.title,
      JSON.stringify(source.sources),
      source.order,
      source.size,
      JSON.stringify(pairs(rows.kinds)),
      JSON.stringify(pairs(rows.relations)),
      options.sourceFiles,
      rows.keys.bmp,
    ],
  );
}

/** Loads a graphology graph (what `kg db load` reads from files). */
export function loadGraph(pool: Pool, graph: KnowledgeGraph, options: LoadOptions) {
  return loadSource(pool, graphSource(graph), options);
}

/** Loads the rows of `source` as they are made, in one transaction. */
export async function loadSource(pool: Pool, source: GraphSource, options: LoadOptions) {
  const started = Date.now();
  const log = options.progress ?? (() => {});
  const client = await pool.connect();
  try {
    await ensureCatalogue(client);
    await client.query("BEGIN");
    const { old, version } = await reserveVersion(client, options);
    const tables = versionTables(version);
    await client.query(createVersionSql(tables));
    const rows = await copyGraph(client, tables, source, options, log);
    await client.query(SESSION_SETTINGS);
    log("building indexes");
    let stageStarted = Date.now();
    for (const statement of indexVersionSql(tables, version)) await client.query(statement);
    log(`indexes built in ${seconds(stageStarted)}`);
    stageStarted = Date.now();
    for (const table of Object.values(tables)) await client.query(`ANALYZE ${table}`);
    log(`analysed in ${seconds(stageStarted)}`);
    await recordGraph(client, version, source, rows, options);
    if (old !== undefined) await client.query(dropVersionSql(versionTables(old)));
    await client.query("COMMIT");
    log("committed");
    return { version, nodes: source.order, edges: source.size, ms: Date.now() - started };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
