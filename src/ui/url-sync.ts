// Keeps the URL and the view in step: a link opens its view (and says what it ignored), focus,
// depth and filter changes push a history entry, typing in search replaces it, and back/forward
// restore the view. A new dataset keeps only what still makes sense for the new graph.
import { decodeView, encodeView } from "../state/url-codec.ts";
import type { ViewState } from "../state/view-state.ts";
import { replaceView } from "../state/view-state.ts";
import type { AppContext } from "./app-context.ts";

function urlFor(state: ViewState): string {
  const query = encodeView(state);
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/**
 * Only the search text or the year differs: typing, dragging the Year slider or playing the
 * timeline should not fill the history with one entry per key or per year.
 */
function isSearchOnly(next: ViewState, previous: ViewState): boolean {
  return (
    encodeView({ ...next, search: previous.search, year: previous.year }) === encodeView(previous)
  );
}

export function ignoredMessage(ignored: readonly string[]): string {
  return `Part of this link could not be used and was ignored: ${ignored.join("; ")}.`;
}

export function syncViewWithUrl(ctx: AppContext): () => void {
  let isRestoring = false;

  const restore = (query: string) => {
    const { state, ignored } = decodeView(query, ctx.derived.index().viewContext);
    isRestoring = true;
    try {
      ctx.view.update(replaceView(state));
    } finally {
      isRestoring = false;
    }
    if (ignored.length > 0) ctx.announce(ignoredMessage(ignored));
    // A shared link or Back to a focus should show it, not leave it off screen.
    if (state.focus !== null) ctx.renderer.showNode(state.focus);
  };

  restore(location.search);
  // Write the link back in its canonical form (without what was ignored).
  history.replaceState(null, "", urlFor(ctx.view.get()));

  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (isRestoring) return;
    const url = urlFor(next);
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (isSearchOnly(next, previous)) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  });

  const onPopState = () => restore(location.search);
  window.addEventListener("popstate", onPopState);

  const unsubscribeDataset = ctx.dataset.subscribe(() => {
    const { state } = decodeView(encodeView(ctx.view.get()), ctx.derived.index().viewContext);
    isRestoring = true;
    try {
      ctx.view.update(replaceView(state));
    } finally {
      isRestoring = false;
    }
    // Opening a file may already have pushed this view (its reset); one entry is enough.
    const url = urlFor(state);
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      history.pushState(null, "", url);
    }
  });

  return () => {
    unsubscribeView();
    unsubscribeDataset();
    window.removeEventListener("popstate", onPopState);
  };
}
