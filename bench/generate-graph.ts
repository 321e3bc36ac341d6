// Builds seeded synthetic knowledge graphs in our file format (graphology's `graph.export()` shape
// with our attributes) at benchmark scale. Degrees follow preferential attachment, so a few hubs
// carry many edges as in real knowledge graphs, and evidence quotes are real source sentences.
import type { SerializedGraph } from "graphology-types";
import { edgeKey } from "../src/model/edge-key.ts";
import type {
  EdgeAttributes,
  EvidenceItem,
  GraphAttributes,
  NodeAttributes,
} from "../src/model/types.ts";
import { NODE_KINDS, type NodeKind, RELATIONS } from "../src/model/vocabulary.ts";
import { type Random, seededRandom } from "./seeded-random.ts";

export type SerializedKnowledgeGraph = SerializedGraph<
  NodeAttributes,
  EdgeAttributes,
  GraphAttributes
>;

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Sentences the evidence quotes and descriptions are drawn from: the source document's. */
  sentences: readonly string[];
}

export const SYNTHETIC_SOURCE_ID = "synthetic";

/** Share of edge ends drawn by degree (the rest uniformly), which shapes the hubs. */
export const PREFERENTIAL_SHARE = 0.95;

const KIND_WEIGHTS: Record<NodeKind, number> = {
  actor: 0.3,
  document: 0.2,
  principle: 0.3,
  threat: 0.2,
};

const KIND_NOUNS: Record<NodeKind, readonly string[]> = {
  actor: ["delegation", "forum", "ministry", "council", "working group", "mission"],
  document: ["white paper", "report", "position paper", "declaration", "joint statement"],
  principle: ["principle", "concept", "approach", "doctrine", "outlook"],
  threat: ["terrorism", "separatism", "extremism", "smuggling", "crime", "pollution"],
};

/**
 * Relations that fit the target's kind, drawn most of the time; the rest are drawn from the whole
 * vocabulary, so every relation appears however the vocabulary grows.
 */
const FITTING_RELATIONS: Record<NodeKind, readonly string[]> = {
  actor: ["presented-at", "part-of", "contrasts-with"],
  document: ["issued", "reiterated", "proposed"],
  principle: ["proposed", "reiterated", "part-of", "contrasts-with"],
  threat: ["addresses", "contrasts-with"],
};
const FITTING_SHARE = 0.8;

/** Ordered pairs times relations: the most edges `nodes` nodes can carry with unique keys. */
export function maxEdgeCount(nodes: number): number {
  return nodes * (nodes - 1) * RELATIONS.length;
}

export function generateGraph(options: SyntheticGraphOptions): SerializedKnowledgeGraph {
  const { nodes: nodeCount, edges: edgeCount, seed, sentences } = options;
  if (!Number.isInteger(nodeCount) || nodeCount < 2) {
    throw new Error(`generateGraph: nodes must be an integer >= 2, got ${nodeCount}.`);
  }
  if (!Number.isInteger(edgeCount) || edgeCount < 0 || edgeCount > maxEdgeCount(nodeCount)) {
    throw new Error(
      `generateGraph: edges must be an integer between 0 and ${maxEdgeCount(nodeCount)} ` +
        `for ${nodeCount} nodes, got ${edgeCount}.`,
    );
  }
  if (sentences.length === 0) {
    throw new Error("generateGraph: sentences is empty; pass the source document's sentences.");
  }
  const random = seededRandom(seed);
  const words = vocabulary(sentences);
  const kinds: NodeKind[] = [];
  const nodes: SerializedKnowledgeGraph["nodes"] = [];
  for (let index = 0; index < nodeCount; index++) {
    const nodeKind = pickKind(random);
    kinds.push(nodeKind);
    nodes.push({
      key: `n${index}`,
      attributes: nodeAttributes(index, nodeKind, random, words, sentences),
    });
  }

  const edges: SerializedKnowledgeGraph["edges"] = [];
  const keys = new Set<string>();
  // Every edge end is appended here: a uniform draw from it is a draw proportional to degree.
  const ends = new Int32Array(edgeCount * 2);
  let endCount = 0;
  const tryAddEdge = (source: number, target: number): boolean => {
    if (source === target) return false;
    const relation = pickRelation(kinds[target], random);
    const key = edgeKey(`n${source}`, relation, `n${target}`);
    if (keys.has(key)) return false;
    keys.add(key);
    edges.push({
      key,
      source: `n${source}`,
      target: `n${target}`,
      attributes: edgeAttributes(relation, random, sentences),
    });
    ends[endCount++] = source;
    ends[endCount++] = target;
    return true;
  };

  // Node i joins with its share of the edges, each to an earlier node picked mostly by degree.
  let owed = 0;
  for (let index = 1; index < nodeCount; index++) {
    owed += share(index, edgeCount, nodeCount - 1) - share(index - 1, edgeCount, nodeCount - 1);
    for (let attempts = owed * 8 + 8; owed > 0 && attempts > 0; attempts--) {
      const other =
        endCount > 0 && random.next() < PREFERENTIAL_SHARE
          ? ends[random.below(endCount)]
          : random.below(index);
      if (other >= index) continue;
      const isOutgoing = random.next() < 0.5;
      if (tryAddEdge(isOutgoing ? index : other, isOutgoing ? other : index)) owed--;
    }
  }
  // Small, dense graphs can leave a few edges unplaced; any free pair takes them.
  while (owed > 0) {
    if (tryAddEdge(random.below(nodeCount), random.below(nodeCount))) owed--;
  }

  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: {
      title: `Synthetic knowledge graph (${nodeCount} nodes, ${edgeCount} edges, seed ${seed})`,
      sources: [
        { id: SYNTHETIC_SOURCE_ID, title: "Synthetic benchmark source", path: "synthetic.txt" },
      ],
    },
    nodes,
    edges,
  };
}

