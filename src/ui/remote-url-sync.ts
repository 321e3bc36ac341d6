// The URL in remote mode: a link names the focus, depth, filters, loaded neighbourhoods and path, and
// opening it first asks the server for those neighbourhoods, then applies the view to what was
// loaded (so the same link reopens the same drawing). Back/forward replay the same way.

import { DEFAULT_NODE_LIMIT } from "../state/remote-snapshot.ts";
import { encodeRemoteView, type RemoteLink, splitRemoteLink } from "../state/remote-url.ts";
import { decodeView, type ViewContext } from "../state/url-codec.ts";
import type { ViewState } from "../state/view-state.ts";
import { replaceView } from "../state/view-state.ts";
import type { AppContext, RemoteMode } from "./app-context.ts";
import { ignoredMessage, isSearchOnly } from "./url-sync.ts";

function linkOf(remote: RemoteMode, view: ViewState): RemoteLink {
  const snapshot = remote.snapshot();
  const limit = view.focus === null ? undefined : snapshot.limits.get(view.focus);
  return {
    loads: [...snapshot.loads],
    limit: limit !== undefined && limit !== DEFAULT_NODE_LIMIT ? limit : null,
  };
}

/** What a link may name: any kind or relation of the database, any node drawn. */
function remoteContext(ctx: AppContext, remote: RemoteMode): ViewContext {
  const { info } = remote.snapshot();
  const drawn = ctx.derived.index().viewContext;
  return {
    ...drawn,
    kinds: [...new Set([...Object.keys(info.kinds), ...drawn.kinds])],
    relations: [...new Set([...Object.keys(info.relations), ...drawn.relations])],
  };
}

export function syncRemoteViewWithUrl(ctx: AppContext): () => void {
  const remote = ctx.remote as RemoteMode;
  let isRestoring = false;
  const currentUrl = () => `${location.pathname}${location.search}${location.hash}`;
  const urlFor = (view: ViewState) => {
    const query = encodeRemoteView(view, linkOf(remote, view));
    return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  };

  async function restore(query: string) {
    isRestoring = true;
    const { link, viewQuery, ignored } = splitRemoteLink(query);
    const anyNode: ViewContext = {
      ...remoteContext(ctx, remote),
      hasNode: () => true,
      hasEdge: () => true,
    };
    const wanted = decodeView(viewQuery, anyNode).state;
    const { state, ignored: dropped } = await remote
      .replay(wanted, link)
      .then(() => decodeView(viewQuery, remoteContext(ctx, remote)));
    try {
      ctx.view.update(replaceView(state));
    } finally {
      isRestoring = false;
    }
    const all = [...ignored, ...dropped];
    if (all.length > 0) ctx.announce(ignoredMessage(all));
    if (state.focus !== null) ctx.renderer.showNode(state.focus);
  }

  const push = () => {
    if (isRestoring) return;
    const url = urlFor(ctx.view.get());
    if (url !== currentUrl()) history.pushState(null, "", url);
  };
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (isRestoring) return;
    const url = urlFor(next);
    if (url === currentUrl()) return;
    if (isSearchOnly(next, previous)) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  });
  const unsubscribeRemote = remote.subscribe(push);

  void restore(location.search).then(() => history.replaceState(null, "", urlFor(ctx.view.get())));
  const onPopState = () => void restore(location.search);
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribeView();
    unsubscribeRemote();
    window.removeEventListener("popstate", onPopState);
  };
}
