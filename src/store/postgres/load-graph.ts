// `kg db load`'s work: one transaction creates a new version's tables, streams the rows in with
// COPY, builds the indexes, points the graph's name at the new version and drops the old one. A
// load that fails or is interrupted anywhere is rolled back by PostgreSQL: nothing is written.
// The rows come from a GraphSource one at a time, so a generated graph bigger than memory loads.
import type { Pool, PoolClient } from "pg";
import type { KnowledgeGraph } from "../../model/types.ts";
import { countsObject } from "../counts.ts";
import { type Cell, copyChunks, copyText } from "./copy-rows.ts";
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
import { readAhead } from "./read-ahead.ts";
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

type Role = keyof Tables;

/** One table of the load: its rows as COPY text chunks, and how many rows it must hold. */
interface TableLoad {
  role: Role;
  what: string;
  columns: string[];
  rows: Iterable<Cell[]>;
  total?: number;
}

function tableLoads(rows: GraphRows, source: GraphSource, options: LoadOptions): TableLoad[] {
  const texts = Object.entries(options.sourceTexts ?? {});
  return [
    {
      role: "nodes",
      what: "nodes",
      columns: NODE_COLUMNS,
      rows: rows.nodes(),
      total: source.order,
    },
    { role: "names", what: "search names", columns: NAME_COLUMNS, rows: rows.names() },
    { role: "words", what: "search words", columns: WORD_COLUMNS, rows: rows.words() },
    { role: "edges", what: "edges", columns: EDGE_COLUMNS, rows: rows.edges(), total: source.size },
    { role: "evidence", what: "evidence", columns: EVIDENCE_COLUMNS, rows: rows.evidence() },
    { role: "sources", what: "source texts", columns: ["id", "text"], rows: texts },
  ];
}

/** A table's indexes, then its statistics (ANALYZE), each statement's time in the progress. */
async function indexTable(
  client: PoolClient,
  table: string,
  statements: string[],
  log: (line: string) => void,
) {
  for (const statement of [...statements, `ANALYZE ${table}`]) {
    const started = Date.now();
    await client.query(statement);
    const name = statement.replace(/^(ALTER TABLE|CREATE (UNIQUE )?INDEX) /, "").slice(0, 60);
    log(`  ${name} in ${seconds(started)}`);
  }
}

/**
 * Every row into the version's tables with COPY, each table then indexed and analysed; while
 * one table's indexes are built, the next table's rows are made ahead (read-ahead.ts).
 */
async function copyGraph(
  client: PoolClient,
  tables: Tables,
  version: number,
  loads: TableLoad[],
  log: (line: string) => void,
) {
  const indexes = indexVersionSql(tables, version);
  let building: Promise<unknown> | null = null;
  for (const load of loads) {
    let count = 0;
    let next = 100_000;
    const text = copyText(load.rows, (done) => {
      count = done;
      if (done < next) return;
      const of = load.total ? ` of ${load.total.toLocaleString("en")}` : "";
      log(`${load.what}: ${done.toLocaleString("en")}${of}`);
      next += 100_000;
    });
    const { chunks, ahead } = building
      ? await readAhead(text, building)
      : { chunks: text, ahead: 0 };
    if (ahead > 0) log(`${load.what}: ${ahead} chunks made ahead while the indexes were built`);
    const started = Date.now();
    await copyChunks(client, tables[load.role], load.columns, chunks);
    log(`${load.what}: ${count.toLocaleString("en")} rows in ${seconds(started)}`);
    if (load.total !== undefined && count !== load.total)
      throw new Error(
        `the graph source gave ${count} ${load.what} where it announced ${load.total}`,
      );
    building = indexTable(client, tables[load.role], indexes[load.role], log);
    // Seen by readAhead on the next turn; the last table's build is awaited below.
    building.catch(() => {});
  }
  await building;
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
    await client.query(SESSION_SETTINGS);
    const rows = graphRows(source);
    await copyGraph(client, tables, version, tableLoads(rows, source, options), log);
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
