// The explorer's conversation with `kg serve`: focus, Expand, Load more and paths each ask the
// server, then merge its answer into the current snapshot. Requests run one after another, so an
// answer never lands on a snapshot it was not asked for; a failed request leaves the snapshot as
// it was and reports the error, and the next action simply asks again. No DOM: tested in Node.
import type { RemotePath, StoreInfo } from "../store/api-shapes.ts";
import type { RemoteFilters, RemoteGraph } from "../store/http-store.ts";
import { pathNodeKeys } from "./remote-graph.ts";
import {
  DEFAULT_NODE_LIMIT,
  LOAD_MORE_STEP,
  openSnapshot,
  type RemoteSnapshot,
  withExpanded,
  withNeighbourhood,
  withPaths,
} from "./remote-snapshot.ts";

export interface RemoteSessionOptions {
  /** Called with every new snapshot. */
  onChange(snapshot: RemoteSnapshot, previous: RemoteSnapshot): void;
  /** Called when a request fails; `action` reads "load the neighbourhood of China". */
  onError(error: unknown, action: string): void;
}

export interface RemoteSession {
  readonly store: RemoteGraph;
  snapshot(): RemoteSnapshot;
  /** Loads the neighbourhood of `key` at `depth`; false when the request failed. */
  focus(key: string, depth: number, filters: RemoteFilters, limit?: number): Promise<boolean>;
  /** Adds the direct neighbours of `key` to the drawing. */
  expand(key: string, filters: RemoteFilters): Promise<boolean>;
  /** Asks the last neighbourhood around `centre` again with room for more nodes. */
  loadMore(centre: string, depth: number, filters: RemoteFilters): Promise<boolean>;
  /** Asks the server for paths and draws their nodes and edges; null when the request failed. */
  paths(
    from: string,
    to: string,
    filters: RemoteFilters,
    max?: number,
  ): Promise<RemotePath[] | null>;
}

/** Opens a session: asks the server for its counts (throws RemoteError when it cannot). */
export async function openRemoteSession(
  store: RemoteGraph,
  options: RemoteSessionOptions,
): Promise<RemoteSession> {
  return createRemoteSession(store, await store.info(), options);
}

/** A session on a server whose counts are already known (the page asked them to detect it). */
export function createRemoteSession(
  store: RemoteGraph,
  info: StoreInfo,
  options: RemoteSessionOptions,
): RemoteSession {
  let current = openSnapshot(info);
  let queue: Promise<unknown> = Promise.resolve();
  const label = (key: string) => current.graph.getNodeAttribute(key, "label") ?? key;
  const describe = (key: string) => (current.graph.hasNode(key) ? label(key) : key);

  /** Runs `step` after the earlier requests; publishes its snapshot, or reports its error. */
  function run<T>(
    action: () => string,
    step: () => Promise<[RemoteSnapshot, T]>,
  ): Promise<T | null> {
    const result = queue.then(async () => {
      try {
        const [next, value] = await step();
        const previous = current;
        current = next;
        if (next !== previous) options.onChange(next, previous);
        return value;
      } catch (error) {
        options.onError(error, action());
        return null;
      }
    });
    queue = result;
    return result;
  }

  const neighbourhood = (key: string, depth: number, filters: RemoteFilters, limit: number) =>
    run(
      () => `load the neighbourhood of ${describe(key)}`,
      async () => {
        const part = await store.neighbourhood(key, depth, { ...filters, limit });
        return [withNeighbourhood(current, key, limit, part), true] as [RemoteSnapshot, boolean];
      },
    ).then((ok) => ok === true);

  return {
    store,
    snapshot: () => current,
    focus: (key, depth, filters, limit) =>
      neighbourhood(key, depth, filters, limit ?? current.limits.get(key) ?? DEFAULT_NODE_LIMIT),
    async expand(key, filters) {
      const limit = current.limits.get(key) ?? DEFAULT_NODE_LIMIT;
      const ok = await neighbourhood(key, 1, filters, limit);
      if (ok) {
        const previous = current;
        current = withExpanded(current, key);
        if (current !== previous) options.onChange(current, previous);
      }
      return ok;
    },
    loadMore(centre, depth, filters) {
      const cut = current.cuts.get(centre);
      const limit =
        (cut?.shown ?? current.limits.get(centre) ?? DEFAULT_NODE_LIMIT) + LOAD_MORE_STEP;
      return neighbourhood(centre, depth, filters, limit);
    },
    paths: (from, to, filters, max) =>
      run(
        () => `find paths between ${describe(from)} and ${describe(to)}`,
        async () => {
          const found = await store.paths(from, to, { ...filters, max });
          const missing = pathNodeKeys(found).filter((key) => !current.graph.hasNode(key));
          const nodes = missing.length > 0 ? await store.nodes(missing) : { nodes: [], edges: [] };
          return [withPaths(current, found, nodes), found] as [RemoteSnapshot, RemotePath[]];
        },
      ),
  };
}
