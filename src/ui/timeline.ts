// The Timeline: a Year slider over the years the graph's dates span, to see the graph as it was;
// Play to watch it grow a year at a time; and whether undated items stay. Hidden for a graph
// without dates. The year goes through the view, so the URL (and Back) follow it.
// It says how much of the graph carries a date, and when few items do, choosing a year hides the
// undated ones (unless the user has set "Show undated"), so Play visibly grows the graph.
import { counted } from "../model/counted.ts";
import {
  type DatedCounts,
  datedCounts,
  showsUndatedByDefault,
  type TimeRange,
} from "../query/timeline.ts";
import { setShowUndated, setYear } from "../state/timeline.ts";
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";

/** One year per step while playing: slow enough to see what appears. */
export const PLAY_STEP_MS = 700;

export function mountTimeline(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", "Timeline");

  const play = element("button", {
    className: "timeline-play",
    text: "Play",
    attributes: { type: "button", title: "Watch the graph grow, one year at a time" },
  });
  const slider = element("input", {
    className: "timeline-slider",
    attributes: { type: "range", id: "timeline-year", step: "1" },
  });
  const yearText = element("output", {
    className: "timeline-year",
    attributes: { for: "timeline-year", "aria-hidden": "true" },
  });
  const showAll = element("button", {
    text: "All years",
    attributes: { type: "button", title: "Show every year (no time filter)" },
  });
  const undated = element("input", { attributes: { type: "checkbox", id: "timeline-undated" } });
  const note = element("span", { className: "timeline-note", attributes: { id: "timeline-note" } });
  slider.setAttribute("aria-describedby", "timeline-note");
  container.replaceChildren(
    play,
    element("label", { text: "Year", attributes: { for: "timeline-year" } }),
    slider,
    yearText,
    showAll,
    element("div", { className: "control" }, [
      undated,
      element("label", { text: "Show undated", attributes: { for: "timeline-undated" } }),
    ]),
    note,
  );

  // Per graph: how much is dated, and whether the user has chosen about undated items yet.
  let counts: DatedCounts = datedCounts(ctx.dataset.get().graph);
  let undatedChosen = false;
  /** Sets a year; the first one on a mostly undated graph also hides the undated items. */
  const goToYear = (year: number | null) => {
    const hidesUndated =
      year !== null &&
      ctx.view.get().year === null &&
      !undatedChosen &&
      !showsUndatedByDefault(counts);
    ctx.view.update((state) => {
      const next = setYear(year)(state);
      return hidesUndated ? setShowUndated(false)(next) : next;
    });
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  const range = (): TimeRange | null => ctx.derived.index().emphasis.range();

  function pause() {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
  }

  function step() {
    const span = range();
    const year = ctx.view.get().year;
    if (!span || year === null || year >= span.max) {
      pause();
      return;
    }
    ctx.view.update(setYear(year + 1));
    if (year + 1 >= span.max) pause();
  }

  play.addEventListener("click", () => {
    if (timer !== undefined) {
      pause();
      return;
    }
    const span = range();
    if (!span) return;
    const year = ctx.view.get().year;
    // From the start, unless stopped halfway.
    if (year === null || year >= span.max || year < span.min) goToYear(span.min);
    play.textContent = "Pause";
    timer = setInterval(step, PLAY_STEP_MS);
  });
  slider.addEventListener("input", () => {
    pause();
    goToYear(Number(slider.value));
  });
  showAll.addEventListener("click", () => {
    pause();
    goToYear(null);
  });
  undated.addEventListener("change", () => {
    undatedChosen = true;
    ctx.view.update(setShowUndated(undated.checked));
  });

  function sync() {
    const span = range();
    container.hidden = span === null;
    if (!span) {
      pause();
      return;
    }
    const { year, showUndated } = ctx.view.get();
    slider.min = String(span.min);
    slider.max = String(span.max);
    slider.value = String(year ?? span.max);
    yearText.textContent = year === null ? `${span.min}–${span.max}` : `As of ${year}`;
    slider.setAttribute(
      "aria-valuetext",
      year === null ? `All years, ${span.min} to ${span.max}` : `As of ${year}`,
    );
    showAll.disabled = year === null;
    undated.checked = showUndated;
    note.textContent = `${counts.datedNodes} of ${counted(counts.nodes, "node")} and ${counts.datedEdges} of ${counted(counts.edges, "edge")} carry a date`;
  }

  sync();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (next.year !== previous.year || next.showUndated !== previous.showUndated) sync();
  });
  const unsubscribeDataset = ctx.dataset.subscribe(() => {
    pause();
    counts = datedCounts(ctx.dataset.get().graph);
    undatedChosen = false;
    sync();
  });
  return () => {
    pause();
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
