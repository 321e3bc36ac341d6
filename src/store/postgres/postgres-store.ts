// The GraphStore over PostgreSQL: a graph loaded by `kg db load`, queried a neighbourhood at a
// time so `kg serve` stays small whatever the graph's size. Every value goes in as a parameter;
// table names come from the graph's integer version only. The walk, the path search and search
// live in postgres-walk.ts, postgres-paths.ts and postgres-search.ts.
import type { Pool } from "pg";
import Cursor from "pg-cursor";
import type { SourceDocument } from "../../model/types.ts";
import type {
  ExportItem,
  ExportScope,
  GraphStore,
  NeighbourhoodOptions,
  NeighbourhoodResult,
  PathQuery,
  StoreHub,
  StoreInfo,
  StoreNode,
  StorePath,
  StoreSearchHit,
} from "../graph-store.ts";
import { asStoreError } from "./connection.ts";
import { postgresPaths } from "./postgres-paths.ts";
import { EDGE_SELECT, NODE_SELECT, toStoreEdge, toStoreNode } from "./postgres-rows.ts";
import { postgresSearch } from "./postgres-search.ts";
import { postgresNeighbourhood } from "./postgres-walk.ts";
import { type VersionTables, versionTables } from "./schema.ts";
import type { VersionQuery } from "./version-query.ts";

interface GraphRow {
  version: number;
  title: string;
  sources: SourceDocument[];
  node_count: string;
  edge_count: string;
  kinds: [string, number][];
  relations: [string, number][];
  /** Absent for a graph loaded before the flag existed. */
  keys_bmp?: boolean;
}

const EXPORT_BATCH = 2000;

export class PostgresStore implements GraphStore {
  private constructor(
    private readonly pool: Pool,
    readonly name: string,
    private readonly target: string,
    private row: GraphRow,
  ) {}

  /** Opens the graph `name`; throws a one-line Error when there is no such graph. */
  static async open(pool: Pool, name: string, target: string): Promise<PostgresStore> {
    const row = await PostgresStore.readRow(pool, name, target);
    await PostgresStore.checkLayout(pool, name, target, row.version);
    return new PostgresStore(pool, name, target, row);
  }

  /**
   * A graph loaded by an older kg-explorer, whose word index does not carry each name's words and
   * label word count (postgres-search.ts reads them), is refused with the command that reloads it.
   */
  private static async checkLayout(pool: Pool, name: string, target: string, version: number) {
    const { rows } = await pool
      .query(
        `SELECT 1 FROM pg_attribute
         WHERE attrelid = to_regclass($1) AND attname = 'label_words' AND NOT attisdropped`,
        [versionTables(version).words],
      )
      .catch((error) => {
        throw asStoreError(error, target);
      });
    if (rows.length === 0) {
      throw new Error(
        `the graph ${JSON.stringify(name)} was loaded by an older kg-explorer, whose search tables this version cannot read: load it again with kg db load FILE --graph ${name} --replace`,
      );
    }
  }

  private static async readRow(pool: Pool, name: string, target: string): Promise<GraphRow> {
    let rows: GraphRow[];
    try {
      rows = (await pool.query<GraphRow>("SELECT * FROM kg.graphs WHERE name = $1", [name])).rows;
    } catch (error) {
      if ((error as { code?: string }).code === "42P01") rows = [];
      else throw asStoreError(error, target);
    }
    if (!rows[0]) {
      throw new Error(
        `the database holds no graph named ${JSON.stringify(name)}: load one with kg db load FILE --graph ${name}, or see kg db list`,
      );
    }
    return rows[0];
  }

  /** A query on this version's tables; when a reload replaced them meanwhile, once more on the new. */
  readonly query: VersionQuery = async <R extends Record<string, unknown>>(
    sql: (tables: VersionTables) => string,
    values: unknown[] = [],
  ) => {
    try {
      return (await this.pool.query<R>(sql(versionTables(this.row.version)), values)).rows;
    } catch (error) {
      if ((error as { code?: string }).code !== "42P01") throw asStoreError(error, this.target);
      this.row = await PostgresStore.readRow(this.pool, this.name, this.target);
      try {
        return (await this.pool.query<R>(sql(versionTables(this.row.version)), values)).rows;
      } catch (again) {
        throw asStoreError(again, this.target);
      }
    }
  };

