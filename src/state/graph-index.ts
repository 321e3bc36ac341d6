// Facts about the current graph that every view change needs and that only change with the
// dataset: the graph as integer arrays, counts by kind and relation, and the search index (built
// on first search).

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
  /** How many nodes of each kind and edges of each relation the graph holds. */
  readonly kindCounts: ReadonlyMap<string, number>;
  readonly relationCounts: ReadonlyMap<string, number>;
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

/** Counts per code, by name. */
function countCodes(names: readonly string[], codes: Uint16Array): Map<string, number> {
  const counts = new Uint32Array(names.length);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return new Map(names.map((name, code) => [name, counts[code]]));
}

/**
 * `kindsUnder` tells a link's decoder which kinds the graph has when they are read from another
 * attribute (see kind-source.ts); without it, links may only choose the kinds there are now.
 */
export function createGraphIndex(
  graph: KnowledgeGraph,
  sourceTexts: Record<string, string> = {},
  kindsUnder?: (attribute: string | undefined) => ReadonlySet<string> | null,
): GraphIndex {
  const indexed = indexGraph(graph);
  const kindCounts = countCodes(indexed.kinds, indexed.nodeKind);
  const relationCounts = countCodes(indexed.relations, indexed.edgeRelation);
  const kinds = ordered(kindCounts.keys(), NODE_KINDS);
  const relations = ordered(relationCounts.keys(), RELATIONS);
  const sources = (graph.getAttribute("sources") ?? []).map((source) => source.id);
  const emphasis = createEmphasisIndex(graph, sourceTexts);

  return {
    graph,
    indexed,
    kinds,
    relations,
    kindCounts,
    relationCounts,
    search: createSearchIndex(graph),
    viewContext: {
      hasNode: (key) => graph.hasNode(key),
      hasEdge: (key) => graph.hasEdge(key),
      kinds,
      kindsUnder,
      relations,
      sources,
      hasSentence: (id) => emphasis.evidence().sentences.has(id),
    },
    emphasis,
  };
}
