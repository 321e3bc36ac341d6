// "Open": a button (and drag-and-drop onto the page) that replaces the explored graph with the
// user's own file, a progress bar with Cancel for big files, and "Built-in graph" to go back.
// A file that cannot be read leaves the current graph exactly as it was.
import { counted } from "../model/counted.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import type { Dataset } from "../state/dataset.ts";
import { fileSafe } from "../state/export-scope.ts";
import { DEFAULT_VIEW, replaceView } from "../state/view-state.ts";
import type { AppContext } from "./app-context.ts";
import { element } from "./dom.ts";
import { bindDropZone } from "./open-drop-zone.ts";
import { type OpenProgress, type OpenTask, openGraphFiles } from "./open-graph-files.ts";

export interface OpenToolsOptions {
  /** A fresh copy of the graph the app ships with. */
  builtInDataset(): Dataset;
  /** A polite message in the toolbar's status. */
  say(message: string): void;
}

export interface Tool {
  element: HTMLElement;
  destroy(): void;
}

const ACCEPTED = ".json,.gexf,.graphml,.csv,.tsv,.xml,.txt,.ttl,.nt,.nq,.trig,.jsonld";

/** "les-miserables.gexf" -> "les-miserables": the name export files will carry. */
function datasetName(files: readonly File[]): string {
  const base = files[0]?.name.replace(/\.[^.]*$/, "") ?? "";
  return fileSafe(base) || "graph";
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function openControls() {
  const input = element("input", {
    attributes: {
      type: "file",
      multiple: "",
      accept: ACCEPTED,
      "aria-label": "Open graph file",
      tabindex: "-1",
      hidden: "",
    },
  });
  const openButton = element("button", {
    text: "Open",
    attributes: {
      type: "button",
      title:
        "Open a graph file: JSON, GEXF, GraphML, CSV (an edge list, and its nodes file if any), or RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD). You can also drop files on the page.",
    },
  });
  const builtInButton = element("button", {
    text: "Built-in graph",
    attributes: { type: "button", title: "Go back to the graph the explorer ships with" },
  });
  const progressLabel = element("span", { className: "open-progress-label" });
  const progress = element("progress", { attributes: { max: "1" } });
  const cancelButton = element("button", { text: "Cancel", attributes: { type: "button" } });
  // Offered when a file's edges name nodes it does not list: open it anyway, as Gephi does.
  const anywayButton = element("button", {
    className: "open-anyway",
    attributes: { type: "button", hidden: "" },
  });
  const progressBox = element("div", { className: "open-progress", attributes: { hidden: "" } }, [
    progressLabel,
    progress,
    cancelButton,
  ]);
  return {
    input,
    openButton,
    builtInButton,
    progressLabel,
    progress,
    cancelButton,
    anywayButton,
    progressBox,
  };
}

type Controls = ReturnType<typeof openControls>;

function showProgress(controls: Controls, name: string, state: OpenProgress) {
  const { progressBox, progress, progressLabel } = controls;
  progressBox.hidden = false;
  progress.setAttribute("aria-label", `Opening ${name}`);
  if (state.phase === "reading") {
    const share = state.total > 0 ? state.loaded / state.total : 0;
    progress.value = share;
    progressLabel.textContent = `Reading ${name}: ${megabytes(state.loaded)} of ${megabytes(state.total)}`;
  } else {
    // Parsing gives no progress of its own: an indeterminate bar.
    progress.removeAttribute("value");
    progressLabel.textContent = `Reading the graph in ${name}…`;
  }
}

/** Open shows the file chooser; the files chosen are opened. */
function bindFileInput({ openButton, input }: Controls, open: (files: File[]) => void) {
  openButton.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) opens it again.
    input.value = "";
    open(files);
  });
}

function replaceDataset(ctx: AppContext, dataset: Dataset) {
  // The old view names nodes of the old graph: start the new one from the default view.
  ctx.view.update(replaceView(DEFAULT_VIEW));
  ctx.dataset.update(() => dataset);
}

/** "Opened a.gexf: 77 nodes, 254 edges. Notes: …" */
function openedMessage(names: string, graph: KnowledgeGraph, warnings: readonly string[]) {
  const notes = warnings.length > 0 ? ` Notes: ${warnings.join("; ")}.` : "";
  return `Opened ${names}: ${counted(graph.order, "node")}, ${counted(graph.size, "edge")}.${notes}`;
}

export function createOpenTools(ctx: AppContext, options: OpenToolsOptions): Tool {
  const controls = openControls();
  const { input, openButton, builtInButton, cancelButton, anywayButton, progressBox } = controls;
  let refusedFiles: File[] = [];
  let task: OpenTask | null = null;

  async function open(files: File[], addMissingNodes = false) {
    if (files.length === 0) return;
    task?.cancel();
    anywayButton.hidden = true;
    const names = files.map((file) => file.name).join(" and ");
    const current = openGraphFiles(files, (state) => showProgress(controls, names, state), {
      addMissingNodes,
    });
    task = current;
    const outcome = await current.outcome;
    if (task !== current) return;
    task = null;
    progressBox.hidden = true;
    if (!outcome.ok) {
      if (outcome.isCancelled)
        options.say(`Opening ${names} was cancelled; the graph is unchanged.`);
      else {
        ctx.announce(outcome.message);
        if (outcome.missingNodes) offerOpenAnyway(files, outcome.missingNodes);
      }
      return;
    }
    const { graph, warnings } = outcome;
    replaceDataset(ctx, { graph, sourceTexts: {}, name: datasetName(files), isBuiltIn: false });
    options.say(openedMessage(names, graph, warnings));
  }

  function offerOpenAnyway(files: File[], missing: number) {
    refusedFiles = files;
    anywayButton.textContent = `Open anyway, creating the ${counted(missing, "missing node")}`;
    anywayButton.hidden = false;
    anywayButton.focus();
  }

  anywayButton.addEventListener("click", () => {
    const files = refusedFiles;
    refusedFiles = [];
    openButton.focus();
    void open(files, true);
  });

  bindFileInput(controls, (files) => void open(files));
  cancelButton.addEventListener("click", () => task?.cancel());
  builtInButton.addEventListener("click", () => {
    task?.cancel();
    anywayButton.hidden = true;
    replaceDataset(ctx, options.builtInDataset());
    options.say("Back to the built-in graph.");
  });

  const sync = () => {
    builtInButton.hidden = ctx.dataset.get().isBuiltIn;
  };
  sync();
  const unsubscribe = ctx.dataset.subscribe(sync);
  const unbindDrop = bindDropZone((files) => void open(files));

  return {
    element: element("div", { className: "open-tools" }, [
      openButton,
      input,
      builtInButton,
      anywayButton,
      progressBox,
    ]),
    destroy() {
      task?.cancel();
      unsubscribe();
      unbindDrop();
    },
  };
}
