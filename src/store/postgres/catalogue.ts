// What `kg db list`, `drop` and `stats` read and change: the catalogue of stored graphs.
import type { Pool } from "pg";
import { CATALOGUE_SQL, dropVersionSql, versionTables } from "./schema.ts";

export interface StoredGraph {
  name: string;
  title: string;
  nodes: number;
  edges: number;
  version: number;
  loadedAt: string;
  sourceFiles: string;
}

export async function listGraphs(pool: Pool): Promise<StoredGraph[]> {
  await pool.query(CATALOGUE_SQL);
  const { rows } = await pool.query(
    `SELECT name, title, node_count, edge_count, version, loaded_at, source_files FROM kg.graphs ORDER BY name`,
  );
  return rows.map((row) => ({
    name: row.name,
    title: row.title,
    nodes: Number(row.node_count),
    edges: Number(row.edge_count),
    version: row.version,
    loadedAt: new Date(row.loaded_at).toISOString(),
    sourceFiles: row.source_files,
  }));
}

/** Removes the graph and its tables in one transaction; false when there is no such graph. */
export async function dropGraph(pool: Pool, name: string): Promise<boolean> {
  await pool.query(CATALOGUE_SQL);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [name]);
    const { rows } = await client.query("DELETE FROM kg.graphs WHERE name = $1 RETURNING version", [
      name,
    ]);
    if (rows[0]) await client.query(dropVersionSql(versionTables(rows[0].version)));
    await client.query("COMMIT");
    return rows.length > 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export interface GraphStorage {
  graph: StoredGraph;
  kinds: [string, number][];
  relations: [string, number][];
  /** Bytes on disk of each table (indexes included). */
  tables: { table: string; rows: number; bytes: number }[];
}

export async function graphStorage(pool: Pool, name: string): Promise<GraphStorage | null> {
  const graph = (await listGraphs(pool)).find((item) => item.name === name);
  if (!graph) return null;
  const { rows } = await pool.query(`SELECT kinds, relations FROM kg.graphs WHERE name = $1`, [
    name,
  ]);
  const tables = [];
  for (const [role, table] of Object.entries(versionTables(graph.version))) {
    const size = await pool.query(
      `SELECT pg_total_relation_size($1::regclass) AS bytes,
              (SELECT reltuples FROM pg_class WHERE oid = $1::regclass) AS rows`,
      [table],
    );
    tables.push({
      table: role,
      rows: Math.max(0, Number(size.rows[0].rows)),
      bytes: Number(size.rows[0].bytes),
    });
  }
  return { graph, kinds: rows[0].kinds, relations: rows[0].relations, tables };
}
