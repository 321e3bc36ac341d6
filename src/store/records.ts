// How a node or an edge is split into what a database stores in columns and rows (label, kind,
// aliases, evidence…) and put back together, and the canonical attribute order both stores
// answer with. Keeping both directions here means a stored graph round-trips exactly.
import { evidenceOf } from "../model/evidence.ts";
import type { EdgeAttributes, EvidenceItem, NodeAttributes } from "../model/types.ts";

/** Code point order, as PostgreSQL's "C" collation compares UTF-8 bytes. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (an astral character) sorts after every other code unit in code point order.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const NODE_FIRST = ["label", "nodeKind", "description", "aliases", "date"];
const EDGE_FIRST = ["relation", "evidence", "date"];

function ordered<T extends Record<string, unknown>>(attributes: T, first: string[]): T {
  const result: Record<string, unknown> = {};
  for (const name of first) if (attributes[name] !== undefined) result[name] = attributes[name];
  const rest = Object.keys(attributes)
    .filter((name) => !first.includes(name) && attributes[name] !== undefined)
    .sort(compareKeys);
  for (const name of rest) result[name] = attributes[name];
  return result as T;
}

/** The contract's attributes first, the others by name: one order whatever stored them. */
export function canonicalNodeAttributes(attributes: NodeAttributes): NodeAttributes {
  return ordered(attributes, NODE_FIRST);
}

export function canonicalEdgeAttributes(attributes: EdgeAttributes): EdgeAttributes {
  return ordered(attributes, EDGE_FIRST);
}

/** A node as columns: typed fields when they have the contract's type, the rest as JSON. */
export interface NodeRecord {
  label: string | null;
  kind: string | null;
  description: string | null;
  date: string | null;
  aliases: string[] | null;
  rest: Record<string, unknown>;
}

/** One evidence row: a quote and the id of the document it is quoted from (EvidenceItem). */
export interface EvidenceRow {
  quote: string;
  source: string;
}

export interface EdgeRecord {
  relation: string | null;
  date: string | null;
  /** null when the edge has no evidence list (its `evidence`, if any, is kept in rest). */
  evidence: EvidenceRow[] | null;
  rest: Record<string, unknown>;
}

const isText = (value: unknown): value is string => typeof value === "string";
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isText);
/** Exactly { quote, source } items: what evidence rows hold without losing anything. */
const isEvidenceList = (value: unknown): value is EvidenceRow[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === "object" &&
      item !== null &&
      Object.keys(item).length === 2 &&
      isText((item as EvidenceRow).quote) &&
      isText((item as EvidenceRow).source),
  );

function take<T>(
  rest: Record<string, unknown>,
  name: string,
  check: (value: unknown) => value is T,
): T | null {
  const value = rest[name];
  if (!check(value)) return null;
  delete rest[name];
  return value;
}

export function toNodeRecord(attributes: NodeAttributes): NodeRecord {
  const rest: Record<string, unknown> = { ...attributes };
  return {
    label: take(rest, "label", isText),
    kind: take(rest, "nodeKind", isText),
    description: take(rest, "description", isText),
    date: take(rest, "date", isText),
    aliases: take(rest, "aliases", isTextList),
    rest,
  };
}

/** Has this object no own key? (`rest` is empty for most stored nodes and edges.) */
function isEmpty(object: Record<string, unknown>): boolean {
  for (const _ in object) return false;
  return true;
}

export function fromNodeRecord(record: NodeRecord): NodeAttributes {
  // Built in canonical order from the start when nothing else is stored: a neighbourhood reads
  // thousands of rows, and reordering each object's keys was a good part of its cost.
  const attributes: Record<string, unknown> = {};
  if (record.label !== null) attributes.label = record.label;
  if (record.kind !== null) attributes.nodeKind = record.kind;
  if (record.description !== null) attributes.description = record.description;
  if (record.aliases !== null) attributes.aliases = record.aliases;
  if (record.date !== null) attributes.date = record.date;
  if (isEmpty(record.rest)) return attributes as NodeAttributes;
  Object.assign(attributes, record.rest);
  return canonicalNodeAttributes(attributes as NodeAttributes);
}

export function toEdgeRecord(attributes: EdgeAttributes): EdgeRecord {
  const rest: Record<string, unknown> = { ...attributes };
  const evidence = take(rest, "evidence", isEvidenceList);
  return {
    relation: take(rest, "relation", isText),
    date: take(rest, "date", isText),
    evidence: evidence === null ? null : evidence.map(({ quote, source }) => ({ quote, source })),
    rest,
  };
}

export function fromEdgeRecord(record: EdgeRecord): EdgeAttributes {
  const attributes: Record<string, unknown> = {};
  if (record.relation !== null) attributes.relation = record.relation;
  if (record.evidence !== null) {
    attributes.evidence = record.evidence.map(({ quote, source }) => ({ quote, source }));
  }
  if (record.date !== null) attributes.date = record.date;
  if (isEmpty(record.rest)) return attributes as EdgeAttributes;
  Object.assign(attributes, record.rest);
  return canonicalEdgeAttributes(attributes as EdgeAttributes);
}

/** An edge's evidence items for a path step (as `kg path --format json` gives them). */
export function pathEvidence(attributes: EdgeAttributes): EvidenceItem[] {
  return evidenceOf(attributes.evidence).map(({ quote, source }) => ({ quote, source }));
}
