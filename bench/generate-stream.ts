// The benchmark's synthetic graphs at sizes no process can hold as a graph (1M nodes / 5M edges):
// a GraphSource (src/store/postgres/graph-source.ts) whose nodes and edges are made as they are
// read. Only the topology is kept, in typed arrays (a node's kind and degree, an edge packed into
// one float: ~60 MB at 5M edges); labels, descriptions, evidence and dates are drawn again from
// a seed per node and per edge each time they are read. Same shape as generate-graph.ts
// (preferential attachment, the same attribute draws), though not the same graph: keys here are
// zero-padded (n0000042) so that key order is index order, and edges are unique per join step.
import { MultiDirectedGraph } from "graphology";
import { edgeKey } from "../src/model/edge-key.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../src/model/types.ts";
import { NODE_KINDS, RELATIONS } from "../src/model/vocabulary.ts";
import type { GraphSource, SourceEdge, SourceNode } from "../src/store/postgres/graph-source.ts";
import { compareKeys } from "../src/store/records.ts";
import {
  edgeAttributes,
  maxEdgeCount,
  nodeAttributes,
  PREFERENTIAL_SHARE,
  pickKind,
  pickRelation,
  SYNTHETIC_SOURCE_ID,
  type SyntheticGraphOptions,
  share,
  vocabulary,
} from "./generate-graph.ts";
import { type Random, seededRandom } from "./seeded-random.ts";

/** A seed for item `index` of a stream: the same for the same (seed, index), spread out. */
function itemSeed(seed: number, index: number): number {
  const low = index >>> 0;
  const high = Math.floor(index / 4294967296) >>> 0;
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(low, 0xc2b2ae35) ^ high) >>> 0;
}

/** Relations in the order their keys sort (`source~relation~target`, sources being equal). */
const RELATION_ORDER = [...RELATIONS].sort((a, b) => compareKeys(`${a}~`, `${b}~`));
const RELATION_RANK = new Map<string, number>(RELATION_ORDER.map((name, rank) => [name, rank]));

interface Topology {
  kinds: Uint8Array;
  degrees: Int32Array;
  /** Each edge as (source · R + relation rank) · N + target, sorted: key order. */
  packed: Float64Array;
}

function nodeRandom(seed: number, index: number): Random {
  return seededRandom(itemSeed(seed, index));
}

/** Node i joins with its share of the edges, each to an earlier node picked mostly by degree. */
function topology(nodeCount: number, edgeCount: number, seed: number): Topology {
  const kinds = new Uint8Array(nodeCount);
  for (let index = 0; index < nodeCount; index++)
    kinds[index] = NODE_KINDS.indexOf(pickKind(nodeRandom(seed, index)));
  const random = seededRandom(seed);
  const relations = RELATION_ORDER.length;
  const packed = new Float64Array(edgeCount);
  const degrees = new Int32Array(nodeCount);
  const ends = new Int32Array(edgeCount * 2);
  let count = 0;
  let owed = 0;
  let taken = new Set<number>();
  // Edges join `index` to earlier nodes only, so a key can only repeat within one join step.
  const tryAdd = (index: number, other: number): boolean => {
    const outgoing = random.next() < 0.5;
    const [source, target] = outgoing ? [index, other] : [other, index];
    const rank = RELATION_RANK.get(pickRelation(NODE_KINDS[kinds[target]], random)) ?? 0;
    const local = (other * relations + rank) * 2 + (outgoing ? 1 : 0);
    if (taken.has(local)) return false;
    taken.add(local);
    packed[count++] = (source * relations + rank) * nodeCount + target;
    degrees[source]++;
    degrees[target]++;
    ends[count * 2 - 2] = source;
    ends[count * 2 - 1] = target;
    return true;
  };
  const draw = (index: number) =>
    count > 0 && random.next() < PREFERENTIAL_SHARE
      ? ends[random.below(count * 2)]
      : random.below(index);
  for (let index = 1; index < nodeCount; index++) {
    taken = new Set();
    owed += share(index, edgeCount, nodeCount - 1) - share(index - 1, edgeCount, nodeCount - 1);
    for (let attempts = owed * 8 + 8; owed > 0 && attempts > 0; attempts--) {
      const other = draw(index);
      if (other < index && tryAdd(index, other)) owed--;
    }
  }
  // What the last steps could not place goes to the last node, uniformly.
  const last = nodeCount - 1;
  for (let attempts = owed * 64 + 64; owed > 0 && attempts > 0; attempts--)
    if (tryAdd(last, random.below(last))) owed--;
  if (owed > 0) throw new Error(`generateStream: could not place ${owed} edges; ask for fewer`);
  packed.sort();
  return { kinds, degrees, packed };
}

export interface StreamedGraph extends GraphSource {
  nodeKey(index: number): string;
  node(index: number): SourceNode;
  degree(index: number): number;
}

export function generateStream(options: SyntheticGraphOptions): StreamedGraph {
  const { nodes: nodeCount, edges: edgeCount, seed, sentences } = options;
  if (!Number.isInteger(nodeCount) || nodeCount < 2)
    throw new Error(`generateStream: nodes must be an integer >= 2, got ${nodeCount}.`);
  if (!Number.isInteger(edgeCount) || edgeCount < 0 || edgeCount > maxEdgeCount(nodeCount))
    throw new Error(`generateStream: edges must be between 0 and ${maxEdgeCount(nodeCount)}.`);
  if (sentences.length === 0) throw new Error("generateStream: sentences is empty.");
  const words = vocabulary(sentences);
  const { degrees, packed } = topology(nodeCount, edgeCount, seed);
  const width = String(nodeCount - 1).length;
  const nodeKey = (index: number) => `n${String(index).padStart(width, "0")}`;
  const relations = RELATION_ORDER.length;
  const node = (index: number): SourceNode => {
    const random = nodeRandom(seed, index);
    const kind = pickKind(random);
    const attributes = nodeAttributes(index, kind, random, words, sentences);
    return { key: nodeKey(index), attributes, degree: degrees[index] };
  };
  const edge = (position: number): SourceEdge => {
    const value = packed[position];
    const target = value % nodeCount;
    const rest = (value - target) / nodeCount;
    const rank = rest % relations;
    const source = (rest - rank) / relations;
    const relation = RELATION_ORDER[rank];
    const random = seededRandom(itemSeed(seed + 1, value));
    const attributes = edgeAttributes(relation, random, sentences);
    return { key: edgeKey(nodeKey(source), relation, nodeKey(target)), source, target, attributes };
  };
  return {
    title: `Synthetic knowledge graph (${nodeCount} nodes, ${edgeCount} edges, seed ${seed}, streamed)`,
    sources: [
      { id: SYNTHETIC_SOURCE_ID, title: "Synthetic benchmark source", path: "synthetic.txt" },
    ],
    order: nodeCount,
    size: edgeCount,
    nodeKey,
    node,
    degree: (index) => degrees[index],
    *nodes() {
      for (let index = 0; index < nodeCount; index++) yield node(index);
    },
    *edges() {
      for (let position = 0; position < edgeCount; position++) yield edge(position);
    },
  };
}

/** The same graph in memory, for MemoryStore (only where it fits). */
export function streamedToGraph(source: StreamedGraph): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({ title: source.title, sources: source.sources });
  for (const { key, attributes } of source.nodes()) graph.addNode(key, attributes);
  for (const edge of source.edges())
    graph.addEdgeWithKey(
      edge.key,
      source.nodeKey(edge.source),
      source.nodeKey(edge.target),
      edge.attributes,
    );
  return graph;
}
