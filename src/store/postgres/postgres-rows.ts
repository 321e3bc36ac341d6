// The SELECT lists that read nodes and edges back, and their rows turned into the contract's
// StoreNode / StoreEdge through records.ts, so attributes come back exactly as they were loaded.
import type { StoreEdge, StoreNode } from "../graph-store.ts";
import { fromEdgeRecord, fromNodeRecord } from "../records.ts";
import type { VersionTables } from "./schema.ts";

type Row = Record<string, unknown>;

export const NODE_SELECT = (t: VersionTables) =>
  `SELECT n.id, n.key, n.label, n.kind, n.description, n.date, n.aliases, n.rest FROM ${t.nodes} n`;

/** Without FROM: the caller adds `FROM edges e …`. */
export const EDGE_SELECT = (t: VersionTables) =>
  `SELECT e.id, e.key, e.source, e.target, e.relation, e.date, e.has_evidence, e.rest,
     (SELECT json_agg(json_build_object('quote', v.quote, 'source', v.source) ORDER BY v.position)
      FROM ${t.evidence} v WHERE v.edge = e.id) AS evidence`;

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

export function toStoreNode(row: Row): StoreNode {
  return {
    key: String(row.key),
    attributes: fromNodeRecord({
      label: text(row.label),
      kind: text(row.kind),
      description: text(row.description),
      date: text(row.date),
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : null,
      rest: (row.rest ?? {}) as Record<string, unknown>,
    }),
  };
}

export function toStoreEdge(row: Row, source: string, target: string): StoreEdge {
  const items = (Array.isArray(row.evidence) ? row.evidence : []) as {
    quote: string;
    source: string;
  }[];
  return {
    key: String(row.key),
    source,
    target,
    attributes: fromEdgeRecord({
      relation: text(row.relation),
      date: text(row.date),
      // fromEdgeRecord copies the items.
      evidence: row.has_evidence ? items : null,
      rest: (row.rest ?? {}) as Record<string, unknown>,
    }),
  };
}
