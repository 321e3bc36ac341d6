// Layout buttons: run ForceAtlas2 in a worker (a toggle; the page stays usable meanwhile),
// go back to the first layout, or lay the nodes out in one column per kind.
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";

export function mountLayoutControls(ctx: AppContext, container: HTMLElement): () => void {
  const { layout } = ctx.renderer;
  const forces = element("button", {
    text: "Force layout",
    attributes: { type: "button", "aria-pressed": "false", title: "Run ForceAtlas2 (in a worker)" },
  });
  const reset = element("button", { text: "Reset layout", attributes: { type: "button" } });
  const byKind = element("button", { text: "Layout by kind", attributes: { type: "button" } });
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", "Layout");
  container.replaceChildren(forces, reset, byKind);

  forces.addEventListener("click", () => {
    if (layout.isRunning()) layout.stopForces();
    else layout.startForces();
  });
  reset.addEventListener("click", () => layout.reset());
  byKind.addEventListener("click", () => layout.byKind());

  const sync = () => forces.setAttribute("aria-pressed", String(layout.isRunning()));
  sync();
  const unsubscribe = layout.subscribe(sync);
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
