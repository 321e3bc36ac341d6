// Keyboard focus never falls to <body>. A panel that redraws after an action ("Show link", a
// neighbour's name, "Clear focus" turning disabled, "Built-in graph" going away) takes the focused
// control with it; after every change of the view or the dataset, once the panels have redrawn,
// this puts the focus on what the action was about: the Details title (the link or node now
// shown), else the heading of the region the control was in.
import type { AppContext } from "./app-context.ts";

/** Where a lost focus goes in a region, most specific first. */
const TARGETS = [".details-title", "h2", "h3"];

function isGone(element: Element): boolean {
  return (
    !element.isConnected ||
    (element as HTMLButtonElement).disabled === true ||
    element.closest("[hidden]") !== null
  );
}

function focusTarget(region: Element): HTMLElement | null {
  for (const selector of TARGETS) {
    const target = region.querySelector<HTMLElement>(selector);
    if (target && !isGone(target)) return target;
  }
  return null;
}

/** Call after every panel is mounted, so its listeners run after theirs. */
export function rescueFocus(ctx: AppContext, fallback: () => HTMLElement | null): () => void {
  let last: { element: Element; region: Element | null } | null = null;
  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof Element)) return;
    last = { element: event.target, region: event.target.closest("section, header") };
  };
  const rescue = () => {
    if (last === null || !isGone(last.element)) return;
    // A focused button that turns disabled may still be the active element: it is lost too.
    const active = document.activeElement;
    if (active && active !== document.body && active !== last.element) return;
    const region = last.region && !isGone(last.region) ? last.region : null;
    const target = (region && focusTarget(region)) ?? fallback();
    if (!target) return;
    if (!target.hasAttribute("tabindex") && target.tabIndex < 0) target.tabIndex = -1;
    target.focus();
  };
  document.addEventListener("focusin", onFocusIn);
  const unsubscribeView = ctx.view.subscribe(rescue);
  const unsubscribeDataset = ctx.dataset.subscribe(rescue);
  return () => {
    document.removeEventListener("focusin", onFocusIn);
    unsubscribeView();
    unsubscribeDataset();
  };
}
