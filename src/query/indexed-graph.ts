// The graph as integer arrays, for the walks and filters a view change runs on 100k-node graphs:
// nodes and edges numbered in graph order, adjacency in compressed rows (both directions), kinds
// and relations as small codes. A walk then touches typed arrays instead of strings, Maps and
// callbacks, and its result is a KeySet: a read-only Set of keys backed by those numbers.
import type { KnowledgeGraph } from "../model/types.ts";
import { isNumbered, NumberedKeySet } from "./sorted-key-set.ts";

export interface IndexedGraph {
  readonly nodeKeys: readonly string[];
  readonly edgeKeys: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly edgeIndex: ReadonlyMap<string, number>;
  readonly edgeSource: Uint32Array;
  readonly edgeTarget: Uint32Array;
  /** Node kind codes (index into `kinds`) and edge relation codes (into `relations`). */
  readonly nodeKind: Uint16Array;
  readonly edgeRelation: Uint16Array;
  /**
   * Each edge's `weight` attribute where it is a finite number, 1 where it is not (what
   * ForceAtlas2 weighs an edge by); null when no edge has one, i.e. every weight is 1.
   */
  readonly edgeWeight: Float32Array | null;
  readonly kinds: readonly string[];
  readonly relations: readonly string[];
  /** Node i's incident edges are adjacencyEdge[adjacencyStart[i] .. adjacencyStart[i + 1]]. */
  readonly adjacencyStart: Uint32Array;
  readonly adjacencyEdge: Uint32Array;
  /** Node i's outgoing edges are outEdge[outStart[i] .. outStart[i + 1]]. */
  readonly outStart: Uint32Array;
  readonly outEdge: Uint32Array;
}

function code(codes: Map<string, number>, names: string[], name: string): number {
  let value = codes.get(name);
  if (value === undefined) {
    value = names.length;
    names.push(name);
    codes.set(name, value);
  }
  return value;
}

export function indexGraph(graph: KnowledgeGraph): IndexedGraph {
  const order = graph.order;
  const size = graph.size;
  const nodeKeys = new Array<string>(order);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint16Array(order);
  const kinds: string[] = [];
  const kindCodes = new Map<string, number>();
  let position = 0;
  graph.forEachNode((key, attributes) => {
    nodeKeys[position] = key;
    nodeIndex.set(key, position);
    nodeKind[position] = code(kindCodes, kinds, String(attributes.nodeKind));
    position++;
  });

  const edgeKeys = new Array<string>(size);
  const edgeIndex = new Map<string, number>();
  const edgeSource = new Uint32Array(size);
  const edgeTarget = new Uint32Array(size);
  const edgeRelation = new Uint16Array(size);
  const relations: string[] = [];
  const relationCodes = new Map<string, number>();
  const degree = new Uint32Array(order + 1);
  const outDegree = new Uint32Array(order + 1);
  let edgeWeight: Float32Array | null = null;
  position = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    const from = nodeIndex.get(source) ?? 0;
    const to = nodeIndex.get(target) ?? 0;
    edgeKeys[position] = key;
    edgeIndex.set(key, position);
    edgeSource[position] = from;
    edgeTarget[position] = to;
    edgeRelation[position] = code(relationCodes, relations, String(attributes.relation));
    const weight = (attributes as { weight?: unknown }).weight;
    if (typeof weight === "number" && Number.isFinite(weight)) {
      edgeWeight ??= new Float32Array(size).fill(1);
      edgeWeight[position] = weight;
    }
    degree[from]++;
    outDegree[from]++;
    if (to !== from) degree[to]++;
    position++;
  });

  const adjacencyStart = rowStarts(degree, order);
  const adjacencyEdge = new Uint32Array(adjacencyStart[order]);
  const outStart = rowStarts(outDegree, order);
  const outEdge = new Uint32Array(size);
  const filled = adjacencyStart.slice(0, order);
  const outFilled = outStart.slice(0, order);
  for (let edge = 0; edge < size; edge++) {
    const from = edgeSource[edge];
    const to = edgeTarget[edge];
    adjacencyEdge[filled[from]++] = edge;
    if (to !== from) adjacencyEdge[filled[to]++] = edge;
    outEdge[outFilled[from]++] = edge;
  }
  return {
    nodeKeys,
    edgeKeys,
    nodeIndex,
    edgeIndex,
    edgeSource,
    edgeTarget,
    nodeKind,
    edgeRelation,
    edgeWeight,
    kinds,
    relations,
    adjacencyStart,
    adjacencyEdge,
    outStart,
    outEdge,
  };
}

/** Where each node's row starts in a compressed-rows array, from the row lengths. */
function rowStarts(lengths: Uint32Array, order: number): Uint32Array {
  const starts = new Uint32Array(order + 1);
  for (let node = 0; node < order; node++) starts[node + 1] = starts[node] + lengths[node];
  return starts;
}

/**
 * A read-only set of keys held as member flags over item numbers, with the members listed in
 * the order they joined. `has` is a Map lookup and a byte; iterating yields the keys.
 */
export class KeySet extends NumberedKeySet {
  readonly size: number;

  constructor(
    private readonly keys_: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    /** 1 for members, by item number. */
    readonly flags: Uint8Array,
    /** The members' numbers; only the first `size` count. */
    readonly members: Uint32Array,
    size: number,
  ) {
    super();
    this.size = size;
  }

