// The Legend region: each node kind and each relation with its colour and count, each a
// checkbox that shows or hides its items; and what the rings around nodes mean. In remote mode it
// lists the database's kinds and relations with their counts there, and the filters go to the
// server with every request. What it lists is src/state/legend.ts.
import { setKindHidden, setRelationHidden } from "../state/filters.ts";
import { legendEntries } from "../state/legend.ts";
import { RING_COLOURS } from "../view/palette.ts";
import type { AppContext } from "./app-context.ts";
import { element, swatch, uniqueId } from "./dom.ts";
import { pointerWords } from "./pointer-words.ts";

interface Entry {
  name: string;
  colour: string;
  count: number;
  unit: [singular: string, plural: string];
  shape: "disc" | "line";
  isHidden: boolean;
  onToggle(isShown: boolean): void;
}

function entryRow(entry: Entry, inputs: Map<string, HTMLInputElement>): HTMLElement {
  const inputId = uniqueId("legend-toggle");
  const countId = uniqueId("legend-count");
  const input = element("input", {
    attributes: { type: "checkbox", id: inputId, "aria-describedby": countId },
  });
  input.checked = !entry.isHidden;
  input.addEventListener("change", () => entry.onToggle(input.checked));
  inputs.set(entry.name, input);
  const unit = entry.count === 1 ? entry.unit[0] : entry.unit[1];
  return element("li", { className: "legend-entry" }, [
    input,
    element("label", { attributes: { for: inputId } }, [
      swatch(entry.colour, entry.shape),
      element("span", { className: "legend-name", text: entry.name }),
    ]),
    element("span", { className: "count", attributes: { id: countId } }, [
      String(entry.count),
      element("span", { className: "visually-hidden", text: ` ${unit}` }),
    ]),
  ]);
}

function ringRow(colour: string, text: string): HTMLElement {
  const ring = element("span", { className: "ring-sample", attributes: { "aria-hidden": "true" } });
  ring.style.setProperty("--ring-colour", colour);
  return element("li", { className: "legend-ring" }, [ring, text]);
}

/** The heading, the kinds and relations as check boxes, and what each ring means. */
function legendContent(headingId: string, kinds: HTMLElement[], relations: HTMLElement[]) {
  return [
    element("h2", { text: "Legend", attributes: { id: headingId } }),
    element("fieldset", { className: "legend-group" }, [
      element("legend", { text: "Node kinds" }),
      element("ul", { className: "legend-list" }, kinds),
    ]),
    element("fieldset", { className: "legend-group" }, [
      element("legend", { text: "Relations" }),
      element("ul", { className: "legend-list" }, relations),
    ]),
    element("ul", { className: "legend-rings", attributes: { "aria-label": "Rings" } }, [
      ringRow(RING_COLOURS.focus, "focused"),
      ringRow(RING_COLOURS.selected, `selected (${pointerWords().select})`),
      ringRow(RING_COLOURS.searchMatch, "matches the search"),
    ]),
  ];
}

export function mountLegend(ctx: AppContext, container: HTMLElement): () => void {
  const headingId = "legend-heading";
  container.setAttribute("aria-labelledby", headingId);

  // Rebuilt only with the dataset; view changes just tick the boxes, so keyboard focus stays.
  const kindInputs = new Map<string, HTMLInputElement>();
  const relationInputs = new Map<string, HTMLInputElement>();

  function sync() {
    const view = ctx.view.get();
    for (const [kind, input] of kindInputs) input.checked = !view.hiddenKinds.includes(kind);
    for (const [relation, input] of relationInputs) {
      input.checked = !view.hiddenRelations.includes(relation);
    }
  }

  function render() {
    const view = ctx.view.get();
    kindInputs.clear();
    relationInputs.clear();
    const database = ctx.remote?.snapshot().info;
    const entries = legendEntries(ctx.derived.index(), ctx.derived.palette(), database);
    const kinds = entries.kinds.map((entry) =>
      entryRow(
        {
          ...entry,
          unit: ["node", "nodes"],
          shape: "disc",
          isHidden: view.hiddenKinds.includes(entry.name),
          onToggle: (isShown) => ctx.view.update(setKindHidden(entry.name, !isShown)),
        },
        kindInputs,
      ),
    );
    const relations = entries.relations.map((entry) =>
      entryRow(
        {
          ...entry,
          unit: ["edge", "edges"],
          shape: "line",
          isHidden: view.hiddenRelations.includes(entry.name),
          onToggle: (isShown) => ctx.view.update(setRelationHidden(entry.name, !isShown)),
        },
        relationInputs,
      ),
    );
    container.replaceChildren(...legendContent(headingId, kinds, relations));
  }

  render();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    // Kinds read from another attribute ("Kind from", Appearance panel): other entries.
    if (next.appearance.kindFrom !== previous.appearance.kindFrom) render();
    else if (
      next.hiddenKinds !== previous.hiddenKinds ||
      next.hiddenRelations !== previous.hiddenRelations
    ) {
      sync();
    }
  });
  const unsubscribeDataset = ctx.dataset.subscribe(render);
  return () => {
    unsubscribeView();
    unsubscribeDataset();
    container.replaceChildren();
  };
}
