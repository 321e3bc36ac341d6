// "How are these two connected?": the Paths region writes out the shortest chains between the
// path's two ends, each step with the sentence that states it, and Details offers "Connect to…"
// to choose the ends. The chains are drawn in the graph by the renderer (see state/emphasis.ts).

import { counted } from "../model/counted.ts";
import { evidenceOf } from "../model/evidence.ts";
import type { GraphPath } from "../query/paths.ts";
import { pathNodeKeys } from "../state/emphasis.ts";
import { showPath } from "../state/focus.ts";
import { selectNodes } from "../state/selection.ts";
import type { PathEnds } from "../state/view-state.ts";
import { type AppContext, renderWhileMounted } from "./app-context.ts";
import { element, swatch } from "./dom.ts";
import { evidenceQuote, nodeButton, nodeLabel } from "./graph-parts.ts";
import { createNodePicker } from "./node-picker.ts";

export const PATHS_HEADING_ID = "paths-heading";

/** " —proposed→ " when the edge points the way we walk, " ←addresses— " when against it. */
function arrow(relation: string, isForward: boolean): string {
  return isForward ? ` —${relation}→ ` : ` ←${relation}— `;
}

/**
 * The "Connect to…" button of a node's Details: it opens a field asking for the other end;
 * picking one shows the paths and moves the keyboard to them.
 */
export function connectControl(ctx: AppContext, from: string): HTMLElement {
  const name = nodeLabel(ctx, from);
  const button = element("button", {
    className: "connect-button",
    text: "Connect to…",
    attributes: { type: "button", "aria-expanded": "false" },
  });
  const picker = createNodePicker(ctx, {
    label: `Connect ${name} to`,
    placeholder: "Another node’s name",
    exclude: from,
    onPick(to) {
      close();
      ctx.view.update(showPath({ from, to }));
      document.getElementById(PATHS_HEADING_ID)?.focus();
    },
    onCancel() {
      close();
      button.focus();
    },
  });
  picker.element.hidden = true;
  const close = () => {
    picker.element.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  button.addEventListener("click", () => {
    const isOpening = picker.element.hidden;
    picker.element.hidden = !isOpening;
    button.setAttribute("aria-expanded", String(isOpening));
    if (isOpening) picker.input.focus();
  });
  return element("div", { className: "connect" }, [button, picker.element]);
}

function relationColour(ctx: AppContext, relation: string): string {
  return ctx.derived.palette().relations.get(relation) ?? "#999999";
}

/** The chain on one line, node names as buttons: `China —proposed→ New security concept`. */
function chain(ctx: AppContext, path: GraphPath): HTMLElement {
  const parts: (Node | string)[] = [nodeButton(ctx, path.nodes[0])];
  for (const step of path.steps) {
    // Plain spaces around the relation, so that a long chain wraps there.
    parts.push(
      " ",
      element("span", { className: "path-relation" }, [
        swatch(relationColour(ctx, step.relation), "line"),
        arrow(step.relation, step.forward).trim(),
      ]),
      " ",
      nodeButton(ctx, step.to),
    );
  }
  return element("p", { className: "path-chain" }, parts);
}

/** Each step again, with the first sentence that states it: why the chain holds. */
function steps(ctx: AppContext, path: GraphPath): HTMLElement {
  const { graph } = ctx.dataset.get();
  return element(
    "ol",
    { className: "path-steps" },
    path.steps.map((step) => {
      const [quote] = evidenceOf(graph.getEdgeAttribute(step.edge, "evidence"));
      return element("li", { className: "path-step" }, [
        element("p", {
          className: "path-step-line",
          text: `${nodeLabel(ctx, step.from)}${arrow(step.relation, step.forward)}${nodeLabel(ctx, step.to)}`,
        }),
        quote ? evidenceQuote(ctx, quote) : null,
      ]);
    }),
  );
}

/** "Select path nodes" (when there is a path) and "Close paths", with the note selecting leaves. */
function pathActions(ctx: AppContext, hasPaths: boolean): HTMLElement[] {
  const close = element("button", {
    className: "details-close",
    text: "Close paths",
    attributes: { type: "button" },
  });
  close.addEventListener("click", () => ctx.view.update(showPath(null)));
  const select = element("button", {
    text: "Select path nodes",
    attributes: {
      type: "button",
      title: "Make the path's nodes the selection, e.g. to export them as a subgraph",
    },
  });
  const selected = element("p", { className: "paths-note", attributes: { role: "status" } });
  select.addEventListener("click", () => {
    const keys = pathNodeKeys(ctx.derived.index().emphasis, ctx.view.get());
    ctx.view.update(selectNodes(keys));
    selected.textContent = `${counted(keys.length, "node")} selected: Export › Selection writes the path as a subgraph.`;
  });
  return [
    element("div", { className: "paths-actions" }, hasPaths ? [select, close] : [close]),
    selected,
  ];
}

function summaryOf(ctx: AppContext, ends: PathEnds, count: number): string {
  const from = nodeLabel(ctx, ends.from);
  const to = nodeLabel(ctx, ends.to);
  if (count === 0) {
    return `Nothing connects ${from} to ${to} among what is shown: check the legend’s filters and the year.`;
  }
  const which = count === 1 ? "The shortest path" : `The ${count} shortest paths`;
  return `${which} from ${from} to ${to}, following links either way:`;
}

export function mountPathPanel(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("aria-labelledby", PATHS_HEADING_ID);

  function render() {
    const view = ctx.view.get();
    const ends: PathEnds | null = view.path;
    const g = ctx.dataset.get().graph;
    if (ends === null || !g.hasNode(ends.from) || !g.hasNode(ends.to)) {
      container.hidden = true;
      container.replaceChildren();
      return;
    }
    const paths = ctx.derived.index().emphasis.paths(view);
    container.hidden = false;
    container.replaceChildren(
      element("h2", { text: "Paths", attributes: { id: PATHS_HEADING_ID, tabindex: "-1" } }),
      element("p", { className: "paths-summary", text: summaryOf(ctx, ends, paths.length) }),
      element(
        "ol",
        { className: "path-list" },
        paths.map((path) =>
          element("li", { className: "path" }, [chain(ctx, path), steps(ctx, path)]),
        ),
      ),
      ...pathActions(ctx, paths.length > 0),
    );
  }

  return renderWhileMounted(
    ctx,
    container,
    ["path", "hiddenKinds", "hiddenRelations", "year", "showUndated"],
    render,
  );
}