  /** The keys by item number (the graph's node or edge keys). */
  get keyList(): readonly string[] {
    return this.keys_;
  }

  has(key: string): boolean {
    const index = this.indexOf.get(key);
    return index !== undefined && this.flags[index] === 1;
  }

  /**
   * This set and `more` (keys of the same items), copying this one's arrays whole; a numbered
   * `more` over the same keys is read by number, without a Map lookup per key.
   */
  with(more: Iterable<string>): KeySet {
    const flags = this.flags.slice();
    const added: number[] = [];
    const add = (index: number | undefined) => {
      if (index === undefined || flags[index] === 1) return;
      flags[index] = 1;
      added.push(index);
    };
    if (isNumbered(more) && more.keyList === this.keys_) {
      for (let i = 0; i < more.size; i++) add(more.members[i]);
    } else {
      for (const key of more) add(this.indexOf.get(key));
    }
    const members = new Uint32Array(this.size + added.length);
    members.set(this.members.subarray(0, this.size));
    members.set(added, this.size);
    return new KeySet(this.keys_, this.indexOf, flags, members, members.length);
  }
}

/** Collects item numbers into a KeySet, each at most once. */
export class KeySetBuilder {
  private readonly flags: Uint8Array;
  private members: Uint32Array;
  private count = 0;

  constructor(
    private readonly keys: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
  ) {
    this.flags = new Uint8Array(keys.length);
    this.members = new Uint32Array(Math.min(keys.length, 1024));
  }

  has(index: number): boolean {
    return this.flags[index] === 1;
  }

  add(index: number): void {
    if (this.flags[index] === 1) return;
    this.flags[index] = 1;
    if (this.count === this.members.length) {
      const grown = new Uint32Array(Math.min(this.keys.length, this.members.length * 2));
      grown.set(this.members);
      this.members = grown;
    }
    this.members[this.count++] = index;
  }

  build(): KeySet {
    return new KeySet(this.keys, this.indexOf, this.flags, this.members, this.count);
  }
}

export function nodeSetBuilder(indexed: IndexedGraph): KeySetBuilder {
  return new KeySetBuilder(indexed.nodeKeys, indexed.nodeIndex);
}

export function edgeSetBuilder(indexed: IndexedGraph): KeySetBuilder {
  return new KeySetBuilder(indexed.edgeKeys, indexed.edgeIndex);
}

/** Bit flags by code for the named kinds or relations (names not in the graph are ignored). */
export function codeFlags(names: readonly string[], hidden: Iterable<string>): Uint8Array {
  const flags = new Uint8Array(names.length);
  const wanted = new Set(hidden);
  names.forEach((name, i) => {
    if (wanted.has(name)) flags[i] = 1;
  });
  return flags;
}

export interface IndexedWalkOptions {
  /** 1 for node kinds (by code) that are neither reached nor walked through. */
  hiddenKinds?: Uint8Array;
  /** 1 for relations (by code) whose edges are not followed. */
  hiddenRelations?: Uint8Array;
  /** Nodes that are not reached (e.g. not there yet on the timeline), by node number. */
  hiddenNodes?: { has(index: number): boolean };
}

/**
 * The nodes at most `depth` hops from `start` over edges in both directions, as in
 * neighbourhood.ts, breadth-first over the arrays. The start is always in; empty when it is of a
 * hidden kind.
 */
export function walkNeighbourhood(
  indexed: IndexedGraph,
  start: number,
  depth: number,
  options: IndexedWalkOptions = {},
): KeySet {
  const { nodeKind, edgeRelation, edgeSource, edgeTarget, adjacencyStart, adjacencyEdge } = indexed;
  const order = indexed.nodeKeys.length;
  // Flags that hide nothing are dropped, so the loop below tests nothing for them.
  const hiddenKinds = options.hiddenKinds?.includes(1) ? options.hiddenKinds : undefined;
  const hiddenRelations = options.hiddenRelations?.includes(1)
    ? options.hiddenRelations
    : undefined;
  const { hiddenNodes } = options;
  const reached = new Uint8Array(order);
  // Members in the order reached; the frontier of each hop is a slice of it.
  const members = new Uint32Array(order);
  let count = 0;
  if (hiddenKinds === undefined || hiddenKinds[nodeKind[start]] !== 1) {
    reached[start] = 1;
    members[count++] = start;
  }
  let frontierStart = 0;
  for (let hop = 0; hop < depth && frontierStart < count; hop++) {
    const frontierEnd = count;
    for (let i = frontierStart; i < frontierEnd; i++) {
      const node = members[i];
      for (let at = adjacencyStart[node], end = adjacencyStart[node + 1]; at < end; at++) {
        const edge = adjacencyEdge[at];
        const source = edgeSource[edge];
        const other = source === node ? edgeTarget[edge] : source;
        if (reached[other] === 1) continue;
        if (hiddenRelations !== undefined && hiddenRelations[edgeRelation[edge]] === 1) continue;
        if (hiddenKinds !== undefined && hiddenKinds[nodeKind[other]] === 1) continue;
        if (hiddenNodes?.has(other)) continue;
        reached[other] = 1;
        members[count++] = other;
      }
    }
    frontierStart = frontierEnd;
  }
  return new KeySet(indexed.nodeKeys, indexed.nodeIndex, reached, members, count);
}
