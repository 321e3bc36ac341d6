// The capped neighbourhood in SQL: one query per depth expands the whole frontier (both edge
// directions through the covering indexes, filters in SQL) and returns the newcomers' ids in key
// order; the cap is applied as the walk grows, so a hub of a billion-edge graph costs its cap.
import {
  checkNeighbourhoodArguments,
  DEFAULT_NODE_LIMIT,
  type NeighbourhoodOptions,
  type NeighbourhoodResult,
} from "../graph-store.ts";
import { EDGE_SELECT, NODE_SELECT, toStoreEdge, toStoreNode } from "./postgres-rows.ts";
import type { VersionQuery } from "./version-query.ts";

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
  const seen = new Set(ids);
  let layer = ids;
  let truncated: NeighbourhoodResult["truncated"];
  const kindFilter = (t: { nodes: string }) =>
    hiddenKinds.length === 0
      ? ""
      : `AND NOT EXISTS (SELECT 1 FROM ${t.nodes} n WHERE n.id = c.other AND coalesce(n.kind, '') = ANY($3::text[]))`;
  for (let hop = 1; hop <= depth && layer.length > 0; hop++) {
    const [row] = await query<{ ids: number[] }>(
      (t) => `SELECT coalesce(array_agg(DISTINCT c.other ORDER BY c.other), '{}') AS ids FROM (
          SELECT target AS other, relation FROM ${t.edges} WHERE source = ANY($1::int[])
          UNION ALL
          SELECT source AS other, relation FROM ${t.edges} WHERE target = ANY($1::int[])
        ) c WHERE NOT (coalesce(c.relation, '') = ANY($2::text[])) ${kindFilter(t)}`,
      hiddenKinds.length === 0 ? [layer, hiddenRelations] : [layer, hiddenRelations, hiddenKinds],
    );
    const next = row.ids.filter((id) => !seen.has(id));
    if (ids.length + next.length > limit) {
      truncated = { shown: limit, total: ids.length + next.length, depth: hop };
      ids.push(...next.slice(0, limit - ids.length));
      break;
    }
    for (const id of next) {
      seen.add(id);
      ids.push(id);
    }
    layer = next;
  }

  const nodeRows = await query((t) => `${NODE_SELECT(t)} WHERE n.id = ANY($1::int[])`, [ids]);
  const byId = new Map(nodeRows.map((row) => [Number(row.id), row]));
  const keyOf = new Map(nodeRows.map((row) => [Number(row.id), String(row.key)]));
  const edgeRows = await query(
    (t) => `${EDGE_SELECT(t)} FROM ${t.edges} e
      WHERE e.source = ANY($1::int[]) AND e.target = ANY($1::int[])
        AND NOT (coalesce(e.relation, '') = ANY($2::text[]))
      ORDER BY e.id`,
    [ids, hiddenRelations],
  );
  const result: NeighbourhoodResult = {
    nodes: ids.map((id) => toStoreNode(byId.get(id) ?? {})),
    edges: edgeRows.map((row) =>
      toStoreEdge(row, keyOf.get(Number(row.source)) ?? "", keyOf.get(Number(row.target)) ?? ""),
    ),
  };
  if (truncated) result.truncated = truncated;
  return result;
}