  async info(): Promise<StoreInfo> {
    this.row = await PostgresStore.readRow(this.pool, this.name, this.target);
    const { title, sources, node_count, edge_count, kinds, relations } = this.row;
    return {
      title,
      sources,
      nodes: Number(node_count),
      edges: Number(edge_count),
      kinds: Object.fromEntries(kinds),
      relations: Object.fromEntries(relations),
    };
  }

  search(text: string, limit: number): Promise<StoreSearchHit[]> {
    return postgresSearch(this.query, text, limit);
  }

  async nodes(keys: readonly string[]): Promise<StoreNode[]> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const rows = await this.query(
      (t) => `${NODE_SELECT(t)} WHERE n.key = ANY($1::text[])`,
      [unique],
    );
    const byKey = new Map(rows.map((row) => [String(row.key), toStoreNode(row)]));
    return unique.flatMap((key) => byKey.get(key) ?? []);
  }

  neighbourhood(
    focus: string,
    depth: number,
    options: NeighbourhoodOptions = {},
  ): Promise<NeighbourhoodResult | null> {
    return postgresNeighbourhood(this.query, focus, depth, options);
  }

  paths(from: string, to: string, query: PathQuery = {}): Promise<StorePath[] | null> {
    return postgresPaths(this.query, from, to, query, { keysBmp: this.row.keys_bmp === true });
  }

  async hubs(limit: number): Promise<StoreHub[]> {
    if (limit < 1) return [];
    const rows = await this.query<{ key: string; label: string; nodeKind: string; degree: number }>(
      (t) => `SELECT key, coalesce(label, key) AS "label", coalesce(kind, '') AS "nodeKind", degree
              FROM ${t.nodes} ORDER BY degree DESC, id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ ...row }));
  }

  async sourceText(id: string): Promise<string | null> {
    const rows = await this.query<{ text: string }>(
      (t) => `SELECT text FROM ${t.sources} WHERE id = $1`,
      [id],
    );
    return rows[0]?.text ?? null;
  }

  async *exportItems(scope: ExportScope): AsyncIterable<ExportItem> {
    if (scope.kind === "neighbourhood") {
      const found = await this.neighbourhood(scope.focus, scope.depth, scope);
      if (!found) return;
      for (const node of found.nodes) yield { type: "node", node };
      for (const edge of found.edges) yield { type: "edge", edge };
      return;
    }
    const tables = versionTables(this.row.version);
    for await (const row of this.cursor(`${NODE_SELECT(tables)} ORDER BY n.id`)) {
      yield { type: "node", node: toStoreNode(row) };
    }
    const edges = `${EDGE_SELECT(tables)}, s.key AS source_key, o.key AS target_key
      FROM ${tables.edges} e JOIN ${tables.nodes} s ON s.id = e.source JOIN ${tables.nodes} o ON o.id = e.target
      ORDER BY e.id`;
    for await (const row of this.cursor(edges)) {
      yield {
        type: "edge",
        edge: toStoreEdge(row, String(row.source_key), String(row.target_key)),
      };
    }
  }

  /** Reads a query's rows in batches through a cursor, on one connection held meanwhile. */
  private async *cursor(sql: string): AsyncGenerator<Record<string, unknown>> {
    const client = await this.pool.connect().catch((error) => {
      throw asStoreError(error, this.target);
    });
    const cursor = client.query(new Cursor<Record<string, unknown>>(sql));
    try {
      for (;;) {
        const rows = await cursor.read(EXPORT_BATCH);
        if (rows.length === 0) return;
        yield* rows;
      }
    } finally {
      await cursor.close().catch(() => {});
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
