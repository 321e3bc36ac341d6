// Every importer hands its nodes and edges here, so one place decides how users' attributes map
// onto our contract (label, nodeKind, relation, evidence...) and checks keys and endpoints.
import { MultiDirectedGraph } from "graphology";
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";
import { edgeKey } from "../model/edge-key.ts";
import { readEvidence } from "../model/evidence.ts";
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SourceDocument,
} from "../model/types.ts";
import { type ImportError, importError, type Place } from "./import-types.ts";

export interface RawNode {
  key: unknown;
  attributes?: Record<string, unknown> | null;
}

export interface RawEdge {
  key?: unknown;
  source: unknown;
  target: unknown;
  attributes?: Record<string, unknown> | null;
  /** The file said this edge has no direction; it is stored in its written direction. */
  undirected?: boolean;
}

export interface RawGraph {
  attributes: Record<string, unknown>;
  nodes: readonly RawNode[];
  edges: readonly RawEdge[];
  /** Create the nodes edges name but `nodes` lacks (a CSV edge list without a nodes file). */
  addMissingNodes?: boolean;
  /** Where a node or edge (or one field of it) is in the file, computed only for an error. */
  placeOfNode(index: number, field?: string): Place;
  placeOfEdge(index: number, field?: string): Place;
}

export type NormaliseResult =
  | { ok: true; graph: KnowledgeGraph; warnings: string[]; created?: string[] }
  | { ok: false; error: ImportError };

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

export function normaliseGraph(raw: RawGraph, file: string): NormaliseResult {
  const notes = new Notes();
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >({ allowSelfLoops: true });
  graph.replaceAttributes(normaliseGraphAttributes(raw.attributes, notes));
  const firstSource = graph.getAttribute("sources")?.[0]?.id ?? "";

  for (let index = 0; index < raw.nodes.length; index++) {
    const node = raw.nodes[index];
    const key = asKey(node.key);
    if (key === null) {
      return fail(
        file,
        raw.placeOfNode(index, "key"),
        "a node has no key (id)",
        "give every node a unique key",
      );
    }
    if (graph.hasNode(key)) {
      const first = raw.nodes.findIndex((other) => asKey(other.key) === key);
      return fail(
        file,
        raw.placeOfNode(index, "key"),
        `duplicate node key ${JSON.stringify(key)}${describePlace(" (first at", raw.placeOfNode(first), ")")}`,
        "node keys must be unique: rename or merge one of the two nodes",
      );
    }
    graph.addNode(key, normaliseNodeAttributes(key, node.attributes, notes));
  }

  const explicitKeys = new Set<string>();
  const created: string[] = [];
  for (let index = 0; index < raw.edges.length; index++) {
    const key = asKey(raw.edges[index].key);
    if (key === null) continue;
    if (explicitKeys.has(key)) {
      const first = raw.edges.findIndex((other) => asKey(other.key) === key);
      return fail(
        file,
        raw.placeOfEdge(index, "key"),
        `duplicate edge key ${JSON.stringify(key)}${describePlace(" (first at", raw.placeOfEdge(first), ")")}`,
        "edge keys must be unique: rename one of the two edges or leave keys out",
      );
    }
    explicitKeys.add(key);
  }

  for (let index = 0; index < raw.edges.length; index++) {
    const edge = raw.edges[index];
    const ends: string[] = [];
    for (const end of ["source", "target"] as const) {
      const key = asKey(edge[end]);
      if (key === null) {
        return fail(
          file,
          raw.placeOfEdge(index, end),
          `an edge has no ${end}`,
          `give every edge a ${end} node key`,
        );
      }
      if (!graph.hasNode(key)) {
        if (!raw.addMissingNodes) return missingNodeError(raw, graph, file, index, end, key);
        graph.addNode(key, normaliseNodeAttributes(key, {}, notes));
        created.push(key);
      }
      ends.push(key);
    }
    const [source, target] = ends;
    const attributes = normaliseEdgeAttributes(edge.attributes, firstSource, notes);
    if (edge.undirected) {
      attributes.undirected = true;
      notes.add("undirected edges stored in their written direction, marked `undirected: true`");
    }
    let key = asKey(edge.key);
    if (key === null) key = freshEdgeKey(graph, explicitKeys, source, attributes.relation, target);
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  const warnings = notes.list();
  if (created.length > 0) warnings.unshift(createdNodesNote(created));
  return { ok: true, graph, warnings, created };
}

/** "created 3 nodes that edges name but the file does not list: "a", "b", "c"" */
function createdNodesNote(created: string[]): string {
  const shown = created
    .slice(0, 5)
    .map((key) => JSON.stringify(key))
    .join(", ");
  const more = created.length > 5 ? ` and ${created.length - 5} more` : "";
  const nodes = created.length === 1 ? "node" : "nodes";
  return `created ${created.length} ${nodes} that edges name but the file does not list: ${shown}${more}`;
}

/** Every distinct endpoint that is not a node, so the refusal can offer to create them all. */
function missingEndpoints(raw: RawGraph, graph: KnowledgeGraph): Set<string> {
  const missing = new Set<string>();
  for (const edge of raw.edges) {
    for (const end of [edge.source, edge.target]) {
      const key = asKey(end);
      if (key !== null && !graph.hasNode(key)) missing.add(key);
    }
  }
  return missing;
}

function missingNodeError(
  raw: RawGraph,
  graph: KnowledgeGraph,
  file: string,
  index: number,
  end: "source" | "target",
  key: string,
): NormaliseResult {
  const suggestion = didYouMeanPhrase(didYouMean(key, graph.nodes(), 1));
  const name = asKey(raw.edges[index].key);
  const missing = missingEndpoints(raw, graph).size;
  const others = missing > 1 ? ` (${missing} node keys named by edges are missing in all)` : "";
  const result = fail(
    file,
    raw.placeOfEdge(index, end),
    `${name === null ? "an edge" : `edge ${JSON.stringify(name)}`} names ${end} ${JSON.stringify(key)}, which is not a node key${suggestion}${others}`,
    `add a node ${JSON.stringify(key)} or correct the edge's ${end}; or open the file anyway, creating the missing nodes (kg import --add-missing-nodes)`,
  );
  if (!result.ok) result.error.missingNodes = missing;
  return result;
}

function fail(file: string, place: Place, message: string, fix?: string): NormaliseResult {
  return { ok: false, error: importError(file, place, message, fix) };
}

function describePlace(before: string, place: Place, after: string): string {
  if (place.line !== undefined) return `${before} line ${place.line}${after}`;
  if (place.path !== undefined) return `${before} ${place.path}${after}`;
  return "";
}

/** Node and edge keys are strings; files may write numbers (GEXF ids, JSON keys). */
function asKey(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** Keys derived as edgeKey() so URLs stay readable; a repeated relation gets `~2`, `~3`... */
function freshEdgeKey(
  graph: KnowledgeGraph,
  taken: ReadonlySet<string>,
  source: string,
  relation: string,
  target: string,
): string {
  const base = edgeKey(source, relation, target);
  let key = base;
  for (let count = 2; graph.hasEdge(key) || taken.has(key); count++) key = `${base}~${count}`;
  return key;
}

function normaliseNodeAttributes(
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

function normaliseEdgeAttributes(
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

function normaliseGraphAttributes(input: Record<string, unknown>, notes: Notes): GraphAttributes {
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

/** What a format's reader returns: its nodes and edges, not yet under our contract. */
export type RawResult =
  | { ok: true; raw: RawGraph; warnings: string[] }
  | { ok: false; error: ImportError };
