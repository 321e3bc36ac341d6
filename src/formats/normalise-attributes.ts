// How users' attributes map onto our contract, for every importer: a label from `label` or
// `name`, a node kind from `nodeKind`, `kind`, `category`..., a relation, evidence as
// { quote, source }, numbers for positions and sizes, and `type` (sigma's) renamed. What was
// changed is noted once per kind of change (Notes), so a 100k-node file warns once.
import { readEvidence } from "../model/evidence.ts";
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  SourceDocument,
} from "../model/types.ts";

/** Attributes a node kind is taken from, best first; `type` arrives renamed `originalType`. */
const NODE_KIND_SOURCES = [
  "nodeKind",
  "kind",
  "originalType",
  "category",
  "modularity_class",
  "class",
  "group",
];
const LABEL_SOURCES = ["label", "name"];
const RELATION_SOURCES = ["relation", "label", "originalType", "kind"];
/** Sigma reads `type` as the name of the program that draws a node or edge. */
const RESERVED = "type";
const RENAMED = "originalType";
export const DEFAULT_NODE_KIND = "node";
export const DEFAULT_RELATION = "linked";

export function normaliseNodeAttributes(
  key: string,
  input: Record<string, unknown> | null | undefined,
  notes: Notes,
): NodeAttributes {
  const attributes: Record<string, unknown> = { ...(input ?? {}) };
  renameReserved(attributes, "nodes", notes);
  const label = firstText(attributes, LABEL_SOURCES);
  const kind = firstText(attributes, NODE_KIND_SOURCES);
  if (kind && kind.from !== "nodeKind") notes.add(`node kinds taken from \`${kind.from}\``);
  if (!kind) notes.add(`nodes without a kind given the kind "${DEFAULT_NODE_KIND}"`);
  attributes.label = label ? label.value : key;
  attributes.nodeKind = kind ? kind.value : DEFAULT_NODE_KIND;
  attributes.description = asText(attributes.description) ?? "";
  attributes.aliases = asTextList(attributes.aliases);
  setOptionalText(attributes, "date");
  for (const name of ["x", "y", "size"]) {
    if (!(name in attributes)) continue;
    const number = asNumber(attributes[name]);
    if (number === null) {
      delete attributes[name];
      notes.add(`non-numeric \`${name}\` values dropped`);
    } else attributes[name] = number;
  }
  if ("color" in attributes && typeof attributes.color !== "string") {
    delete attributes.color;
    notes.add("non-text `color` values dropped");
  }
  return attributes as NodeAttributes;
}

export function normaliseEdgeAttributes(
  input: Record<string, unknown> | null | undefined,
  firstSource: string,
  notes: Notes,
): EdgeAttributes {
  const attributes: Record<string, unknown> = { ...(input ?? {}) };
  renameReserved(attributes, "edges", notes);
  const relation = firstText(attributes, RELATION_SOURCES);
  if (relation && relation.from !== "relation")
    notes.add(`relations taken from \`${relation.from}\``);
  if (!relation) notes.add(`edges without a relation given the relation "${DEFAULT_RELATION}"`);
  attributes.relation = relation ? relation.value : DEFAULT_RELATION;
  setOptionalText(attributes, "date");
  setOptionalText(attributes, "sourceDoc");
  normaliseEvidence(attributes, firstSource, notes);
  return attributes as EdgeAttributes;
}

/**
 * Evidence becomes a list of { quote, source }. Quote strings (the old shape, or another tool's
 * text) take the edge's `sourceDoc`, which they use up, else the graph's first source, else "".
 */
function normaliseEvidence(
  attributes: Record<string, unknown>,
  firstSource: string,
  notes: Notes,
): void {
  const sourceDoc = typeof attributes.sourceDoc === "string" ? attributes.sourceDoc : undefined;
  const { items, legacy } = readEvidence(attributes.evidence, sourceDoc ?? firstSource);
  attributes.evidence = items;
  if (!legacy) return;
  if (sourceDoc !== undefined) delete attributes.sourceDoc;
  const source = sourceDoc ?? firstSource;
  notes.add(
    source === ""
      ? 'evidence quotes without a document read with source "" (unknown document)'
      : "evidence in the old shape (quote strings, one `sourceDoc`) read as { quote, source }",
  );
}

export function normaliseGraphAttributes(
  input: Record<string, unknown>,
  notes: Notes,
): GraphAttributes {
  const attributes: Record<string, unknown> = { ...input };
  setOptionalText(attributes, "title");
  if ("sources" in attributes) {
    const sources = asSources(attributes.sources);
    if (sources) attributes.sources = sources;
    else {
      delete attributes.sources;
      notes.add("graph attribute `sources` dropped: expected a list of {id, title, path}");
    }
  }
  return attributes as GraphAttributes;
}

function asSources(value: unknown): SourceDocument[] | null {
  const list = typeof value === "string" ? parseJsonOrNull(value) : value;
  if (!Array.isArray(list)) return null;
  const sources: SourceDocument[] = [];
  for (const item of list) {
    if (typeof item !== "object" || item === null) return null;
    const { id, title, path } = item as Record<string, unknown>;
    if (typeof id !== "string" || typeof title !== "string" || typeof path !== "string")
      return null;
    sources.push({ id, title, path });
  }
  return sources;
}

function renameReserved(attributes: Record<string, unknown>, what: string, notes: Notes): void {
  if (!(RESERVED in attributes)) return;
  let name = RENAMED;
  for (let count = 2; name in attributes; count++) name = `${RENAMED}${count}`;
  attributes[name] = attributes[RESERVED];
  delete attributes[RESERVED];
  notes.add(`attribute \`type\` of ${what} renamed \`${name}\` (the renderer reserves \`type\`)`);
}

function firstText(
  attributes: Record<string, unknown>,
  names: readonly string[],
): { value: string; from: string } | null {
  for (const name of names) {
    const value = asText(attributes[name]);
    if (value) return { value, from: name };
  }
  return null;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function setOptionalText(attributes: Record<string, unknown>, name: string): void {
  if (!(name in attributes)) return;
  const value = asText(attributes[name]);
  if (value) attributes[name] = value;
  else delete attributes[name];
}

function asNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/**
 * Lists of text (aliases): arrays as they are; a string holding a JSON array (how GEXF
 * and GraphML carry lists) decoded; any other non-empty string becomes a one-item list.
 */
export function asTextList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => asText(item) ?? JSON.stringify(item));
  if (typeof value === "string") {
    if (value === "") return [];
    const decoded = value.startsWith("[") ? parseJsonOrNull(value) : null;
    if (Array.isArray(decoded)) return asTextList(decoded);
    return [value];
  }
  const text = asText(value);
  return text === undefined ? [] : [text];
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Warnings counted by kind, so a 100k-node file says "renamed ... (100000 nodes)" once. */
export class Notes {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].map(([message, count]) =>
      count > 1 ? `${message} (${count}×)` : message,
    );
  }
}
