// Facts about the current graph that every view change needs and that only change with the
// dataset: items by kind and relation, and the search index (built on first search).

import type { KnowledgeGraph } from "../model/types.ts";
import { NODE_KINDS, RELATIONS } from "../model/vocabulary.ts";
import { type IndexedGraph, indexGraph } from "../query/indexed-graph.ts";
import { createSearchIndex, type SearchIndex } from "../query/search.ts";
import { createEmphasisIndex, type EmphasisIndex } from "./emphasis.ts";
import type { ViewContext } from "./url-codec.ts";

export interface GraphIndex {
  readonly graph: KnowledgeGraph;
  /** The graph as integer arrays, for walks and filters on big graphs. */
  readonly indexed: IndexedGraph;
  /** Kinds present in the graph: vocabulary order first, then the others alphabetically. */
  readonly kinds: readonly string[];
  readonly relations: readonly string[];
  readonly nodesByKind: ReadonlyMap<string, readonly string[]>;
  readonly edgesByRelation: ReadonlyMap<string, readonly string[]>;
  readonly search: SearchIndex;
  /** What a link may name (see url-codec.ts). */
  readonly viewContext: ViewContext;
  /** Sentences, evidence, dates and paths: what the reading pane, Paths and timeline ask. */
  readonly emphasis: EmphasisIndex;
}

/** Known names in the vocabulary's order, then the rest alphabetically. */
function ordered(present: Iterable<string>, vocabulary: readonly string[]): string[] {
  const names = new Set(present);
  const known = vocabulary.filter((name) => names.has(name));
  const others = [...names].filter((name) => !vocabulary.includes(name)).sort();
  return [...known, ...others];
}

function push(map: Map<string, string[]>, name: string, key: string): void {
  const bucket = map.get(name);
  if (bucket) bucket.push(key);
  else map.set(name, [key]);
}

export function createGraphIndex(
  graph: KnowledgeGraph,
  sourceTexts: Record<string, string> = {},
): GraphIndex {
  const nodesByKind = new Map<string, string[]>();
  const edgesByRelation = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => push(nodesByKind, String(attributes.nodeKind), key));
  graph.forEachEdge((key, attributes) => push(edgesByRelation, String(attributes.relation), key));
  const kinds = ordered(nodesByKind.keys(), NODE_KINDS);
  const relations = ordered(edgesByRelation.keys(), RELATIONS);
  const sources = (graph.getAttribute("sources") ?? []).map((source) => source.id);
  const emphasis = createEmphasisIndex(graph, sourceTexts);

  return {
    graph,
    indexed: indexGraph(graph),
    kinds,
    relations,
    nodesByKind,
    edgesByRelation,
    search: createSearchIndex(graph),
    viewContext: {
      hasNode: (key) => graph.hasNode(key),
      hasEdge: (key) => graph.hasEdge(key),
      kinds,
      relations,
      sources,
      hasSentence: (id) => emphasis.evidence().sentences.has(id),
    },
    emphasis,
  };
}
