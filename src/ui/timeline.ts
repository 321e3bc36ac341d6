// The Timeline: a Year slider over the years the graph's dates span, to see the graph as it was;
// Play to watch it grow a year at a time; and whether undated items stay. Hidden for a graph
// without dates. The year goes through the view, so the URL (and Back) follow it.
// It says how much of the graph carries a date, and when few items do, choosing a year hides the
// undated ones (unless the user has set "Show undated"), so Play visibly grows the graph.
// What it says and where Play goes are src/state/timeline.ts.
import {
  type DatedCounts,
  datedCounts,
  showsUndatedByDefault,
  type TimeRange,
} from "../query/timeline.ts";
import {
  datedNote,
  goToYear,
  nextPlayYear,
  playStartYear,
  setShowUndated,
  setYear,
  yearLabels,
} from "../state/timeline.ts";
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";

/** One year per step while playing: slow enough to see what appears. */
export const PLAY_STEP_MS = 700;

function timelineControls(container: HTMLElement) {
  const controls = {
    play: element("button", {
      className: "timeline-play",
      text: "Play",
      attributes: { type: "button", title: "Watch the graph grow, one year at a time" },
    }),
    slider: element("input", {
      className: "timeline-slider",
      attributes: { type: "range", id: "timeline-year", step: "1" },
    }),
    yearText: element("output", {
      className: "timeline-year",
      attributes: { for: "timeline-year", "aria-hidden": "true" },
    }),
    showAll: element("button", {
      text: "All years",
      attributes: { type: "button", title: "Show every year (no time filter)" },
    }),
    undated: element("input", { attributes: { type: "checkbox", id: "timeline-undated" } }),
    note: element("span", { className: "timeline-note", attributes: { id: "timeline-note" } }),
  };
  controls.slider.setAttribute("aria-describedby", "timeline-note");
  container.replaceChildren(
    controls.play,
    element("label", { text: "Year", attributes: { for: "timeline-year" } }),
    controls.slider,
    controls.yearText,
    controls.showAll,
    element("div", { className: "control" }, [
      controls.undated,
      element("label", { text: "Show undated", attributes: { for: "timeline-undated" } }),
    ]),
    controls.note,
  );
  return controls;
}

type Controls = ReturnType<typeof timelineControls>;

/** Play and Pause: one year per PLAY_STEP_MS until the last year. */
function createPlayer(ctx: AppContext, play: HTMLButtonElement, go: (year: number) => void) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const range = (): TimeRange | null => ctx.derived.index().emphasis.range();
  const pause = () => {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
  };
  const step = () => {
    const span = range();
    const next = nextPlayYear(span, ctx.view.get().year);
    if (next === null) {
      pause();
      return;
    }
    ctx.view.update(setYear(next));
    if (nextPlayYear(span, next) === null) pause();
  };
  const toggle = () => {
    if (timer !== undefined) {
      pause();
      return;
    }
    const span = range();
    if (!span) return;
    const start = playStartYear(span, ctx.view.get().year);
    if (start !== null) go(start);
    play.textContent = "Pause";
    timer = setInterval(step, PLAY_STEP_MS);
  };
  return { pause, toggle, range };
}

function render(
  ctx: AppContext,
  container: HTMLElement,
  controls: Controls,
  span: TimeRange | null,
  counts: DatedCounts,
) {
  container.hidden = span === null;
  if (!span) return;
  const { slider, yearText, showAll, undated, note } = controls;
  const { year, showUndated } = ctx.view.get();
  slider.min = String(span.min);
  slider.max = String(span.max);
  slider.value = String(year ?? span.max);
  const labels = yearLabels(span, year);
  yearText.textContent = labels.shown;
  slider.setAttribute("aria-valuetext", labels.spoken);
  showAll.disabled = year === null;
  undated.checked = showUndated;
  note.textContent = datedNote(counts);
}

export function mountTimeline(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", "Timeline");
  const controls = timelineControls(container);

  // Per graph: how much is dated, and whether the user has chosen about undated items yet.
  let counts: DatedCounts = datedCounts(ctx.dataset.get().graph);
  let undatedChosen = false;
  /** Sets a year; the first one on a mostly undated graph also hides the undated items. */
  const go = (year: number | null) =>
    ctx.view.update(goToYear(year, !undatedChosen && !showsUndatedByDefault(counts)));
  const player = createPlayer(ctx, controls.play, go);

  controls.play.addEventListener("click", player.toggle);
  controls.slider.addEventListener("input", () => {
    player.pause();
    go(Number(controls.slider.value));
  });
  controls.showAll.addEventListener("click", () => {
    player.pause();
    go(null);
  });
  controls.undated.addEventListener("change", () => {
    undatedChosen = true;
    ctx.view.update(setShowUndated(controls.undated.checked));
  });

  const sync = () => {
    const span = player.range();
    if (!span) player.pause();
    render(ctx, container, controls, span, counts);
  };
  sync();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (next.year !== previous.year || next.showUndated !== previous.showUndated) sync();
  });
  const unsubscribeDataset = ctx.dataset.subscribe(() => {
    player.pause();
    counts = datedCounts(ctx.dataset.get().graph);
    undatedChosen = false;
    sync();
  });
  return () => {
    player.pause();
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
