// A graphology graph as the rows of one stored version: ids in key order, typed columns and the
// rest as JSON (records.ts), search names and their words (search-text.ts), evidence rows, degrees.
import type { KnowledgeGraph } from "../../model/types.ts";
import { searchLabel } from "../memory-search.ts";
import { compareKeys, toEdgeRecord, toNodeRecord } from "../records.ts";
import { nameWords, wordCount } from "../search-text.ts";
import type { Cell } from "./copy-rows.ts";

export interface GraphRows {
  nodeKeys: string[];
  edgeKeys: string[];
  nodes(): Iterable<Cell[]>;
  names(): Iterable<Cell[]>;
  words(): Iterable<Cell[]>;
  edges(): Iterable<Cell[]>;
  evidence(): Iterable<Cell[]>;
}

export const NODE_COLUMNS = [
  "id",
  "key",
  "label",
  "kind",
  "description",
  "date",
  "aliases",
  "rest",
  "degree",
  "label_words",
];
export const NAME_COLUMNS = ["id", "node", "is_alias", "words"];
export const WORD_COLUMNS = ["word", "name"];
export const EDGE_COLUMNS = [
  "id",
  "key",
  "source",
  "target",
  "relation",
  "date",
  "has_evidence",
  "rest",
];
export const EVIDENCE_COLUMNS = ["edge", "position", "source", "quote"];

function json(value: Record<string, unknown>, where: string): string {
  const text = JSON.stringify(value);
  if (text.includes("\\u0000"))
    throw new Error(`${where}: an attribute contains a NUL character; remove it`);
  return text;
}

/** Search names of each node, in node order: label first, then its text aliases. */
function* nameList(
  graph: KnowledgeGraph,
  nodeKeys: readonly string[],
): Generator<{ node: number; isAlias: boolean; words: string }> {
  for (let id = 0; id < nodeKeys.length; id++) {
    const attributes = graph.getNodeAttributes(nodeKeys[id]);
    yield {
      node: id,
      isAlias: false,
      words: nameWords(searchLabel(nodeKeys[id], attributes.label)),
    };
    const aliases = Array.isArray(attributes.aliases) ? attributes.aliases : [];
    for (const alias of aliases) {
      if (typeof alias === "string") yield { node: id, isAlias: true, words: nameWords(alias) };
    }
  }
}

function* nodeRows(graph: KnowledgeGraph, nodeKeys: readonly string[]) {
  for (let id = 0; id < nodeKeys.length; id++) {
    const key = nodeKeys[id];
    const attributes = graph.getNodeAttributes(key);
    const record = toNodeRecord(attributes);
    const degree = graph.inDegree(key) + graph.outDegree(key);
    const labelWords = wordCount(nameWords(searchLabel(key, attributes.label)));
    yield [
      id,
      key,
      record.label,
      record.kind,
      record.description,
      record.date,
      record.aliases,
      json(record.rest, `node ${key}`),
      degree,
      labelWords,
    ];
  }
}

function* edgeRows(
  graph: KnowledgeGraph,
  edgeKeys: readonly string[],
  idOf: ReadonlyMap<string, number>,
) {
  for (let id = 0; id < edgeKeys.length; id++) {
    const key = edgeKeys[id];
    const record = toEdgeRecord(graph.getEdgeAttributes(key));
    const source = idOf.get(graph.source(key)) ?? -1;
    const target = idOf.get(graph.target(key)) ?? -1;
    yield [
      id,
      key,
      source,
      target,
      record.relation,
      record.date,
      record.evidence !== null,
      json(record.rest, `edge ${key}`),
    ];
  }
}

export function graphRows(graph: KnowledgeGraph): GraphRows {
  const nodeKeys = graph.nodes().sort(compareKeys);
  const edgeKeys = graph.edges().sort(compareKeys);
  const idOf = new Map<string, number>();
  nodeKeys.forEach((key, id) => {
    idOf.set(key, id);
  });
  return {
    nodeKeys,
    edgeKeys,
    nodes: () => nodeRows(graph, nodeKeys),
    *names() {
      let id = 0;
      for (const name of nameList(graph, nodeKeys))
        yield [id++, name.node, name.isAlias, name.words];
    },
    *words() {
      let id = 0;
      for (const name of nameList(graph, nodeKeys)) {
        for (const word of new Set(name.words.split(" "))) if (word !== "") yield [word, id];
        id++;
      }
    },
    edges: () => edgeRows(graph, edgeKeys, idOf),
    *evidence() {
      for (let id = 0; id < edgeKeys.length; id++) {
        const record = toEdgeRecord(graph.getEdgeAttributes(edgeKeys[id]));
        for (const [position, row] of (record.evidence ?? []).entries())
          yield [id, position, row.source, row.quote];
      }
    },
  };
}
