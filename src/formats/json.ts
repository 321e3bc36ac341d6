// JSON: graphology's own serialisation (`graph.export()`), which keeps every attribute exactly.
// Reading also accepts node-link JSON (`nodes` + `links`, `id` for key) and our curated format.
import { edgeKey } from "../model/edge-key.ts";
import { readEvidence } from "../model/evidence.ts";
import { describe, isObject, type Json } from "../model/json-value.ts";
import { buildGraph } from "../model/load.ts";
import { parseJson } from "../model/parse-json.ts";
import type { CuratedEdge, CuratedFile, CuratedNode, KnowledgeGraph } from "../model/types.ts";
import { isGephiLite, readGephiLite } from "./gephi-lite.ts";
import { type GraphFile, type ImportError, importError, type Place } from "./import-types.ts";
import { EXPORT_ANY, recogniseJson, topKeys } from "./json-recognise.ts";
import { normaliseGraph, type RawEdge, type RawNode, type RawResult } from "./normalise.ts";
import { asTextList } from "./normalise-attributes.ts";

export function writeJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

export type JsonReadResult =
  | { ok: true; kind: "graph"; raw: RawResult & { ok: true }; format: "json" | "gephi-lite" }
  | { ok: true; kind: "curated"; graph: KnowledgeGraph }
  | { ok: false; error: ImportError };

type Failure = Extract<JsonReadResult, { ok: false }>;

function failure(
  file: Pick<GraphFile, "name">,
  place: Place,
  message: string,
  fix?: string,
): Failure {
  return { ok: false, error: importError(file.name, place, message, fix) };
}

/** The file's JSON value, or where its syntax is wrong. */
function parseFile(file: GraphFile): { ok: true; value: unknown } | Failure {
  let parsed: ReturnType<typeof parseJson>;
  try {
    parsed = parseJson(file.text);
  } catch {
    // The locator of a syntax error recurses; absurdly deep nesting exhausts the stack.
    return failure(
      file,
      {},
      "malformed JSON (nested too deeply to locate the error)",
      "check the file was saved completely",
    );
  }
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return failure(
      file,
      { line, column },
      `malformed JSON: ${message}`,
      "correct the JSON at that place, or export the file again",
    );
  }
  return { ok: true, value: parsed.value };
}

export function readJson(file: GraphFile): JsonReadResult {
  const parsed = parseFile(file);
  if (!parsed.ok) return parsed;
  return readJsonValue(file, parsed.value);
}

/** A parsed JSON value as a graph: what readJson does once the text is parsed (or streamed). */
export function readJsonValue(file: Pick<GraphFile, "name">, value: unknown): JsonReadResult {
  const fail = (place: Place, message: string, fix?: string) => failure(file, place, message, fix);
  if (isObject(value) && isGephiLite(value)) {
    const raw = readGephiLite(value, file.name);
    return raw.ok ? { ok: true, kind: "graph", raw, format: "gephi-lite" } : raw;
  }
  const recognised = recogniseJson(value);
  if (recognised) {
    return fail(
      { path: "$" },
      `this JSON looks like ${recognised.looksLike}, which is not a graph format the explorer reads`,
      recognised.fix,
    );
  }
  if (!isObject(value)) {
    return fail(
      { path: "$" },
      `expected a graph object with "nodes" and "edges", found ${describe(value)}`,
      EXPORT_ANY,
    );
  }
  if (!Array.isArray(value.nodes)) {
    return fail(
      { path: "nodes" },
      `not a graph file the explorer reads: no "nodes" list (it has ${topKeys(value)})`,
      `${EXPORT_ANY}`,
    );
  }
  const edgesName = Array.isArray(value.edges) || !Array.isArray(value.links) ? "edges" : "links";
  const edgeList = value[edgesName] ?? [];
  if (!Array.isArray(edgeList)) {
    return fail(
      { path: edgesName },
      `expected "${edgesName}" to be a list, found ${describe(edgeList)}`,
      `make "${edgesName}" a list of { "source": ..., "target": ... }`,
    );
  }
  for (const [name, list] of [
    ["nodes", value.nodes],
    [edgesName, edgeList],
  ] as const) {
    const index = list.findIndex((item) => !isObject(item));
    if (index !== -1) {
      return fail(
        { path: `${name}[${index}]` },
        `expected an object, found ${describe(list[index])}`,
        "each node and edge is a JSON object",
      );
    }
  }
  if (isCurated(value))
    return readCurated(value as Json & { nodes: Json[]; edges?: Json[] }, file.name);
  return {
    ok: true,
    kind: "graph",
    format: "json",
    raw: readGraphology(value, value.nodes as Json[], edgesName, edgeList as Json[]),
  };
}

/** Our hand-written format: `sources`, and nodes with `nodeKind` beside `key`. */
function isCurated(value: Json): boolean {
  const first = (value.nodes as Json[])[0];
  return (
    Array.isArray(value.sources) &&
    first !== undefined &&
    "nodeKind" in first &&
    !("attributes" in first)
  );
}

