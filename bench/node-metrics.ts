// The benchmark's Node side: the pure layers (model, query, formats) on a synthetic graph, timed
// the way the CLI and the explorer call them. No baseline applies here; these figures track us.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { serialise } from "../src/formats/index.ts";
import type { KnowledgeGraph } from "../src/model/types.ts";
import { neighbourhood } from "../src/query/neighbourhood.ts";
import { createSearchIndex } from "../src/query/search.ts";
import { filterGraph, subgraph } from "../src/query/subgraph.ts";
import { medianMs } from "./measure.ts";
import type { GraphSize } from "./options.ts";
import type { ResultRow } from "./results.ts";

/** The export metrics write a neighbourhood of this many nodes (or the whole smaller graph). */
export const EXPORT_NODES = 10_000;
/** A prefix of a word the source text uses often, as typed in the search box. */
export const SEARCH_QUERY = "securit";
/** The kind the filter metrics hide. */
export const FILTERED_KIND = "document";

/** Reads one of our JSON files into the graph the app works on. */
export function loadGraphFile(path: string): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.import(JSON.parse(readFileSync(path, "utf8")));
  return graph;
}

/** The node with the most edges: the worst case for anything that walks a neighbourhood. */
export function biggestHub(graph: KnowledgeGraph): string {
  let hub = "";
  let most = -1;
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    if (degree > most) {
      most = degree;
      hub = key;
    }
  });
  return hub;
}

/** The first `count` nodes reached breadth-first from `key`, as a graph of their own. */
export function neighbourhoodOfSize(graph: KnowledgeGraph, key: string, count: number) {
  const reached = [...neighbourhood(graph, key, Number.POSITIVE_INFINITY)].slice(0, count);
  return subgraph(graph, { nodes: reached });
}

export async function measureNodeSide(
  path: string,
  size: GraphSize,
  runs: number,
  log: (line: string) => void,
): Promise<ResultRow[]> {
  const row = (metric: ResultRow["metric"], ms: number): ResultRow => ({
    metric,
    nodes: size.nodes,
    edges: size.edges,
    ms,
  });
  const rows: ResultRow[] = [];
  const loads: KnowledgeGraph[] = [];
  rows.push(
    row(
      "load",
      await medianMs(
        runs,
        () => loads.push(loadGraphFile(path)),
        () => loads.splice(0),
      ),
    ),
  );
  const loaded = loads[0];
  const hub = biggestHub(loaded);
  log(`  hub ${hub} has ${loaded.degree(hub)} edges`);
  rows.push(row("neighbourhood-d1", await medianMs(runs, () => neighbourhood(loaded, hub, 1))));
  rows.push(row("neighbourhood-d2", await medianMs(runs, () => neighbourhood(loaded, hub, 2))));
  rows.push(
    row(
      "filter-kind",
      await medianMs(runs, () => filterGraph(loaded, { hiddenKinds: [FILTERED_KIND] })),
    ),
  );

  const index = createSearchIndex(loaded);
  const buildStart = performance.now();
  const hits = index.search(SEARCH_QUERY);
  log(
    `  search index built in ${Math.round(performance.now() - buildStart)} ms; ` +
      `"${SEARCH_QUERY}" suggests ${hits.length}`,
  );
  rows.push(row("search", await medianMs(runs, () => index.search(SEARCH_QUERY))));

  const part = neighbourhoodOfSize(loaded, hub, EXPORT_NODES);
  log(`  export neighbourhood: ${part.order} nodes, ${part.size} edges`);
  rows.push(row("export-json", await medianMs(runs, () => serialise(part, "json"))));
  rows.push(row("export-gexf", await medianMs(runs, () => serialise(part, "gexf"))));
  return rows;
}
