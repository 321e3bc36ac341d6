// While a big graph's edges stream in after its nodes (view/edge-stream.ts), a small bar at the
// stage's corner says how many are drawn: "Drawing edges… 120,000 of 500,000". It goes away
// once all are drawn; small graphs, drawn at once, never show it.
import type { EdgeProgress } from "../view/edge-stream.ts";
import type { AppContext } from "./app-context.ts";

/** Made once: toLocaleString builds a formatter on every call (ms each, every frame). */
const COUNTS = new Intl.NumberFormat("en-GB");

function formatCount(count: number): string {
  return COUNTS.format(count);
}

/** Mounts the bar into the stage (an overlay: the stage keeps its size); returns the unmount. */
export function mountEdgeProgress(ctx: AppContext, stage: HTMLElement): () => void {
  const bar = document.createElement("div");
  bar.className = "edge-progress";
  const label = document.createElement("span");
  const meter = document.createElement("progress");
  meter.setAttribute("aria-label", "Drawing edges");
  bar.append(label, meter);
  stage.append(bar);
  const render = ({ drawn, total }: EdgeProgress) => {
    bar.hidden = drawn >= total;
    if (bar.hidden) return;
    meter.max = total;
    meter.value = drawn;
    label.textContent = `Drawing edges… ${formatCount(drawn)} of ${formatCount(total)}`;
  };
  render(ctx.renderer.edgeProgress.get());
  const unsubscribe = ctx.renderer.edgeProgress.subscribe(render);
  return () => {
    unsubscribe();
    bar.remove();
  };
}
