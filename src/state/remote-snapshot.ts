// What the explorer holds of a remote graph at one moment, as an immutable value: the server's
// counts, the drawn part, which neighbourhoods were asked (and how far the server cut them), and
// which neighbourhoods were loaded, in order. Each answer of the server gives a new snapshot.
import type { KnowledgeGraph } from "../model/types.ts";
import type { StoreInfo, StorePath } from "../store/graph-store.ts";
import { emptyRemoteGraph, type GraphPart, mergeGraphPart, pathEdges } from "./remote-graph.ts";

/** One neighbourhood asked of the server: around `centre`, `depth` hops. */
export interface Load {
  centre: string;
  depth: number;
}

/** How far the server cut a neighbourhood: `shown` of `total` nodes. */
export interface Cut {
  shown: number;
  total: number;
}

export interface RemoteSnapshot {
  info: StoreInfo;
  graph: KnowledgeGraph;
  /** The node cap of the last request around each centre (what "Load more" raises). */
  limits: ReadonlyMap<string, number>;
  /** Centres whose last answer was cut, with the counts. */
  cuts: ReadonlyMap<string, Cut>;
  /** The neighbourhoods loaded (focus, Expand, Load more), in order: a link replays them. */
  loads: readonly Load[];
  /** Nodes added by the last answer, for the UI to announce or frame. */
  lastAdded: readonly string[];
}

/**
 * How many nodes a neighbourhood asks for by default, and how many more "Load more" asks: a
 * thousand nodes draw in a moment and are about what a person can look at.
 */
export const DEFAULT_NODE_LIMIT = 1000;
export const LOAD_MORE_STEP = 1000;

export function openSnapshot(info: StoreInfo): RemoteSnapshot {
  return {
    info,
    graph: emptyRemoteGraph(info.title, info.sources),
    limits: new Map(),
    cuts: new Map(),
    loads: [],
    lastAdded: [],
  };
}

/** The snapshot after the server answered the neighbourhood of `centre` asked with `limit`. */
export function withNeighbourhood(
  snapshot: RemoteSnapshot,
  { centre, depth }: Load,
  limit: number,
  part: GraphPart & { truncated?: Cut },
): RemoteSnapshot {
  const { graph, addedNodes } = mergeGraphPart(snapshot.graph, part);
  const limits = new Map(snapshot.limits).set(centre, limit);
  const cuts = new Map(snapshot.cuts);
  const cut = part.truncated;
  if (cut && cut.shown < cut.total) cuts.set(centre, { shown: cut.shown, total: cut.total });
  else cuts.delete(centre);
  const loads = withLoad(snapshot.loads, { centre, depth });
  return { ...snapshot, graph, limits, cuts, loads, lastAdded: addedNodes };
}

/** Records a loaded neighbourhood (once, in order of first load). */
function withLoad(loads: readonly Load[], load: Load): readonly Load[] {
  const isKnown = loads.some(({ centre, depth }) => centre === load.centre && depth === load.depth);
  return isKnown ? loads : [...loads, load];
}

/** The snapshot after a path answer: `nodes` holds the path's nodes the drawing lacked. */
export function withPaths(
  snapshot: RemoteSnapshot,
  paths: readonly StorePath[],
  nodes: GraphPart["nodes"],
): RemoteSnapshot {
  const part: GraphPart = { nodes, edges: pathEdges(paths) };
  const { graph, addedNodes } = mergeGraphPart(snapshot.graph, part);
  return { ...snapshot, graph, lastAdded: addedNodes };
}

/** "1,200 of 12,345 neighbours shown": what a cut neighbourhood says beside "Load more". */
export function cutText(cut: Cut): string {
  const format = (count: number) => count.toLocaleString("en-GB");
  return `${format(cut.shown)} of ${format(cut.total)} neighbours shown`;
}

/** The status line in remote mode: "57 drawn · 81 in the database". */
export function remoteStatusText(snapshot: RemoteSnapshot): string {
  const format = (count: number) => count.toLocaleString("en-GB");
  const drawn = snapshot.graph.order;
  const plural = drawn === 1 ? "node" : "nodes";
  return `${format(drawn)} ${plural} drawn · ${format(snapshot.info.nodes)} in the database`;
}
