// Checks a curated graph file against the data contract before anything is built from it, and
// reports every problem at once with its JSON path and a fix, so a curator can repair a file in one pass.
import { didYouMean, didYouMeanPhrase } from "./did-you-mean.ts";
import { edgeKey } from "./edge-key.ts";
import { describe, isObject, type Json } from "./json-value.ts";
import { normaliseQuote } from "./normalise-quote.ts";
import type { CuratedEdge, CuratedFile } from "./types.ts";
import { type AliasTexts, aliasTexts, checkAliases } from "./validate-aliases.ts";
import { checkEvidence, type Sources } from "./validate-evidence.ts";
import {
  checkArray,
  checkChoice,
  checkDate,
  checkKey,
  checkString,
  checkText,
  type Report,
  reportUnknownFields,
} from "./validate-fields.ts";
import { NODE_KINDS, RELATIONS } from "./vocabulary.ts";

export interface ValidationError {
  /** The file as the user named it. */
  file: string;
  /** JSON path of the problem, like `edges[12].target`; "" for the file as a whole. */
  path: string;
  /** What is wrong, starting with the offending value where there is one. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export interface ValidateOptions {
  /** Named in every error. */
  fileName: string;
  /** Text of each source document, by source id: evidence is looked up in it. */
  sourceTexts: Record<string, string>;
}

export type ValidationResult =
  /** `file` is in the current shape; `notes` say what was read from an older one. */
  { ok: true; file: CuratedFile; notes: string[] } | { ok: false; errors: ValidationError[] };

/** `graph/x.kg.json: edges[12].target "undp2" is not a node key (did you mean "undp"?)` */
export function formatValidationError(error: ValidationError): string {
  return error.path === ""
    ? `${error.file}: ${error.message}`
    : `${error.file}: ${error.path} ${error.message}`;
}

const FILE_FIELDS = ["$schema", "title", "sources", "nodes", "edges"];
const SOURCE_FIELDS = ["id", "title", "path"];
const NODE_FIELDS = ["key", "label", "nodeKind", "description", "aliases", "date"];
const EDGE_FIELDS = ["source", "target", "relation", "evidence", "date", "sourceDoc"];
/** Beyond this many, a missing endpoint is reported without suggestions (each costs a scan). */
const MAX_SUGGESTION_SEARCHES = 200;

export function validateCurated(data: unknown, options: ValidateOptions): ValidationResult {
  const errors: ValidationError[] = [];
  const report = (path: string, message: string, fix: string) =>
    errors.push({ file: options.fileName, path, message, fix });

  if (!isObject(data)) {
    report(
      "",
      `must hold a JSON object with title, sources, nodes and edges, not ${describe(data)}`,
      'Wrap the content in { "title": …, "sources": […], "nodes": […], "edges": […] }.',
    );
    return { ok: false, errors };
  }
  reportUnknownFields(data, "", FILE_FIELDS, report);
  checkText(data, "", "title", report);
  const sourceTexts = checkSources(data, options.sourceTexts, report);
  const texts = [...sourceTexts.values()].flatMap((text) => (text ? [text.normalised] : []));
  const nodeKeys = checkNodes(data, aliasTexts(texts), report);
  const edges = checkEdges(data, nodeKeys, sourceTexts, report);
  if (errors.length > 0) return { ok: false, errors };
  const file = { ...data, edges: edges.edges } as unknown as CuratedFile;
  const notes =
    edges.legacy.length === 0
      ? []
      : [
          `${options.fileName}: ${legacyEdges(edges.legacy)} ${edges.legacy.length === 1 ? "uses" : "use"} the old evidence shape (quote strings, one sourceDoc per edge); ` +
            'read as [{ "quote": …, "source": … }]. Rewrite each quote as { "quote": "…", "source": "<source id>" } and drop sourceDoc.',
        ];
  return { ok: true, file, notes };
}

function legacyEdges(indexes: number[]): string {
  const named = indexes.slice(0, 3).map((index) => `edges[${index}]`);
  return indexes.length > 3
    ? `${named.join(", ")} and ${indexes.length - 3} more edges`
    : named.join(", ");
}

function checkSources(data: Json, texts: Record<string, string>, report: Report): Sources {
  const sources: Sources = new Map();
  const list = checkArray(data, "sources", report);
  if (!list) return sources;
  if (list.length === 0 && Array.isArray(data.edges) && data.edges.length > 0) {
    report(
      "sources",
      "is empty, so no evidence can be checked",
      'Add the source document: { "id": "…", "title": "…", "path": "sources/….txt" }.',
    );
  }
  list.forEach((source, index) => {
    const at = `sources[${index}]`;
    if (!isObject(source)) {
      report(
        at,
        `must be an object with id, title and path, not ${describe(source)}`,
        'Replace it with { "id": …, "title": …, "path": … }.',
      );
      return;
    }
    reportUnknownFields(source, at, SOURCE_FIELDS, report);
    checkText(source, at, "title", report);
    const id = checkKey(source, at, "id", report);
    const path = checkText(source, at, "path", report);
    if (id === undefined) return;
    if (sources.has(id)) {
      report(
        `${at}.id`,
        `${JSON.stringify(id)} is used by an earlier source`,
        "Give each source its own id.",
      );
      return;
    }
    const text = texts[id];
    if (text === undefined && path !== undefined) {
      report(
        `${at}.path`,
        `${JSON.stringify(path)}: no text found for source ${JSON.stringify(id)}`,
        "Put the source text at this path, relative to the curated file.",
      );
    }
    sources.set(
      id,
      text === undefined ? null : { path: path ?? "", normalised: normaliseQuote(text) },
    );
  });
  return sources;
}

