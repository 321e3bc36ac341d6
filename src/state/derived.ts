// Everything that follows from the stores, computed in one place that the app context owns and
// the renderer and the panels read alike: dataset → graph index → palette (once per dataset),
// then view + pointer → derived view. Reads are always of the current dataset, whichever store
// listener runs first, so no panel depends on the renderer having subscribed before it.
// To add a step (appearance by attribute, a remote dataset's facts), add a field to
// DatasetFacts and compute it in deriveDatasetFacts from the steps before it.
import { type DrawnAppearance, drawAppearance, type GraphSurvey } from "../appearance/index.ts";
import { applyKinds, resolveKindFrom } from "../appearance/kinds-from.ts";
import type { AppearanceSettings } from "../appearance/settings.ts";
import type { Dataset } from "./dataset.ts";
import { createViewDeriver, type DerivedView, type ViewDeriver } from "./derive-view.ts";
import { createGraphIndex, type GraphIndex } from "./graph-index.ts";
import { kindsUnder, loadedKinds } from "./kind-source.ts";
import { createPalette, type Palette } from "./palette.ts";
import type { Store } from "./store.ts";
import type { ViewState } from "./view-state.ts";

/** What only changes with the dataset. */
export interface DatasetFacts {
  readonly dataset: Dataset;
  /** Kinds, relations, counts, search index, emphasis index. */
  readonly index: GraphIndex;
  /** A colour per kind and per relation present. */
  readonly palette: Palette;
  /** Turns a view (and the pointer) into what is shown, with memos for this graph. */
  readonly derive: ViewDeriver;
  /** Whether the file has its own colours and sizes, which attributes are numbers... */
  readonly survey: GraphSurvey;
  /** The attribute the nodes' kinds are read from now (the view's "Kind from", or the guess). */
  readonly kindFrom: string;
}

/** The attribute kinds are read from under these settings; a remote graph keeps the server's. */
export function kindSourceFor(dataset: Dataset, settings: AppearanceSettings): string {
  const { survey } = loadedKinds(dataset.graph);
  return dataset.isRemote ? survey.kindSource : resolveKindFrom(settings.kindFrom, survey);
}

/**
 * The steps run for each new dataset (or a new "Kind from"), in order; each reads what the ones
 * before it made. The kinds are written into the graph first, so the index counts them.
 */
export function deriveDatasetFacts(
  dataset: Dataset,
  settings: AppearanceSettings = {},
): DatasetFacts {
  const { graph } = dataset;
  const { original, survey } = loadedKinds(graph);
  const kindFrom = kindSourceFor(dataset, settings);
  if (!dataset.isRemote) applyKinds(graph, kindFrom, original);
  const index = createGraphIndex(graph, dataset.sourceTexts, (attribute) =>
    dataset.isRemote ? null : kindsUnder(graph, attribute ?? survey.kindSource),
  );
  const palette = createPalette(index.kinds, index.relations);
  return { dataset, index, palette, derive: createViewDeriver(index), survey, kindFrom };
}

/** Why the derived view changed: a new dataset, or the view or the pointer. */
export type DerivedReason = "dataset" | "view";

export interface DerivedState {
  facts(): DatasetFacts;
  /** Facts about the current graph: kinds, relations, search index, emphasis. */
  index(): GraphIndex;
  palette(): Palette;
  /** Colours and sizes under the view's appearance settings; the same object while they stay. */
  appearance(): DrawnAppearance;
  /** What is visible and highlighted now (the renderer, the status line and panels read it). */
  view(): DerivedView;
  /** The node under the pointer (null: none); transient, not part of the view or the URL. */
  setHover(key: string | null): void;
  /** Lights up what a sentence of the reading pane supports while it is pointed at (null: none). */
  previewSentence(id: string | null): void;
  /** Runs after the derived view changed, with why; the renderer repaints from it. */
  subscribe(listener: (reason: DerivedReason) => void): () => void;
  destroy(): void;
}

interface Inputs {
  facts: DatasetFacts;
  view: ViewState;
  hover: string | null;
  sentence: string | null;
}