/** Splits a text into sentences, good enough to feed the generator. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 20);
}

export function share(index: number, total: number, parts: number): number {
  return Math.floor((index * total) / parts);
}

export function vocabulary(sentences: readonly string[]): string[] {
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(word);
  }
  return [...words].sort();
}

export function pickKind(random: Random): NodeKind {
  let draw = random.next();
  for (const kind of NODE_KINDS) {
    draw -= KIND_WEIGHTS[kind];
    if (draw < 0) return kind;
  }
  return NODE_KINDS[NODE_KINDS.length - 1];
}

export function pickRelation(targetKind: NodeKind, random: Random): string {
  const fitting = FITTING_RELATIONS[targetKind].filter((relation) =>
    (RELATIONS as readonly string[]).includes(relation),
  );
  if (fitting.length > 0 && random.next() < FITTING_SHARE) return random.pick(fitting);
  return random.pick(RELATIONS);
}

function isoDate(random: Random): string {
  const year = String(1980 + random.below(45));
  if (random.next() < 0.7) return year;
  const month = String(1 + random.below(12)).padStart(2, "0");
  return `${year}-${month}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function nodeAttributes(
  index: number,
  nodeKind: NodeKind,
  random: Random,
  words: readonly string[],
  sentences: readonly string[],
): NodeAttributes {
  const first = random.pick(words);
  const second = random.pick(words);
  const noun = random.pick(KIND_NOUNS[nodeKind]);
  const label = `${capitalise(first)} ${second} ${noun} ${index}`;
  const aliases: string[] = [];
  const aliasCount = random.next() < 0.6 ? 0 : random.next() < 0.75 ? 1 : 2;
  for (let alias = 0; alias < aliasCount; alias++) {
    const acronym = [first, second, noun].map((word) => word.charAt(0).toUpperCase()).join("");
    aliases.push(alias === 0 ? `${acronym}-${index}` : `${capitalise(second)} ${noun}`);
  }
  const attributes: NodeAttributes = {
    label,
    nodeKind,
    description: random.pick(sentences),
    aliases,
  };
  if (random.next() < 0.6) attributes.date = isoDate(random);
  return attributes;
}

export function edgeAttributes(
  relation: string,
  random: Random,
  sentences: readonly string[],
): EdgeAttributes {
  const draw = random.next();
  const quoteCount = draw < 0.8 ? 1 : draw < 0.97 ? 2 : 3;
  const evidence: EvidenceItem[] = [];
  for (let quote = 0; quote < quoteCount; quote++) {
    evidence.push({ quote: random.pick(sentences), source: SYNTHETIC_SOURCE_ID });
  }
  const attributes: EdgeAttributes = { relation, evidence };
  if (random.next() < 0.5) attributes.date = isoDate(random);
  return attributes;
}