/** The node keys (valid or not, so one bad node does not cascade into edge errors), or null. */
function checkNodes(
  data: Json,
  texts: AliasTexts,
  report: Report,
): Map<string, { label: string; aliases: string[] }> | null {
  const list = checkArray(data, "nodes", report);
  if (!list) return null;
  const keys = new Map<string, { label: string; aliases: string[] }>();
  const firstIndex = new Map<string, number>();
  const linked = linkedNodeKeys(data.edges);
  list.forEach((node, index) => {
    const at = `nodes[${index}]`;
    if (!isObject(node)) {
      report(
        at,
        `must be an object with key, label, nodeKind and description, not ${describe(node)}`,
        "Replace it with a node object.",
      );
      return;
    }
    reportUnknownFields(node, at, NODE_FIELDS, report);
    checkKey(node, at, "key", report);
    const label = checkText(node, at, "label", report);
    checkChoice(node, at, "nodeKind", NODE_KINDS, "node kind", report);
    checkString(node, at, "description", report);
    const aliases = checkAliases(node, at, texts, report);
    checkDate(node, at, report);
    const rawKey = typeof node.key === "string" ? node.key : undefined;
    if (rawKey === undefined) return;
    const earlier = firstIndex.get(rawKey);
    if (earlier !== undefined) {
      report(
        `${at}.key`,
        `${JSON.stringify(rawKey)} is already the key of nodes[${earlier}]`,
        "Give each node its own key, or merge the two nodes.",
      );
      return;
    }
    firstIndex.set(rawKey, index);
    keys.set(rawKey, { label: label ?? rawKey, aliases });
    if (linked && !linked.has(rawKey)) {
      report(
        at,
        `${JSON.stringify(rawKey)} is isolated: no edge links it`,
        "Add an edge with evidence from or to it, or remove the node.",
      );
    }
  });
  return keys;
}

/** Endpoints of every edge, even malformed ones; null when the edges cannot be read at all. */
function linkedNodeKeys(edges: unknown): Set<string> | null {
  if (!Array.isArray(edges)) return null;
  const linked = new Set<string>();
  for (const edge of edges) {
    if (!isObject(edge)) continue;
    if (typeof edge.source === "string") linked.add(edge.source);
    if (typeof edge.target === "string") linked.add(edge.target);
  }
  return linked;
}

/** The edges with their evidence in the current shape, and which were in the old one. */
interface CheckedEdges {
  edges: CuratedEdge[];
  legacy: number[];
}

function checkEdges(
  data: Json,
  nodeKeys: Map<string, { label: string; aliases: string[] }> | null,
  sources: Sources,
  report: Report,
): CheckedEdges {
  const checked: CheckedEdges = { edges: [], legacy: [] };
  const list = checkArray(data, "edges", report);
  if (!list) return checked;
  const firstIndex = new Map<string, number>();
  let suggestionSearches = 0;
  const checkEndpoint = (edge: Json, at: string, field: "source" | "target") => {
    const key = checkString(edge, at, field, report);
    if (key === undefined || !nodeKeys || nodeKeys.has(key)) return;
    const suggestions =
      suggestionSearches++ < MAX_SUGGESTION_SEARCHES
        ? didYouMean(
            key,
            [...nodeKeys].map(([value, { label, aliases }]) => ({
              value,
              names: [label, ...aliases],
            })),
          )
        : [];
    report(
      `${at}.${field}`,
      `${JSON.stringify(key)} is not a node key${didYouMeanPhrase(suggestions)}`,
      suggestions.length > 0
        ? `Use the key ${JSON.stringify(suggestions[0])}, or add a node with key ${JSON.stringify(key)}.`
        : `Add a node with key ${JSON.stringify(key)} to nodes, or correct the key.`,
    );
  };

  list.forEach((edge, index) => {
    const at = `edges[${index}]`;
    if (!isObject(edge)) {
      report(
        at,
        `must be an object with source, target, relation and evidence, not ${describe(edge)}`,
        "Replace it with an edge object.",
      );
      return;
    }
    reportUnknownFields(edge, at, EDGE_FIELDS, report);
    checkEndpoint(edge, at, "source");
    checkEndpoint(edge, at, "target");
    checkChoice(edge, at, "relation", RELATIONS, "relation", report);
    checkDate(edge, at, report);

    const evidence = checkEvidence(edge, at, sources, report);
    if (evidence.legacy) checked.legacy.push(index);
    const { sourceDoc: _legacy, ...rest } = edge;
    checked.edges.push({ ...rest, evidence: evidence.items } as unknown as CuratedEdge);

    if (
      typeof edge.source === "string" &&
      typeof edge.target === "string" &&
      typeof edge.relation === "string"
    ) {
      const triple = edgeKey(edge.source, edge.relation, edge.target);
      const earlier = firstIndex.get(triple);
      if (earlier !== undefined) {
        report(
          at,
          `repeats edges[${earlier}]: same source, relation and target`,
          "Merge the evidence of both into one edge and remove this one.",
        );
      } else {
        firstIndex.set(triple, index);
      }
    }
  });
  return checked;
}
