// The Appearance panel: what node colours, node sizes and edge colours follow (the file's own,
// kind, degree, relation, or any attribute), with a legend of the chosen colouring. Choices live
// in the view (and so the URL); unset ones follow the graph, so the defaults are shown selected.

import type { AttributeInfo, GraphSurvey } from "../appearance/index.ts";
import { kindChoices } from "../appearance/kinds-from.ts";
import type { ColourLegend } from "../appearance/node-colours.ts";
import type { AppearanceSettings } from "../appearance/settings.ts";
import { counted } from "../model/counted.ts";
import { chooseKindFrom } from "../state/kind-source.ts";
import type { Producer } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";
import { type AppContext, renderWhileMounted } from "./app-context.ts";
import { element } from "./dom.ts";

/** Sets some appearance choices, leaving the others as they are. */
export function setAppearance(patch: AppearanceSettings): Producer<ViewState> {
  return (state) => ({ ...state, appearance: { ...state.appearance, ...patch } });
}

type Option = [value: string, text: string];

function choice(
  id: string,
  label: string,
  options: Option[],
  value: string,
  onChange: (value: string) => void,
) {
  const select = element(
    "select",
    { attributes: { id } },
    options.map(([optionValue, text]) =>
      element("option", { text, attributes: { value: optionValue } }),
    ),
  );
  select.value = value;
  select.addEventListener("change", () => onChange(select.value));
  return element("div", { className: "control" }, [
    element("label", { text: label, attributes: { for: id } }),
    select,
  ]);
}

const swatch = (colour: string) => {
  const mark = element("span", {
    className: "swatch swatch-disc",
    attributes: { "aria-hidden": "true" },
  });
  mark.style.setProperty("--swatch-colour", colour);
  return mark;
};

function legendOf(legend: ColourLegend): HTMLElement {
  if (legend.by === "kind")
    return element("p", { className: "hint", text: "Colours by kind: see the Legend." });
  if (legend.by === "file") {
    const missing =
      legend.missing > 0 ? `; ${counted(legend.missing, "node")} without a colour, in grey` : "";
    return element("p", {
      className: "hint",
      text: `The file's own colours (${counted(legend.coloured, "node")})${missing}.`,
    });
  }
  const rows: HTMLElement[] = [];
  if (legend.by === "categories") {
    for (const entry of legend.entries)
      rows.push(element("li", {}, [swatch(entry.colour), ` ${entry.value} (${entry.count})`]));
    if (legend.other)
      rows.push(
        element("li", {}, [
          swatch(legend.other.colour),
          ` other: ${counted(legend.other.values, "value")} (${legend.other.count})`,
        ]),
      );
  } else {
    const bar = element("span", { className: "ramp", attributes: { "aria-hidden": "true" } });
    bar.style.background = `linear-gradient(to right, ${legend.stops.join(", ")})`;
    rows.push(element("li", {}, [`${legend.min} `, bar, ` ${legend.max}`]));
  }
  if (legend.missing > 0)
    rows.push(element("li", {}, [swatch("#cccccc"), ` no value (${legend.missing})`]));
  return element(
    "ul",
    {
      className: "appearance-legend",
      attributes: { "aria-label": `Colours by ${legend.attribute}` },
    },
    rows,
  );
}

function attributeOptions(attributes: AttributeInfo[], numericOnly: boolean): Option[] {
  return attributes
    .filter((info) => info.name !== "nodeKind" && (!numericOnly || info.numeric))
    .map((info) => [`attr:${info.name}`, `${info.name}${info.numeric ? " (number)" : ""}`]);
}

/** "Kind from": which attribute the Legend's kinds (and filters) are read from; the guess first. */
function kindFromChoice(ctx: AppContext, survey: GraphSurvey): HTMLElement {
  const guess = survey.kindSource;
  const options = kindChoices(survey).map((name): Option => {
    const text = name === "nodeKind" ? "kind (as the graph came)" : name;
    return [name, name === guess && name !== "nodeKind" ? `${text} (guessed on import)` : text];
  });
  return element("div", {}, [
    choice("appearance-kind", "Kind from", options, ctx.derived.facts().kindFrom, (value) =>
      ctx.view.update(chooseKindFrom(value === guess ? undefined : value)),
    ),
    element("p", { className: "hint", text: "The Legend lists these kinds and filters by them." }),
  ]);
}

export function mountAppearance(ctx: AppContext, container: HTMLElement): () => void {
  container.setAttribute("aria-labelledby", "appearance-heading");
  const update = (patch: AppearanceSettings) => ctx.view.update(setAppearance(patch));
  const render = () => {
    const active = document.activeElement?.id;
    const { survey } = ctx.derived.facts();
    const drawn = ctx.derived.appearance();
    const { resolved } = drawn;
    const colourValue =
      resolved.nodeColour.by === "attribute"
        ? `attr:${resolved.nodeColour.attribute}`
        : resolved.nodeColour.by;
    const sizeValue =
      resolved.nodeSize.by === "attribute"
        ? `attr:${resolved.nodeSize.attribute}`
        : resolved.nodeSize.by;
    const colourOptions: Option[] = [
      ...(survey.nodeColours > 0 ? [["file", "the file's colours"] as Option] : []),
      ["kind", "kind"],
      ...attributeOptions(survey.attributes, false),
    ];
    const sizeOptions: Option[] = [
      ...(survey.nodeSizes > 0 ? [["file", "the file's sizes"] as Option] : []),
      ["degree", "degree (links)"],
      ...attributeOptions(survey.attributes, true),
    ];
    const edgeOptions: Option[] = [
      ...(survey.edgeColours > 0 ? [["file", "the file's colours"] as Option] : []),
      ["relation", "relation"],
      ["source", "source node's colour"],
    ];
    const nodeColour = resolved.nodeColour;
    const numericColour =
      nodeColour.by === "attribute" &&
      survey.attributes.find((info) => info.name === nodeColour.attribute)?.numeric;
    const parts = [
      element("h2", { text: "Appearance", attributes: { id: "appearance-heading" } }),
      choice("appearance-colour", "Colour nodes by", colourOptions, colourValue, (value) =>
        update({ nodeColour: value as AppearanceSettings["nodeColour"], colourScale: undefined }),
      ),
      numericColour && nodeColour.by === "attribute"
        ? choice(
            "appearance-scale",
            "As",
            [
              ["categories", "categories"],
              ["range", "a range"],
            ],
            nodeColour.scale,
            (value) => update({ colourScale: value as AppearanceSettings["colourScale"] }),
          )
        : null,
      legendOf(drawn.colourLegend),
      choice("appearance-size", "Size nodes by", sizeOptions, sizeValue, (value) =>
        update({ nodeSize: value as AppearanceSettings["nodeSize"] }),
      ),
      choice("appearance-edges", "Edge colours", edgeOptions, resolved.edgeColour, (value) =>
        update({ edgeColour: value as AppearanceSettings["edgeColour"] }),
      ),
      ctx.remote ? null : kindFromChoice(ctx, survey),
    ];
    container.replaceChildren(...parts.filter((part) => part !== null));
    // The keyboard stays on the control just used.
    if (active?.startsWith("appearance-")) document.getElementById(active)?.focus();
  };
  return renderWhileMounted(ctx, container, ["appearance"], render);
}
