// Page-wide keys: Esc clears the focus and the selected edge (the search box handles its own
// Esc first); "/" to search lives with the search box.
import { clearFocus } from "../state/focus.ts";
import type { AppContext } from "./app-context.ts";

export function bindKeyboard(ctx: AppContext): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    ctx.view.update(clearFocus());
  };
  document.addEventListener("keydown", onKeyDown);
  return () => document.removeEventListener("keydown", onKeyDown);
}
