// Paths over PostgreSQL with the very algorithm of `kg path` (src/query/paths.ts: Yen's search over
// bidirectional breadth-first searches), fed by a walker that loads adjacency on demand. A run
// that reaches nodes not loaded yet records them; their edges both ways are read in one query
// (index-only scans of the two covering edge indexes) and the run repeats, so each round trip
// loads a whole frontier and the graph is never read whole.
//
// The walker names nodes and edges by their integer ids, written as two UTF-16 code units so
// that string order is id order. Ids are given in code point key order, which is the UTF-16
// order `kg path` breaks ties in as long as no key holds a character outside the Basic
// Multilingual Plane: the loader records that (kg.graphs.keys_bmp). Only the keys of the answer
// are read. For a graph with such keys (or loaded before the flag existed) the walker reads every
// edge's and neighbour's key instead, and names them by key.

import { evidenceOf } from "../../model/evidence.ts";
import type { EvidenceItem } from "../../model/types.ts";
import { type Blocked, type PathWalker, shortestRoutes } from "../../query/paths.ts";
import type { PathQuery, StorePath } from "../graph-store.ts";
import { checkPathArguments } from "../path-arguments.ts";
import type { VersionTables } from "./schema.ts";
import type { VersionQuery } from "./version-query.ts";

interface Step {
  edge: string;
  other: string;
}

interface EdgeInfo {
  /** Walker names of the edge's ends. */
  source: string;
  target: string;
  relation: string;
  id: number;
}

interface AdjacencyRow extends Record<string, unknown> {
  node: number;
  edge_id: number;
  outgoing: boolean;
  other: number;
  relation: string | null;
  edge_key?: string;
  other_key?: string;
  other_kind?: string;
}

/** Rounds of loading before giving up: each adds at least one frontier. */
const MAX_ROUNDS = 200;

/** An id as a name whose string order is the id order (ids are below 2^32). */
export function idName(id: number): string {
  return String.fromCharCode(Math.floor(id / 65536), id % 65536);
}

class LazyWalker implements PathWalker {
  readonly steps = new Map<string, Step[]>();
  readonly kinds = new Map<string, string>();
  /** Walker name to id, for nodes. */
  readonly ids = new Map<string, number>();
  readonly edges = new Map<string, EdgeInfo>();
  readonly missing = new Set<string>();

  constructor(
    private readonly hiddenKinds: ReadonlySet<string>,
    readonly byKey: boolean,
  ) {}

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

  /** Records one edge of `node` read from the database. */
  add(node: string, row: AdjacencyRow): void {
    const other = this.byKey ? String(row.other_key) : idName(row.other);
    const edge = this.byKey ? String(row.edge_key) : idName(row.edge_id);
    this.ids.set(other, row.other);
    if (row.other_kind !== undefined) this.kinds.set(other, row.other_kind);
    this.steps.get(node)?.push({ edge, other });
    const [source, target] = row.outgoing ? [node, other] : [other, node];
    this.edges.set(edge, { source, target, relation: row.relation ?? "", id: row.edge_id });
  }
}

/**
 * Per frontier node, its edges both ways from the covering indexes (index-only), with the other
 * end's kind only when kinds are hidden and the keys only when the walk goes by key. `OFFSET 0`
 * keeps every LATERAL a probe per row: the planner would otherwise hash-join against a scan.
 */
function adjacencySql(t: VersionTables, byKey: boolean, withKinds: boolean): string {
  const keys = byKey
    ? `, (SELECT key FROM ${t.edges} x WHERE x.id = c.edge_id) AS edge_key,
       (SELECT key FROM ${t.nodes} n WHERE n.id = c.other) AS other_key`
    : "";
  const kinds = withKinds
    ? `, (SELECT coalesce(kind, '') FROM ${t.nodes} n WHERE n.id = c.other) AS other_kind`
    : "";
  return `SELECT c.node, c.edge_id, c.outgoing, c.other, c.relation${keys}${kinds}
    FROM unnest($1::int[]) s(id)
    CROSS JOIN LATERAL (
      SELECT s.id AS node, e.id AS edge_id, true AS outgoing, e.target AS other, e.relation
      FROM ${t.edges} e WHERE e.source = s.id AND NOT (coalesce(e.relation, '') = ANY($2::text[]))
      UNION ALL
      SELECT s.id, e.id, false, e.source, e.relation
      FROM ${t.edges} e WHERE e.target = s.id AND e.source <> e.target
        AND NOT (coalesce(e.relation, '') = ANY($2::text[]))
      OFFSET 0) c`;
}

