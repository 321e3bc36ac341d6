// The capped neighbourhood in SQL: one query per depth expands the whole frontier (both edge
// directions through the covering indexes, filters in SQL, nodes already walked left out) and
// returns how many newcomers there are and the first ones in key order, only as many as the cap
// leaves room for; so a hub of a billion-edge graph costs its cap. Then the nodes, the edges
// between them, and those edges' evidence: each read by key, one probe per row.
import {
  checkNeighbourhoodArguments,
  DEFAULT_NODE_LIMIT,
  type NeighbourhoodOptions,
  type NeighbourhoodResult,
  withoutEvidence,
} from "../graph-store.ts";
import { NODE_SELECT, toStoreEdge, toStoreNode } from "./postgres-rows.ts";
import type { VersionTables } from "./schema.ts";
import type { VersionQuery } from "./version-query.ts";

/** One depth: the newcomers around `$1` (not in `$2`), their count, and the first `$3` by id. */
function hopSql(t: VersionTables, hidesKinds: boolean): string {
  const kindFilter = hidesKinds
    ? `AND NOT EXISTS (SELECT 1 FROM ${t.nodes} n WHERE n.id = c.other AND coalesce(n.kind, '') = ANY($5::text[]))`
    : "";
  return `WITH c AS (
      SELECT DISTINCT c.other FROM (
        SELECT target AS other, relation FROM ${t.edges} WHERE source = ANY($1::int[])
        UNION ALL
        SELECT source AS other, relation FROM ${t.edges} WHERE target = ANY($1::int[])
      ) c WHERE NOT (coalesce(c.relation, '') = ANY($4::text[])) AND NOT (c.other = ANY($2::int[]))
        ${kindFilter})
    SELECT (SELECT count(*) FROM c)::int AS total,
      ARRAY(SELECT other FROM c ORDER BY other LIMIT $3) AS ids`;
}

export async function postgresNeighbourhood(
  query: VersionQuery,
  focus: string,
  depth: number,
  options: NeighbourhoodOptions,
): Promise<NeighbourhoodResult | null> {
  const limit = options.limit ?? DEFAULT_NODE_LIMIT;
  checkNeighbourhoodArguments(depth, limit);
  const hiddenKinds = [...(options.hiddenKinds ?? [])];
  const hiddenRelations = [...(options.hiddenRelations ?? [])];
  const [start] = await query<{ id: number; kind: string }>(
    (t) => `SELECT id, coalesce(kind, '') AS kind FROM ${t.nodes} WHERE key = $1`,
    [focus],
  );
  if (!start) return null;
  if (hiddenKinds.includes(start.kind)) return { nodes: [], edges: [] };

  const ids = [start.id];
  let layer = ids;
  let truncated: NeighbourhoodResult["truncated"];
  for (let hop = 1; hop <= depth && layer.length > 0; hop++) {
    const room = limit - ids.length;
    const values = [layer, ids, room, hiddenRelations];
    if (hiddenKinds.length > 0) values.push(hiddenKinds);
    const [row] = await query<{ total: number; ids: number[] }>(
      (t) => hopSql(t, hiddenKinds.length > 0),
      values,
    );
    ids.push(...row.ids);
    if (row.total > room) {
      truncated = { shown: limit, total: ids.length - row.ids.length + row.total, depth: hop };
      break;
    }
    layer = row.ids;
  }
  const withEvidence = options.evidence !== false;
  const part = await readPart(query, ids, hiddenRelations, withEvidence);
  return { ...part, ...(truncated ? { truncated } : {}) };
}

/** The walked nodes in walk order, and the edges between them (relations not hidden) by key. */
async function readPart(
  query: VersionQuery,
  ids: number[],
  hiddenRelations: string[],
  withEvidence: boolean,
) {
  // By primary key, one probe per node (`OFFSET 0`: not a scan, even when the nodes are many).
  const nodeRows = await query(
    (t) => `SELECT n.* FROM unnest($1::int[]) s(id)
      CROSS JOIN LATERAL (${NODE_SELECT(t)} WHERE n.id = s.id OFFSET 0) n`,
    [ids],
  );
  const byId = new Map(nodeRows.map((row) => [Number(row.id), row]));
  // Each walked node's out-edges from the covering index (no heap), kept when their target was
  // walked too; only those edges' rows are then read, and their evidence rows after them.
  const edgeRows = await query(
    (t) => `SELECT e.id, e.key, e.source, e.target, e.relation, e.date, e.has_evidence, e.rest
      FROM unnest($1::int[]) s(id)
      CROSS JOIN LATERAL (
        SELECT i.id FROM ${t.edges} i
        WHERE i.source = s.id AND i.target = ANY($1::int[])
          AND NOT (coalesce(i.relation, '') = ANY($2::text[]))
        OFFSET 0) x
      CROSS JOIN LATERAL (SELECT * FROM ${t.edges} r WHERE r.id = x.id OFFSET 0) e
      ORDER BY e.id`,
    [ids, hiddenRelations],
  );
  const evidence = withEvidence
    ? await readEvidence(
        query,
        edgeRows.filter((row) => row.has_evidence).map((row) => Number(row.id)),
      )
    : new Map();
  const keyOf = (id: unknown) => String(byId.get(Number(id))?.key ?? "");
  return {
    nodes: ids.map((id) => toStoreNode(byId.get(id) ?? {})),
    edges: edgeRows.map((row) => {
      if (!withEvidence)
        return withoutEvidence(toStoreEdge(row, keyOf(row.source), keyOf(row.target)));
      row.evidence = evidence.get(Number(row.id)) ?? [];
      return toStoreEdge(row, keyOf(row.source), keyOf(row.target));
    }),
  };
}

/** The evidence rows of these edges, as plain rows (cheaper than building JSON in SQL). */
async function readEvidence(query: VersionQuery, edges: number[]) {
  const rows = await query<{ edge: number; quote: string; source: string }>(
    (t) => `SELECT v.edge, v.quote, v.source FROM unnest($1::int[]) s(id)
      CROSS JOIN LATERAL (
        SELECT * FROM ${t.evidence} v WHERE v.edge = s.id ORDER BY v.position OFFSET 0) v`,
    [edges],
  );
  const byEdge = new Map<number, { quote: string; source: string }[]>();
  for (const { edge, quote, source } of rows) {
    const items = byEdge.get(edge);
    if (items) items.push({ quote, source });
    else byEdge.set(edge, [{ quote, source }]);
  }
  return byEdge;
}
