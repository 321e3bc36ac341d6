// On a phone the panels sit below the stage, out of sight: selecting a node or opening Source
// would seem to do nothing. This brings Details (on a new focus or edge) and the reading pane (when
// it opens) into view, only when the layout is the stacked one.
import type { AppContext } from "./app-context.ts";

/** The width below which app.css stacks the panels under the stage. */
const STACKED = "(max-width: 800px)";

export interface PhoneFollowTargets {
  details: HTMLElement;
  reading: HTMLElement;
}

export function followOnPhone(ctx: AppContext, targets: PhoneFollowTargets): () => void {
  const stacked = window.matchMedia(STACKED);
  const show = (target: HTMLElement) => {
    // After the panel has rendered what it now shows.
    requestAnimationFrame(() => target.scrollIntoView({ block: "start", behavior: "smooth" }));
  };
  return ctx.view.subscribe((next, previous) => {
    if (!stacked.matches) return;
    if (next.readingOpen && !previous.readingOpen) show(targets.reading);
    else if (
      (next.focus !== null && next.focus !== previous.focus) ||
      (next.selectedEdge !== null && next.selectedEdge !== previous.selectedEdge)
    ) {
      show(targets.details);
    }
  });
}
