// Colours as files write them ("rgb(245,91,91)", "#f55", "#F55B5BFF", "rgba(…)") become one form,
// "#rrggbb", which the renderer, the dimming and the exports all read; anything else is no colour.

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([^)]*)\)$/i;

/** "#rrggbb" for a CSS hex or rgb()/rgba() colour; null for anything else (names included). */
export function parseColour(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) return fromHexDigits(hex[1]);
  const rgb = RGB.exec(text);
  return rgb ? fromRgbArguments(rgb[1]) : null;
}

function fromHexDigits(digits: string): string {
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join("") : digits;
  return `#${full.slice(0, 6).toLowerCase()}`;
}

function fromRgbArguments(text: string): string | null {
  // rgb(1, 2, 3), rgb(1 2 3 / 50%), rgba(1,2,3,0.5), rgb(10%, 20%, 30%)
  const parts = text.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const channels: number[] = [];
  for (const part of parts.slice(0, 3)) {
    const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(part);
    if (!match) return null;
    const number = match[2] ? (Number(match[1]) * 255) / 100 : Number(match[1]);
    if (number > 255) return null;
    channels.push(Math.round(number));
  }
  return toHex(channels[0], channels[1], channels[2]);
}

export function toHex(red: number, green: number, blue: number): string {
  const value = (red << 16) | (green << 8) | blue;
  return `#${value.toString(16).padStart(6, "0")}`;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The colour `share` (0–1) of the way from `from` to `to`, both "#rrggbb". */
export function mixColours(from: string, to: string, share: number): string {
  const a = channels(from);
  const b = channels(to);
  const at = (index: number) => Math.round(a[index] + (b[index] - a[index]) * share);
  return toHex(at(0), at(1), at(2));
}

/** A colour along evenly spaced stops, `position` from 0 (first stop) to 1 (last). */
export function colourAlong(stops: readonly string[], position: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 0));
  const scaled = clamped * (stops.length - 1);
  const index = Math.min(stops.length - 2, Math.floor(scaled));
  return mixColours(stops[index], stops[index + 1], scaled - index);
}
