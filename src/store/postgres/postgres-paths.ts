// Paths over PostgreSQL with the very algorithm of `kg path` (src/query/paths.ts: Yen's search over
// bidirectional breadth-first searches), fed by a walker that loads adjacency on demand. A run
// that reaches nodes not loaded yet records them; they are fetched in one query and the run
// repeats, so each round trip loads a whole frontier and the graph is never read whole.

import { evidenceOf } from "../../model/evidence.ts";
import type { EvidenceItem } from "../../model/types.ts";
import { type Blocked, type PathWalker, shortestRoutes } from "../../query/paths.ts";
import type { PathQuery, StorePath } from "../graph-store.ts";
import { checkPathArguments } from "../path-arguments.ts";
import type { VersionQuery } from "./version-query.ts";

interface Step {
  edge: string;
  other: string;
}

interface EdgeInfo {
  source: string;
  target: string;
  relation: string;
  id: number;
}

/** Rounds of loading before giving up: each adds at least one frontier. */
const MAX_ROUNDS = 200;

class LazyWalker implements PathWalker {
  readonly steps = new Map<string, Step[]>();
  readonly kinds = new Map<string, string>();
  readonly ids = new Map<string, number>();
  readonly edges = new Map<string, EdgeInfo>();
  readonly missing = new Set<string>();

  constructor(private readonly hiddenKinds: ReadonlySet<string>) {}

  canUse(node: string): boolean {
    if (this.hiddenKinds.size === 0) return true;
    const kind = this.kinds.get(node);
    return kind !== undefined && !this.hiddenKinds.has(kind);
  }

  forEachStep(node: string, blocked: Blocked, visit: (edge: string, other: string) => void): void {
    const steps = this.steps.get(node);
    if (!steps) {
      this.missing.add(node);
      return;
    }
    for (const { edge, other } of steps) {
      if (other === node || blocked.edges.has(edge)) continue;
      if (blocked.nodes.has(other) || !this.canUse(other)) continue;
      visit(edge, other);
    }
  }
}

async function loadAdjacency(query: VersionQuery, walk: LazyWalker, hiddenRelations: string[]) {
  const nodes = [...walk.missing];
  walk.missing.clear();
  const ids = nodes.map((key) => walk.ids.get(key) ?? -1);
  for (const key of nodes) walk.steps.set(key, []);
  const rows = await query<{
    node: number;
    edge: string;
    edge_id: number;
    outgoing: boolean;
    other: number;
    other_key: string;
    other_kind: string;
    relation: string;
  }>(
    // Per frontier node: its edges both ways from the covering indexes, then each edge's key and
    // the other end's key and kind by primary key. `OFFSET 0` keeps every LATERAL a probe per
    // row: the planner would otherwise hash-join against a scan of every node.
    (t) => `SELECT c.node, k.key AS edge, c.edge_id, c.outgoing, c.other, o.key AS other_key,
        coalesce(o.kind, '') AS other_kind, c.relation
      FROM unnest($1::int[]) s(id)
      CROSS JOIN LATERAL (
        SELECT s.id AS node, e.id AS edge_id, true AS outgoing, e.target AS other, e.relation
        FROM ${t.edges} e WHERE e.source = s.id AND NOT (coalesce(e.relation, '') = ANY($2::text[]))
        UNION ALL
        SELECT s.id, e.id, false, e.source, e.relation
        FROM ${t.edges} e WHERE e.target = s.id AND e.source <> e.target
          AND NOT (coalesce(e.relation, '') = ANY($2::text[]))
        OFFSET 0) c
      CROSS JOIN LATERAL (SELECT key FROM ${t.edges} x WHERE x.id = c.edge_id OFFSET 0) k
      CROSS JOIN LATERAL (SELECT key, kind FROM ${t.nodes} n WHERE n.id = c.other OFFSET 0) o`,
    [ids, hiddenRelations],
  );
  const keyOf = new Map(nodes.map((key, i) => [ids[i], key]));
  for (const row of rows) {
    const node = keyOf.get(row.node) ?? "";
    walk.ids.set(row.other_key, row.other);
    walk.kinds.set(row.other_key, row.other_kind);
    walk.steps.get(node)?.push({ edge: row.edge, other: row.other_key });
    const [source, target] = row.outgoing ? [node, row.other_key] : [row.other_key, node];
    walk.edges.set(row.edge, { source, target, relation: row.relation ?? "", id: row.edge_id });
  }
}

export async function postgresPaths(
  query: VersionQuery,
  from: string,
  to: string,
  options: PathQuery,
): Promise<StorePath[] | null> {
  const { max, maxLength } = checkPathArguments(options);
  const ends = await query<{ id: number; key: string; kind: string }>(
    (t) => `SELECT id, key, coalesce(kind, '') AS kind FROM ${t.nodes} WHERE key = ANY($1::text[])`,
    [[from, to]],
  );
  if (!ends.some((row) => row.key === from) || !ends.some((row) => row.key === to)) return null;
  const walk = new LazyWalker(new Set(options.hiddenKinds ?? []));
  for (const end of ends) {
    walk.ids.set(end.key, end.id);
    walk.kinds.set(end.key, end.kind);
  }
  const hiddenRelations = [...(options.hiddenRelations ?? [])];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const routes = shortestRoutes(walk, from, to, max, maxLength);
    if (walk.missing.size === 0) return describe(query, walk, routes);
    await loadAdjacency(query, walk, hiddenRelations);
  }
  throw new Error(`path search from ${from} to ${to} did not settle in ${MAX_ROUNDS} rounds`);
}

async function describe(
  query: VersionQuery,
  walk: LazyWalker,
  routes: { nodes: string[]; edges: string[] }[],
): Promise<StorePath[]> {
  const edgeIds = [...new Set(routes.flatMap((route) => route.edges))].map(
    (edge) => walk.edges.get(edge)?.id ?? -1,
  );
  const rows = await query<{
    edge: number;
    items: EvidenceItem[] | null;
    raw: unknown;
    has_evidence: boolean;
  }>(
    (t) => `SELECT e.id AS edge, e.has_evidence, e.rest -> 'evidence' AS raw,
        (SELECT json_agg(json_build_object('quote', v.quote, 'source', v.source) ORDER BY v.position)
         FROM ${t.evidence} v WHERE v.edge = e.id) AS items
      FROM ${t.edges} e WHERE e.id = ANY($1::int[])`,
    [edgeIds],
  );
  // As records.ts stores it: rows for a plain { quote, source } list, else kept in rest.
  const quotesOf = new Map(
    rows.map((row) => [row.edge, row.has_evidence ? (row.items ?? []) : evidenceOf(row.raw)]),
  );
  return routes.map((route) => ({
    nodes: [...route.nodes],
    steps: route.edges.map((edge, i) => {
      const info = walk.edges.get(edge) as EdgeInfo;
      const from = route.nodes[i];
      return {
        edge,
        source: info.source,
        target: info.target,
        from,
        to: route.nodes[i + 1],
        relation: info.relation,
        forward: info.source === from,
        evidence: (quotesOf.get(info.id) ?? []).map(({ quote, source }) => ({ quote, source })),
      };
    }),
  }));
}
