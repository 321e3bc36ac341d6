// What every panel receives: the two stores, the renderer and a way to tell the user something.
// main.ts builds it once; panels never reach for globals, so a panel can be mounted anywhere.
import type { Dataset } from "../state/dataset.ts";
import type { DerivedState } from "../state/derived.ts";
import { focusNode } from "../state/focus.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import type { RendererHandle } from "../view/renderer.ts";

export interface AppContext {
  /** The graph being explored; replaced whole when the user opens another one. */
  dataset: Store<Dataset>;
  /** What the user is looking at; the URL mirrors it. */
  view: Store<ViewState>;
  /** What follows from the two: graph index, palette, derived view; shared by all readers. */
  derived: DerivedState;
  renderer: RendererHandle;
  /** Shows a short message in the page's role="alert" area (bad link, bad input...). */
  announce(message: string): void;
}

/** Focus a node and bring it into view: what search, Details links and suggestions do. */
export function focusAndShow(ctx: AppContext, key: string): void {
  ctx.view.update(focusNode(key));
  ctx.renderer.showNode(key);
}

/**
 * A panel that redraws whole: draws now, and again when the graph is replaced or one of the
 * view's `fields` changes. Returns the panel's unmount, which also empties `container`.
 */
export function renderWhileMounted(
  ctx: AppContext,
  container: HTMLElement,
  fields: readonly (keyof ViewState)[],
  render: () => void,
): () => void {
  render();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (fields.some((field) => next[field] !== previous[field])) render();
  });
  const unsubscribeDataset = ctx.dataset.subscribe(render);
  return () => {
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
