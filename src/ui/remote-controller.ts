// Remote mode's glue: the view says what to look at (focus, depth, legend filters) and this asks
// `kg serve` for what is missing, then hands the grown drawing to the dataset store, so every
// panel and the renderer work on what is loaded as they do on a local graph. A failed request
// leaves the drawing and says so in the alert area; the next action asks again.
import type { Dataset } from "../state/dataset.ts";
import { focusNode } from "../state/focus.ts";
import { createRemoteSession, type RemoteSession } from "../state/remote-session.ts";
import type { RemoteSnapshot } from "../state/remote-snapshot.ts";
import type { RemoteLink } from "../state/remote-url.ts";
import type { ViewState } from "../state/view-state.ts";
import type { Filters, StoreInfo } from "../store/graph-store.ts";
import type { HttpStore } from "../store/http-store.ts";
import { describeRemoteError } from "../store/remote-error.ts";
import type { AppContext, RemoteMode } from "./app-context.ts";

/**
 * The dataset that shows a snapshot: its drawn part, named after the remote graph. `grows`: it
 * replaces the drawing of an earlier snapshot, whose view the renderer keeps.
 */
export function remoteDataset(
  snapshot: RemoteSnapshot,
  sourceTexts: Record<string, string> = {},
  grows = false,
): Dataset {
  const name = snapshot.info.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-") || "remote";
  return { graph: snapshot.graph, sourceTexts, name, isBuiltIn: false, isRemote: true, grows };
}

/** The source documents' texts, for the reading pane; the ones the server cannot give are left out. */
async function loadSourceTexts(store: HttpStore, info: StoreInfo): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const { id } of info.sources) {
    const text = await store.sourceText(id);
    if (text !== null) texts[id] = text;
  }
  return texts;
}

export function filtersOf(view: ViewState): Filters {
  return { hiddenKinds: view.hiddenKinds, hiddenRelations: view.hiddenRelations };
}

/** What a focus request depends on: when none of it changed, nothing is asked again. */
function requestKey(view: ViewState): string | null {
  if (view.focus === null) return null;
  return JSON.stringify([view.focus, view.depth, view.hiddenKinds, view.hiddenRelations]);
}

/** The session over the store; the dataset follows its graph, and the source texts load. */
function startSession(
  ctx: Omit<AppContext, "remote">,
  store: HttpStore,
  info: StoreInfo,
  listeners: ReadonlySet<(snapshot: RemoteSnapshot) => void>,
  maxNodes?: number,
): RemoteSession<HttpStore> {
  const session: RemoteSession<HttpStore> = createRemoteSession(store, info, {
    maxNodes,
    onChange(snapshot, previous) {
      if (snapshot.graph !== previous.graph) {
        ctx.dataset.update((dataset) => remoteDataset(snapshot, dataset.sourceTexts, true));
      }
      for (const listener of [...listeners]) listener(snapshot);
    },
    onError: (error, action) => ctx.announce(describeRemoteError(error, action)),
  });
  loadSourceTexts(store, info)
    .then((sourceTexts) => {
      if (Object.keys(sourceTexts).length === 0) return;
      ctx.dataset.update(() => remoteDataset(session.snapshot(), sourceTexts, true));
    })
    .catch((error: unknown) => ctx.announce(describeRemoteError(error, "load the source texts")));
  return session;
}

/** Loads the neighbourhoods a link names, then the view's focus if the link did not load it. */
async function replayLoads(session: RemoteSession<HttpStore>, view: ViewState, link: RemoteLink) {
  const filters = filtersOf(view);
  const limitFor = (key: string) => (key === view.focus ? (link.limit ?? undefined) : undefined);
  for (const { centre, depth } of link.loads) {
    await session.focus(centre, depth, filters, limitFor(centre));
  }
  const isLoaded = link.loads.some(
    (load) => load.centre === view.focus && load.depth === view.depth,
  );
  if (view.focus !== null && !isLoaded) {
    await session.focus(view.focus, view.depth, filters, limitFor(view.focus));
  }
}

export function connectRemote(
  ctx: Omit<AppContext, "remote">,
  store: HttpStore,
  info: StoreInfo,
  maxNodes?: number,
): RemoteMode {
  const listeners = new Set<(snapshot: RemoteSnapshot) => void>();
  const session = startSession(ctx, store, info, listeners, maxNodes);
  let lastRequest: string | null = null;
  /** Loads the focus's neighbourhood unless that exact request was the last one. */
  async function loadFor(view: ViewState): Promise<boolean> {
    const key = requestKey(view);
    if (key === null || key === lastRequest || view.focus === null) return true;
    lastRequest = key;
    const ok = await session.focus(view.focus, view.depth, filtersOf(view));
    if (!ok) lastRequest = null;
    return ok;
  }

  let lastPaths: string | null = null;
  /** Asks the server for the view's path, unless that exact question was the last one. */
  async function pathsFor(view: ViewState) {
    const key = view.path && JSON.stringify([view.path, view.hiddenKinds, view.hiddenRelations]);
    if (!view.path || key === lastPaths) return;
    lastPaths = key;
    if ((await session.paths(view.path.from, view.path.to, filtersOf(view))) === null) {
      lastPaths = null;
    }
  }

  ctx.view.subscribe((next, previous) => {
    if (requestKey(next) !== requestKey(previous)) void loadFor(next);
    const filtersChanged =
      next.hiddenKinds !== previous.hiddenKinds ||
      next.hiddenRelations !== previous.hiddenRelations;
    if (next.path !== previous.path || filtersChanged) {
      void pathsFor(next);
    }
  });
  // Double-click a node: add its neighbours (instead of sigma's zoom).
  ctx.renderer.sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    void session.expand(node, filtersOf(ctx.view.get()));
  });

  return {
    session,
    snapshot: () => session.snapshot(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async focus(key) {
      const view = { ...ctx.view.get(), focus: key };
      if (!(await loadFor(view))) return false;
      ctx.view.update(focusNode(key));
      ctx.renderer.showNode(key);
      return true;
    },
    expand: (key) => session.expand(key, filtersOf(ctx.view.get())),
    async replay(view, link) {
      await replayLoads(session, view, link);
      lastRequest = requestKey(view);
      await pathsFor(view);
    },
    loadMore(centre) {
      const view = ctx.view.get();
      const depth = centre === view.focus ? view.depth : 1;
      return session.loadMore(centre, depth, filtersOf(view));
    },
  };
}
