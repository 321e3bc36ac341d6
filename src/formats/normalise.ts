// Every importer hands its nodes and edges here, so one place decides how users' attributes map
// onto our contract (label, nodeKind, relation, evidence...; normalise-attributes.ts) and checks
// keys and endpoints, refusing a duplicate key or a missing node with its place and a fix.
import { MultiDirectedGraph } from "graphology";
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";
import { edgeKey } from "../model/edge-key.ts";
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from "../model/types.ts";
import { type ImportError, importError, type Place } from "./import-types.ts";
import {
  Notes,
  normaliseEdgeAttributes,
  normaliseGraphAttributes,
  normaliseNodeAttributes,
} from "./normalise-attributes.ts";

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

type Failure = Extract<NormaliseResult, { ok: false }>;

export function normaliseGraph(raw: RawGraph, file: string): NormaliseResult {
  const notes = new Notes();
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >({ allowSelfLoops: true });
  graph.replaceAttributes(normaliseGraphAttributes(raw.attributes, notes));
  const firstSource = graph.getAttribute("sources")?.[0]?.id ?? "";
  const nodesFailure = addNodes(raw, file, graph, notes);
  if (nodesFailure) return nodesFailure;
  const explicitKeys = explicitEdgeKeys(raw, file);
  if (!(explicitKeys instanceof Set)) return explicitKeys;

  const created: string[] = [];
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

/** Adds every node under our contract; the failure when a key is missing or repeated. */
function addNodes(
  raw: RawGraph,
  file: string,
  graph: KnowledgeGraph,
  notes: Notes,
): Failure | null {
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
  return null;
}

/** The edge keys the file gives, which generated keys must avoid; the failure on a repeat. */
function explicitEdgeKeys(raw: RawGraph, file: string): Set<string> | Failure {
  const explicitKeys = new Set<string>();
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
  return explicitKeys;
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
): Failure {
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

function fail(file: string, place: Place, message: string, fix?: string): Failure {
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

/** What a format's reader returns: its nodes and edges, not yet under our contract. */
export type RawResult =
  | { ok: true; raw: RawGraph; warnings: string[] }
  | { ok: false; error: ImportError };