function readGraphology(
  value: Json,
  nodeList: Json[],
  edgesName: string,
  edgeList: Json[],
): RawResult & { ok: true } {
  const options = isObject(value.options) ? value.options : {};
  const undirectedGraph = options.type === "undirected";
  // graphology's shape nests attributes; node-link JSON (d3) puts them beside `id`.
  const nodes: RawNode[] = nodeList.map((node) => ({
    key: node.key ?? node.id,
    attributes: isObject(node.attributes)
      ? node.attributes
      : without(node, ["key", "id", "attributes"]),
  }));
  const edges: RawEdge[] = edgeList.map((edge) => ({
    key: edge.key ?? edge.id,
    source: edge.source,
    target: edge.target,
    attributes: isObject(edge.attributes)
      ? edge.attributes
      : without(edge, ["key", "id", "source", "target", "attributes", "undirected"]),
    undirected: typeof edge.undirected === "boolean" ? edge.undirected : undirectedGraph,
  }));
  const path = (list: string, index: number, field?: string) => ({
    path: `${list}[${index}]${field === undefined ? "" : `.${field}`}`,
  });
  return {
    ok: true,
    raw: {
      attributes: isObject(value.attributes) ? value.attributes : {},
      nodes,
      edges,
      placeOfNode: (index, field) => path("nodes", index, field),
      placeOfEdge: (index, field) => path(edgesName, index, field),
    },
    warnings: [],
  };
}

function readCurated(
  value: Json & { nodes: Json[]; edges?: Json[] },
  fileName: string,
): JsonReadResult {
  const edges = value.edges ?? [];
  // Keys and endpoints are checked by the importers' shared rules, with JSON paths...
  const checked = normaliseGraph(
    {
      attributes: {},
      nodes: value.nodes.map((node) => ({ key: node.key })),
      edges: edges.map((edge) => ({ source: edge.source, target: edge.target })),
      placeOfNode: (index) => ({ path: `nodes[${index}].key` }),
      placeOfEdge: (index, field) => ({ path: `edges[${index}].${field ?? "source"}` }),
    },
    fileName,
  );
  if (!checked.ok) return checked;
  // ...then the file is built exactly as the app builds its own graph.
  const sources = (value.sources as unknown[]).filter(isObject).map((source) => ({
    id: String(source.id ?? ""),
    title: String(source.title ?? ""),
    path: String(source.path ?? ""),
  }));
  const curated: CuratedFile = {
    title: typeof value.title === "string" ? value.title : "",
    sources,
    nodes: value.nodes.map(curatedNode),
    edges: edges.map((edge) => curatedEdge(edge, sources[0]?.id ?? "")),
  };
  const seen = new Map<string, number>();
  for (const [index, edge] of curated.edges.entries()) {
    const key = edgeKey(edge.source, edge.relation, edge.target);
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        ok: false,
        error: importError(
          fileName,
          { path: `edges[${index}]` },
          `the same relation "${edge.relation}" from "${edge.source}" to "${edge.target}" as edges[${first}]`,
          "merge the two edges: put both quotes in one evidence list",
        ),
      };
    }
    seen.set(key, index);
  }
  return { ok: true, kind: "curated", graph: buildGraph(curated) };
}

function curatedNode(node: Json): CuratedNode {
  const key = String(node.key);
  const result: CuratedNode = {
    key,
    label: typeof node.label === "string" && node.label !== "" ? node.label : key,
    nodeKind: typeof node.nodeKind === "string" && node.nodeKind !== "" ? node.nodeKind : "node",
    description: typeof node.description === "string" ? node.description : "",
    // External names ({ name, external }) are names like the others once read.
    aliases: asTextList(
      Array.isArray(node.aliases)
        ? node.aliases.map((alias) => (isObject(alias) && "name" in alias ? alias.name : alias))
        : node.aliases,
    ),
  };
  if (typeof node.date === "string" && node.date !== "") result.date = node.date;
  return result;
}

/** Evidence in the old shape (quote strings) takes the edge's `sourceDoc`, else the first source. */
function curatedEdge(edge: Json, firstSource: string): CuratedEdge {
  const sourceDoc =
    typeof edge.sourceDoc === "string" && edge.sourceDoc !== "" ? edge.sourceDoc : firstSource;
  const result: CuratedEdge = {
    source: String(edge.source),
    target: String(edge.target),
    relation: typeof edge.relation === "string" && edge.relation !== "" ? edge.relation : "linked",
    evidence: readEvidence(edge.evidence, sourceDoc).items,
  };
  if (typeof edge.date === "string" && edge.date !== "") result.date = edge.date;
  return result;
}

function without(object: Json, names: readonly string[]): Json {
  const copy: Json = {};
  for (const name in object) if (!names.includes(name)) copy[name] = object[name];
  return copy;
}
