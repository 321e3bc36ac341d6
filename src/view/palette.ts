// How the drawing looks apart from the colours by name (state/palette.ts): state rings apart from
// every fill, the background, and how far what is outside a spotlight is washed out.

/** Ring colours: dark enough to show on every fill and unlike any of them. */
export const RING_COLOURS = {
  focus: "#111111",
  selected: "#1F4E9A",
  searchMatch: "#E6007E",
} as const;

export const BACKGROUND_COLOUR = "#FFFFFF";
/** How far a dimmed node's fill is washed towards the (white) background. */
export const NODE_DIM_AMOUNT = 0.78;
/** A dimmed edge: this grey at this opacity, so the spotlight's edges show through. */
export const EDGE_DIM = { grey: 0.78, alpha: 0.45 } as const;
/** The dimmed edge as it reads on the background, for drawings without opacity (SVG). */
export const DIMMED_EDGE_COLOUR = greyHex(EDGE_DIM.grey * EDGE_DIM.alpha + (1 - EDGE_DIM.alpha));

function greyHex(level: number): string {
  const channel = Math.round(level * 255)
    .toString(16)
    .padStart(2, "0");
  return `#${channel}${channel}${channel}`;
}

/** A colour washed towards the background, for what is outside the spotlight. */
export function dimmedColour(colour: string, amount = NODE_DIM_AMOUNT): string {
  const match = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!match) return "#DDDDDD";
  const value = Number.parseInt(match[1], 16);
  const channel = (shift: number) => {
    const component = (value >> shift) & 0xff;
    return Math.round(component + (255 - component) * amount);
  };
  const hex = (channel(16) << 16) | (channel(8) << 8) | channel(0);
  return `#${hex.toString(16).padStart(6, "0")}`;
}
