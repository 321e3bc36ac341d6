// A GraphSource as the rows of one stored version: ids in key order, typed columns and the rest
// as JSON (records.ts), search names and their words (search-text.ts), evidence rows, degrees.
// Rows are made as they are copied, one node or edge at a time, so the loader holds none of them;
// walking the nodes and the edges also counts kinds and relations for the catalogue, and checks
// that keys come in strictly increasing order (the ids are positions, so "by id" is "by key").
import { searchLabel } from "../memory-search.ts";
import { compareKeys, toEdgeRecord, toNodeRecord } from "../records.ts";
import { nameWords, wordCount } from "../search-text.ts";
import type { Cell } from "./copy-rows.ts";
import type { GraphSource, SourceNode } from "./graph-source.ts";

export interface GraphRows {
  nodes(): Iterable<Cell[]>;
  names(): Iterable<Cell[]>;
  words(): Iterable<Cell[]>;
  edges(): Iterable<Cell[]>;
  evidence(): Iterable<Cell[]>;
  /** Nodes by kind and edges by relation, complete once nodes() and edges() have been walked. */
  kinds: Map<string, number>;
  relations: Map<string, number>;
  /** No node or edge key holds a character outside the BMP (complete as for kinds). */
  keys: { bmp: boolean };
}

/** A UTF-16 surrogate: the key holds a character outside the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

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
/** label_words: the node's label word count on each of its names, so search ranks from the index. */
export const NAME_COLUMNS = ["id", "node", "is_alias", "words", "label_words"];
/**
 * A row per distinct word of each name, carrying that name's node, alias flag, label word count
 * and folded words: search's word stage checks and ranks a name from the word index alone.
 */
export const WORD_COLUMNS = ["word", "node", "is_alias", "label_words", "words"];
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
  // Most nodes and edges keep nothing outside the typed columns: no JSON.stringify for them.
  for (const _ in value) return stringified(value, where);
  return "{}";
}

function stringified(value: Record<string, unknown>, where: string): string {
  const text = JSON.stringify(value);
  if (text.includes("\\u0000"))
    throw new Error(`${where}: an attribute contains a NUL character; remove it`);
  return text;
}

/** Yields `items`, throwing when a key is not after the one before (a source out of order). */
function* inKeyOrder<T extends { key: string }>(items: Iterable<T>, what: string): Generator<T> {
  let previous: string | null = null;
  for (const item of items) {
    if (previous !== null && compareKeys(previous, item.key) >= 0) {
      throw new Error(
        `${what} ${JSON.stringify(item.key)} comes after ${JSON.stringify(previous)}: a graph source must give keys once each, in code point order`,
      );
    }
    previous = item.key;
    yield item;
  }
}

/** Search names of each node, in node order: label first, then its text aliases. */
function* nameList(
  nodes: Iterable<SourceNode>,
): Generator<{ node: number; isAlias: boolean; words: string; labelWords: number }> {
  let id = 0;
  for (const { key, attributes } of nodes) {
    const words = nameWords(searchLabel(key, attributes.label));
    const labelWords = wordCount(words);
    yield { node: id, isAlias: false, words, labelWords };
    const aliases = Array.isArray(attributes.aliases) ? attributes.aliases : [];
    for (const alias of aliases) {
      if (typeof alias === "string")
        yield { node: id, isAlias: true, words: nameWords(alias), labelWords };
    }
    id++;
  }
}

function add(counts: Map<string, number>, value: unknown) {
  const name = String(value ?? "");
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

function* nodeRows(source: GraphSource, kinds: Map<string, number>, keys: { bmp: boolean }) {
  kinds.clear();
  let id = 0;
  for (const { key, attributes, degree } of inKeyOrder(source.nodes(), "node")) {
    add(kinds, attributes.nodeKind);
    if (SURROGATE.test(key)) keys.bmp = false;
    const record = toNodeRecord(attributes);
    const labelWords = wordCount(nameWords(searchLabel(key, attributes.label)));
    yield [
      id++,
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

function* edgeRows(source: GraphSource, relations: Map<string, number>, keys: { bmp: boolean }) {
  relations.clear();
  let id = 0;
  for (const edge of inKeyOrder(source.edges(), "edge")) {
    add(relations, edge.attributes.relation);
    if (SURROGATE.test(edge.key)) keys.bmp = false;
    const record = toEdgeRecord(edge.attributes);
    yield [
      id++,
      edge.key,
      edge.source,
      edge.target,
      record.relation,
      record.date,
      record.evidence !== null,
      json(record.rest, `edge ${edge.key}`),
    ];
  }
}

export function graphRows(source: GraphSource): GraphRows {
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  const keys = { bmp: true };
  return {
    kinds,
    relations,
    keys,
    nodes: () => nodeRows(source, kinds, keys),
    *names() {
      let id = 0;
      for (const name of nameList(source.nodes()))
        yield [id++, name.node, name.isAlias, name.words, name.labelWords];
    },
    *words() {
      for (const name of nameList(source.nodes())) {
        for (const word of new Set(name.words.split(" "))) {
          if (word !== "") yield [word, name.node, name.isAlias, name.labelWords, name.words];
        }
      }
    },
    edges: () => edgeRows(source, relations, keys),
    *evidence() {
      let id = 0;
      for (const edge of source.edges()) {
        const record = toEdgeRecord(edge.attributes);
        for (const [position, row] of (record.evidence ?? []).entries())
          yield [id, position, row.source, row.quote];
        id++;
      }
    },
  };
}