/** The drawn appearance, recomputed when the dataset's facts or the appearance settings change. */
function memoAppearance(
  currentFacts: () => DatasetFacts,
  view: Store<ViewState>,
): () => DrawnAppearance {
  let drawn: { facts: DatasetFacts; settings: AppearanceSettings; result: DrawnAppearance } | null =
    null;
  return () => {
    const current = currentFacts();
    const settings = view.get().appearance;
    if (drawn === null || drawn.facts !== current || drawn.settings !== settings) {
      const { palette, survey, dataset } = current;
      const kindColour = (kind: string) => palette.kinds.get(kind) ?? "#999999";
      drawn = {
        facts: current,
        settings,
        result: drawAppearance(dataset.graph, settings, kindColour, survey),
      };
    }
    return drawn.result;
  };
}

interface Stores {
  dataset: Store<Dataset>;
  view: Store<ViewState>;
}

/** What the pointer is on: a node on the stage, a sentence in the reading pane. */
interface Pointer {
  hover: string | null;
  sentence: string | null;
}

/**
 * The facts of the dataset in the store now, with kinds read as the view says; `onNewDataset`
 * runs when the dataset has changed since the last call.
 */
function memoFacts(stores: Stores, onNewDataset: () => void): () => DatasetFacts {
  let facts = deriveDatasetFacts(stores.dataset.get(), stores.view.get().appearance);
  /** The appearance settings the facts' kinds were checked against. */
  let kindsCheckedFor = stores.view.get().appearance;
  return () => {
    const dataset = stores.dataset.get();
    const settings = stores.view.get().appearance;
    if (facts.dataset !== dataset) {
      facts = deriveDatasetFacts(dataset, settings);
      onNewDataset();
    } else if (
      settings !== kindsCheckedFor &&
      kindSourceFor(dataset, settings) !== facts.kindFrom
    ) {
      facts = deriveDatasetFacts(dataset, settings);
    }
    kindsCheckedFor = settings;
    return facts;
  };
}

/** The derived view, computed again only when the facts, the view or the pointer changed. */
function memoView(
  currentFacts: () => DatasetFacts,
  view: Store<ViewState>,
  pointer: Pointer,
): () => DerivedView {
  let derivedFrom: Inputs | null = null;
  let derived: DerivedView | null = null;
  return () => {
    const inputs: Inputs = { facts: currentFacts(), view: view.get(), ...pointer };
    const isFresh =
      derived !== null &&
      derivedFrom !== null &&
      derivedFrom.facts === inputs.facts &&
      derivedFrom.view === inputs.view &&
      derivedFrom.hover === inputs.hover &&
      derivedFrom.sentence === inputs.sentence;
    if (!isFresh || derived === null) {
      derived = inputs.facts.derive(inputs.view, inputs.hover, inputs.sentence);
      derivedFrom = inputs;
    }
    return derived;
  };
}

export function createDerivedState(stores: Stores): DerivedState {
  const listeners = new Set<(reason: DerivedReason) => void>();
  // A new dataset forgets the pointer.
  const pointer: Pointer = { hover: null, sentence: null };
  const currentFacts = memoFacts(stores, () => {
    pointer.hover = null;
    pointer.sentence = null;
  });
  const currentView = memoView(currentFacts, stores.view, pointer);
  const currentAppearance = memoAppearance(currentFacts, stores.view);

  const emit = (reason: DerivedReason) => {
    for (const listener of [...listeners]) listener(reason);
  };

  const unsubscribeView = stores.view.subscribe(() => emit("view"));
  const unsubscribeDataset = stores.dataset.subscribe(() => {
    currentFacts();
    emit("dataset");
  });

  return {
    facts: currentFacts,
    index: () => currentFacts().index,
    palette: () => currentFacts().palette,
    appearance: currentAppearance,
    view: currentView,
    setHover(key) {
      currentFacts();
      if (key === pointer.hover) return;
      pointer.hover = key;
      emit("view");
    },
    previewSentence(id) {
      currentFacts();
      if (id === pointer.sentence) return;
      pointer.sentence = id;
      emit("view");
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      unsubscribeView();
      unsubscribeDataset();
      listeners.clear();
    },
  };
}
