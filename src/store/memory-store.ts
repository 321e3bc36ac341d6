// The embedded GraphStore: a graphology graph in this process (the built-in graph or a file),
// answered with src/query and the integer-array walk. `kg serve` uses it when no database is
// named, so the explorer's remote mode works without PostgreSQL.

import type { KnowledgeGraph, SourceDocument } from "../model/types.ts";
import { type IndexedGraph, indexGraph } from "../query/indexed-graph.ts";
import { shortestPaths } from "../query/paths.ts";
import { countsObject } from "./counts.ts";
import {
  checkNeighbourhoodArguments,
  DEFAULT_NODE_LIMIT,
  type ExportItem,
  type ExportScope,
  type GraphStore,
  type NeighbourhoodOptions,
  type NeighbourhoodResult,
  type PathQuery,
  type StoreEdge,
  type StoreHub,
  type StoreInfo,
  type StoreNode,
  type StorePath,
  type StoreSearchHit,
  withoutEvidence,
} from "./graph-store.ts";
import { buildSearchIndex, searchIndex } from "./memory-search.ts";
import { walkCapped } from "./memory-walk.ts";
import { checkPathArguments } from "./path-arguments.ts";
import {
  canonicalEdgeAttributes,
  canonicalNodeAttributes,
  compareKeys,
  pathEvidence,
} from "./records.ts";

export class MemoryStore implements GraphStore {
  private indexedGraph: IndexedGraph | null = null;
  private keyRanks: Uint32Array | null = null;
  private search_: ReturnType<typeof buildSearchIndex> | null = null;
  private hubs_: StoreHub[] = [];

