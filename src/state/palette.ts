// Colours that mean something, by name: node fill by kind (Okabe-Ito, colour-blind safe) and
// edges by relation (Paul Tol's muted set), the same every load. Derived once per dataset (see
// derived.ts); the renderer, the legend and the exports read the same maps.

export interface Palette {
  kinds: ReadonlyMap<string, string>;
  relations: ReadonlyMap<string, string>;
}

const KIND_COLOURS: Record<string, string> = {
  actor: "#0072B2",
  document: "#E69F00",
  principle: "#009E73",
  threat: "#D55E00",
};
/** Okabe-Ito colours the vocabulary does not use, then more distinguishable ones. */
const EXTRA_KIND_COLOURS = ["#56B4E9", "#CC79A7", "#F0E442", "#8C6D31", "#7F7F7F", "#6A3D9A"];

const RELATION_COLOURS: Record<string, string> = {
  proposed: "#332288",
  reiterated: "#44AA99",
  addresses: "#882255",
  "contrasts-with": "#999933",
};
const EXTRA_RELATION_COLOURS = ["#AA4499", "#117733", "#CC6677", "#88CCEE", "#6F6F6F", "#DDCC77"];

/** Past the fixed colours, hues spread by the golden angle: distinct, and the same every load. */
function generatedColour(index: number): string {
  const hue = (index * 137.508) % 360;
  const saturation = 0.55;
  const lightness = 0.42;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (offset: number) => {
    const k = (offset + hue / 30) % 12;
    const value = lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * A colour per name. Names with a fixed colour keep it; the others take the extra colours in
 * the order given, so the same set of kinds always gets the same colours.
 */
function assignColours(
  names: readonly string[],
  fixed: Record<string, string>,
  extras: readonly string[],
): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const name of names) {
    const colour = Object.hasOwn(fixed, name)
      ? fixed[name]
      : (extras[next] ?? generatedColour(next));
    if (!Object.hasOwn(fixed, name)) next++;
    colours.set(name, colour);
  }
  return colours;
}

export function createPalette(kinds: readonly string[], relations: readonly string[]): Palette {
  return {
    kinds: assignColours(kinds, KIND_COLOURS, EXTRA_KIND_COLOURS),
    relations: assignColours(relations, RELATION_COLOURS, EXTRA_RELATION_COLOURS),
  };
}
