// Controls of the focus: how many hops around it stay (Depth), whether the rest is dimmed or
// hidden, and a button to clear it (the keyboard's Esc, for those who prefer clicking).
import { clearFocus, setDepth, setHideOthers } from "../state/focus.ts";
import { MAX_DEPTH } from "../state/view-state.ts";
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";

export function mountFocusControls(ctx: AppContext, container: HTMLElement): () => void {
  const depth = element(
    "select",
    { attributes: { id: "depth" } },
    Array.from({ length: MAX_DEPTH }, (_, index) =>
      element("option", {
        text: String(index + 1),
        attributes: { value: String(index + 1) },
      }),
    ),
  );
  const hideOthers = element("input", { attributes: { type: "checkbox", id: "hide-others" } });
  const clear = element("button", {
    text: "Clear focus",
    attributes: { type: "button", "aria-keyshortcuts": "Escape" },
  });
  container.replaceChildren(
    element("div", { className: "control" }, [
      element("label", { text: "Depth", attributes: { for: "depth" } }),
      depth,
    ]),
    element("div", { className: "control" }, [
      hideOthers,
      element("label", { text: "Hide the rest", attributes: { for: "hide-others" } }),
    ]),
    clear,
  );

  depth.addEventListener("change", () => ctx.view.update(setDepth(Number(depth.value))));
  hideOthers.addEventListener("change", () => ctx.view.update(setHideOthers(hideOthers.checked)));
  clear.addEventListener("click", () => ctx.view.update(clearFocus()));

  const sync = () => {
    const view = ctx.view.get();
    depth.value = String(view.depth);
    hideOthers.checked = view.hideOthers;
    clear.disabled = view.focus === null && view.selectedEdge === null;
  };
  sync();
  const unsubscribe = ctx.view.subscribe(sync);
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