  /** `sourceTexts`: the source documents' texts by id, as a curated file's reader gives them. */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly sourceTexts: Readonly<Record<string, string>> = {},
  ) {}

  private indexed(): IndexedGraph {
    this.indexedGraph ??= indexGraph(this.graph);
    return this.indexedGraph;
  }

  /** keyRank[node number] = the node's place in key order. */
  private keyRank(): Uint32Array {
    if (!this.keyRanks) {
      const { nodeKeys } = this.indexed();
      const order = nodeKeys.map((_key, node) => node);
      order.sort((a, b) => compareKeys(nodeKeys[a], nodeKeys[b]));
      const ranks = new Uint32Array(order.length);
      order.forEach((node, rank) => {
        ranks[node] = rank;
      });
      this.keyRanks = ranks;
    }
    return this.keyRanks;
  }

  async info(): Promise<StoreInfo> {
    const kinds = new Map<string, number>();
    this.graph.forEachNode((_key, attributes) => {
      const kind = String(attributes.nodeKind ?? "");
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    });
    const relations = new Map<string, number>();
    this.graph.forEachEdge((_key, attributes) => {
      const relation = String(attributes.relation ?? "");
      relations.set(relation, (relations.get(relation) ?? 0) + 1);
    });
    const attributes = this.graph.getAttributes();
    return {
      title: typeof attributes.title === "string" ? attributes.title : "",
      sources: Array.isArray(attributes.sources) ? (attributes.sources as SourceDocument[]) : [],
      nodes: this.graph.order,
      edges: this.graph.size,
      kinds: countsObject(kinds),
      relations: countsObject(relations),
    };
  }

  async search(text: string, limit: number): Promise<StoreSearchHit[]> {
    this.search_ ??= buildSearchIndex(this.graph, this.indexed().nodeKeys);
    return searchIndex(this.search_, this.keyRank(), text, limit);
  }

  async nodes(keys: readonly string[]): Promise<StoreNode[]> {
    const unique = [...new Set(keys)].filter((key) => this.graph.hasNode(key));
    return unique.map((key) => this.node(key));
  }

  private node(key: string): StoreNode {
    return { key, attributes: canonicalNodeAttributes(this.graph.getNodeAttributes(key)) };
  }

  private edge(key: string): StoreEdge {
    return {
      key,
      source: this.graph.source(key),
      target: this.graph.target(key),
      attributes: canonicalEdgeAttributes(this.graph.getEdgeAttributes(key)),
    };
  }

  async neighbourhood(
    focus: string,
    depth: number,
    options: NeighbourhoodOptions = {},
  ): Promise<NeighbourhoodResult | null> {
    const limit = options.limit ?? DEFAULT_NODE_LIMIT;
    checkNeighbourhoodArguments(depth, limit);
    const indexed = this.indexed();
    const start = indexed.nodeIndex.get(focus);
    if (start === undefined) return null;
    const walk = walkCapped(indexed, this.keyRank(), start, depth, { ...options, limit });
    const result: NeighbourhoodResult = {
      nodes: walk.nodes.map((node) => this.node(indexed.nodeKeys[node])),
      edges: walk.edges
        .map((edge) => indexed.edgeKeys[edge])
        .sort(compareKeys)
        .map((key) =>
          options.evidence === false ? withoutEvidence(this.edge(key)) : this.edge(key),
        ),
    };
    if (walk.truncated) result.truncated = walk.truncated;
    return result;
  }

  async paths(from: string, to: string, query: PathQuery = {}): Promise<StorePath[] | null> {
    const { max, maxLength } = checkPathArguments(query);
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) return null;
    const found = shortestPaths(this.graph, from, to, {
      max,
      maxLength,
      hiddenKinds: query.hiddenKinds,
      hiddenRelations: query.hiddenRelations,
    });
    return found.map((path) => ({
      nodes: path.nodes,
      steps: path.steps.map((step) => ({
        edge: step.edge,
        source: this.graph.source(step.edge),
        target: this.graph.target(step.edge),
        from: step.from,
        to: step.to,
        relation: step.relation,
        forward: step.forward,
        evidence: pathEvidence(this.graph.getEdgeAttributes(step.edge)),
      })),
    }));
  }

  async hubs(limit: number): Promise<StoreHub[]> {
    if (limit > this.hubs_.length && this.hubs_.length < this.graph.order) {
      this.hubs_ = this.rankHubs(Math.max(limit, 100));
    }
    return this.hubs_.slice(0, Math.max(0, limit)).map((hub) => ({ ...hub }));
  }

  private rankHubs(limit: number): StoreHub[] {
    const { nodeKeys } = this.indexed();
    const rank = this.keyRank();
    const degrees = nodeKeys.map((key) => this.graph.inDegree(key) + this.graph.outDegree(key));
    const order = nodeKeys.map((_key, node) => node);
    order.sort((a, b) => degrees[b] - degrees[a] || rank[a] - rank[b]);
    return order.slice(0, limit).map((node) => {
      const key = nodeKeys[node];
      const attributes = this.graph.getNodeAttributes(key);
      return {
        key,
        label: typeof attributes.label === "string" ? attributes.label : key,
        nodeKind: typeof attributes.nodeKind === "string" ? attributes.nodeKind : "",
        degree: degrees[node],
      };
    });
  }

  async sourceText(id: string): Promise<string | null> {
    return Object.hasOwn(this.sourceTexts, id) ? this.sourceTexts[id] : null;
  }

  async *exportItems(scope: ExportScope): AsyncIterable<ExportItem> {
    if (scope.kind === "neighbourhood") {
      const found = await this.neighbourhood(scope.focus, scope.depth, scope);
      if (!found) return;
      for (const node of found.nodes) yield { type: "node", node };
      for (const edge of found.edges) yield { type: "edge", edge };
      return;
    }
    const nodeKeys = [...this.indexed().nodeKeys].sort(compareKeys);
    for (const key of nodeKeys) yield { type: "node", node: this.node(key) };
    const edgeKeys = [...this.indexed().edgeKeys].sort(compareKeys);
    for (const key of edgeKeys) yield { type: "edge", edge: this.edge(key) };
  }

  async close(): Promise<void> {}
}
