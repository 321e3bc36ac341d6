// The status line (role="status"): how much of the graph is shown, e.g. "12 of 81 nodes ·
// 14 of 120 edges"; with a focus, what the focused neighbourhood holds.
import type { DerivedView } from "../state/derive-view.ts";
import type { AppContext } from "./app-context.ts";

export function statusText({ counts }: DerivedView): string {
  const plural = (count: number, word: string) => (count === 1 ? word : `${word}s`);
  return (
    `${counts.nodesShown} of ${counts.nodesTotal} ${plural(counts.nodesTotal, "node")} · ` +
    `${counts.edgesShown} of ${counts.edgesTotal} ${plural(counts.edgesTotal, "edge")}`
  );
}

export function mountStatusLine(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("role", "status");
  const render = (derived: DerivedView) => {
    const text = statusText(derived);
    if (container.textContent !== text) container.textContent = text;
  };
  render(ctx.derived.view());
  const unsubscribe = ctx.derived.subscribe(() => render(ctx.derived.view()));
  return () => {
    unsubscribe();
    container.textContent = "";
  };
}