async function loadAdjacency(
  query: VersionQuery,
  walk: LazyWalker,
  hiddenRelations: string[],
  withKinds: boolean,
) {
  const nodes = [...walk.missing];
  walk.missing.clear();
  const ids = nodes.map((name) => walk.ids.get(name) ?? -1);
  for (const name of nodes) walk.steps.set(name, []);
  const rows = await query<AdjacencyRow>(
    (t) => adjacencySql(t, walk.byKey, withKinds),
    [ids, hiddenRelations],
  );
  const nameOf = new Map(nodes.map((name, i) => [ids[i], name]));
  for (const row of rows) walk.add(nameOf.get(row.node) ?? "", row);
}

export interface PathGraph {
  /** Every key of the graph is in the Basic Multilingual Plane: id order is UTF-16 key order. */
  keysBmp: boolean;
}

export async function postgresPaths(
  query: VersionQuery,
  from: string,
  to: string,
  options: PathQuery,
  graph: PathGraph = { keysBmp: false },
): Promise<StorePath[] | null> {
  const { max, maxLength } = checkPathArguments(options);
  const ends = await query<{ id: number; key: string; kind: string }>(
    (t) => `SELECT id, key, coalesce(kind, '') AS kind FROM ${t.nodes} WHERE key = ANY($1::text[])`,
    [[from, to]],
  );
  const start = ends.find((row) => row.key === from);
  const goal = ends.find((row) => row.key === to);
  if (!start || !goal) return null;
  const hiddenKinds = new Set(options.hiddenKinds ?? []);
  const walk = new LazyWalker(hiddenKinds, !graph.keysBmp);
  const nameOf = (end: { id: number; key: string }) => (walk.byKey ? end.key : idName(end.id));
  for (const end of ends) {
    walk.ids.set(nameOf(end), end.id);
    walk.kinds.set(nameOf(end), end.kind);
  }
  const hiddenRelations = [...(options.hiddenRelations ?? [])];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const routes = shortestRoutes(walk, nameOf(start), nameOf(goal), max, maxLength);
    if (walk.missing.size === 0) return describe(query, walk, routes);
    await loadAdjacency(query, walk, hiddenRelations, hiddenKinds.size > 0);
  }
  throw new Error(`path search from ${from} to ${to} did not settle in ${MAX_ROUNDS} rounds`);
}

interface EdgeRow extends Record<string, unknown> {
  edge: number;
  key: string;
  items: EvidenceItem[] | null;
  raw: unknown;
  has_evidence: boolean;
}

/** The routes' nodes and edges by key, with each edge's evidence: one query. */
async function describe(
  query: VersionQuery,
  walk: LazyWalker,
  routes: { nodes: string[]; edges: string[] }[],
): Promise<StorePath[]> {
  const edgeIds = [...new Set(routes.flatMap((route) => route.edges))].map(
    (edge) => walk.edges.get(edge)?.id ?? -1,
  );
  const nodeIds = [...new Set(routes.flatMap((route) => route.nodes))].map(
    (node) => walk.ids.get(node) ?? -1,
  );
  const [rows, nodeRows] = await Promise.all([
    query<EdgeRow>(
      (t) => `SELECT e.id AS edge, e.key, e.has_evidence, e.rest -> 'evidence' AS raw,
          (SELECT json_agg(json_build_object('quote', v.quote, 'source', v.source) ORDER BY v.position)
           FROM ${t.evidence} v WHERE v.edge = e.id) AS items
        FROM ${t.edges} e WHERE e.id = ANY($1::int[])`,
      [edgeIds],
    ),
    walk.byKey
      ? Promise.resolve([])
      : query<{ id: number; key: string }>(
          (t) => `SELECT id, key FROM ${t.nodes} WHERE id = ANY($1::int[])`,
          [nodeIds],
        ),
  ]);
  const edgeById = new Map(rows.map((row) => [row.edge, row]));
  const nodeKeyById = new Map(nodeRows.map((row) => [row.id, row.key]));
  const nodeKey = (name: string) =>
    walk.byKey ? name : (nodeKeyById.get(walk.ids.get(name) ?? -1) ?? name);
  return routes.map((route) => ({
    nodes: route.nodes.map(nodeKey),
    steps: route.edges.map((edge, i) => {
      const info = walk.edges.get(edge) as EdgeInfo;
      const row = edgeById.get(info.id) as EdgeRow;
      const from = route.nodes[i];
      // As records.ts stores it: rows for a plain { quote, source } list, else kept in rest.
      const quotes = row.has_evidence ? (row.items ?? []) : evidenceOf(row.raw);
      return {
        edge: row.key,
        source: nodeKey(info.source),
        target: nodeKey(info.target),
        from: nodeKey(from),
        to: nodeKey(route.nodes[i + 1]),
        relation: info.relation,
        forward: info.source === from,
        evidence: quotes.map(({ quote, source }) => ({ quote, source })),
      };
    }),
  }));
}
