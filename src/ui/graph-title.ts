// Names the graph being explored in the header and the window title, following the dataset.
import type { AppContext } from "./app-context.ts";

export function mountGraphTitle(ctx: AppContext, container: HTMLElement): () => void {
  const render = () => {
    const { graph, name } = ctx.dataset.get();
    const title = String(graph.getAttribute("title") ?? name);
    container.textContent = title;
    document.title = `${title} · Knowledge graph explorer`;
  };
  render();
  const unsubscribe = ctx.dataset.subscribe(render);
  return () => {
    unsubscribe();
    container.textContent = "";
  };
}
