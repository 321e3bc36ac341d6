// The explorer's conversation with a remote graph: focus, Expand, Load more and paths each ask
// the store (over HTTP in the browser, any GraphStore in tests), then merge its answer into the
// current snapshot. Requests run one after another, so an answer never lands on a snapshot it was
// not asked for; a failed request leaves the snapshot as it was and reports the error, and the
// next action simply asks again. No DOM: tested in Node.
import type {
  Filters,
  GraphStore,
  StoreHub,
  StoreInfo,
  StorePath,
  StoreSearchHit,
} from "../store/graph-store.ts";
import { RemoteError } from "../store/remote-error.ts";
import { pathNodeKeys } from "./remote-graph.ts";
import {
  DEFAULT_NODE_LIMIT,
  LOAD_MORE_STEP,
  openSnapshot,
  type RemoteSnapshot,
  withNeighbourhood,
  withPaths,
} from "./remote-snapshot.ts";

export interface RemoteSessionOptions {
  /** Called with every new snapshot. */
  onChange(snapshot: RemoteSnapshot, previous: RemoteSnapshot): void;
  /** Called when a request fails; `action` reads "load the neighbourhood of China". */
  onError(error: unknown, action: string): void;
  /** Most nodes the server gives for one neighbourhood: "Load more" never asks past it. */
  maxNodes?: number;
}

export interface RemoteSession<S extends GraphStore = GraphStore> {
  readonly store: S;
  snapshot(): RemoteSnapshot;
  /** Loads the neighbourhood of `key` at `depth`; false when the request failed. */
  focus(key: string, depth: number, filters: Filters, limit?: number): Promise<boolean>;
  /** Adds the direct neighbours of `key` to the drawing. */
  expand(key: string, filters: Filters): Promise<boolean>;
  /** Whether "Load more" around `centre` can ask for more than last time. */
  canLoadMore(centre: string): boolean;
  /** Asks the last neighbourhood around `centre` again with room for more nodes. */
  loadMore(centre: string, depth: number, filters: Filters): Promise<boolean>;
  /** Asks for paths and draws their nodes and edges; null when the request failed. */
  paths(from: string, to: string, filters: Filters, max?: number): Promise<StorePath[] | null>;
  /** The store's search; the session remembers the names, so an error names the node. */
  search(text: string, limit: number): Promise<StoreSearchHit[]>;
  /** The store's most connected nodes; remembered like search hits. */
  hubs(limit: number): Promise<StoreHub[]>;
}

function noSuchNode(key: string): RemoteError {
  return new RemoteError(
    "not-found",
    `no node has the key ${JSON.stringify(key)} in the database`,
    "Search for the node by name.",
    404,
  );
}

/** Opens a session: asks the store for its counts (throws when it cannot answer). */
export async function openRemoteSession<S extends GraphStore>(
  store: S,
  options: RemoteSessionOptions,
): Promise<RemoteSession<S>> {
  return createRemoteSession(store, await store.info(), options);
}

/** Node names for messages: the drawn label, else the one search or hubs gave, else the key. */
function createNames(graph: () => RemoteSnapshot["graph"]) {
  /** Labels the server gave for nodes not drawn yet (search hits, hubs). */
  const heard = new Map<string, string>();
  return {
    describe: (key: string) =>
      graph().hasNode(key)
        ? String(graph().getNodeAttribute(key, "label") ?? key)
        : (heard.get(key) ?? key),
    remember: <T extends { key: string; label: string }>(named: T[]): T[] => {
      for (const { key, label } of named) heard.set(key, label);
      return named;
    },
  };
}

/**
 * Runs each step after the earlier ones, so that answers are applied in the order asked;
 * publishes a step's snapshot, or reports its error (then the step's result is null).
 */
function createQueue(publish: (next: RemoteSnapshot) => void, options: RemoteSessionOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  return function run<T>(
    action: () => string,
    step: () => Promise<[RemoteSnapshot, T]>,
  ): Promise<T | null> {
    const result = queue.then(async () => {
      try {
        const [next, value] = await step();
        publish(next);
        return value;
      } catch (error) {
        options.onError(error, action());
        return null;
      }
    });
    queue = result;
    return result;
  };
}

/** A session on a store whose counts are already known (the page asked them to detect it). */
export function createRemoteSession<S extends GraphStore>(
  store: S,
  info: StoreInfo,
  options: RemoteSessionOptions,
): RemoteSession<S> {
  let current = openSnapshot(info);
  const maxNodes = options.maxNodes ?? Number.POSITIVE_INFINITY;
  const { describe, remember } = createNames(() => current.graph);
  const run = createQueue((next) => {
    const previous = current;
    current = next;
    if (next !== previous) options.onChange(next, previous);
  }, options);

  const neighbourhood = (key: string, depth: number, filters: Filters, limit: number) =>
    run(
      () => `load the neighbourhood of ${describe(key)}`,
      async (): Promise<[RemoteSnapshot, boolean]> => {
        const part = await store.neighbourhood(key, depth, { ...filters, limit });
        if (part === null) throw noSuchNode(key);
        return [withNeighbourhood(current, { centre: key, depth }, limit, part), true];
      },
    ).then((ok) => ok === true);

  const nextLimit = (centre: string) => {
    const asked = current.limits.get(centre) ?? DEFAULT_NODE_LIMIT;
    return Math.min(maxNodes, asked + LOAD_MORE_STEP);
  };

  return {
    store,
    snapshot: () => current,
    focus: (key, depth, filters, limit) =>
      neighbourhood(key, depth, filters, Math.min(maxNodes, limit ?? DEFAULT_NODE_LIMIT)),
    expand: (key, filters) =>
      neighbourhood(key, 1, filters, Math.min(maxNodes, DEFAULT_NODE_LIMIT)),
    canLoadMore: (centre) =>
      current.cuts.has(centre) && nextLimit(centre) > (current.limits.get(centre) ?? 0),
    loadMore: (centre, depth, filters) => neighbourhood(centre, depth, filters, nextLimit(centre)),
    paths: (from, to, filters, max) =>
      run(
        () => `find paths between ${describe(from)} and ${describe(to)}`,
        async (): Promise<[RemoteSnapshot, StorePath[]]> => {
          const found = await store.paths(from, to, { ...filters, max });
          if (found === null) throw noSuchNode(current.graph.hasNode(from) ? to : from);
          const missing = pathNodeKeys(found).filter((key) => !current.graph.hasNode(key));
          const nodes = missing.length > 0 ? await store.nodes(missing) : [];
          return [withPaths(current, found, nodes), found];
        },
      ),
    search: async (text, limit) => remember(await store.search(text, limit)),
    hubs: async (limit) => remember(await store.hubs(limit)),
  };
}
