// Colours as files write them become "#rrggbb"; what is not a colour is null, never a guess.
import { describe, expect, it } from "vitest";
import { colourAlong, mixColours, parseColour } from "../../src/appearance/colour-values.ts";
import {
  CATEGORY_COLOURS,
  categoryScale,
  OTHER_COLOUR,
  RAMP_COLOURS,
  rangeScale,
} from "../../src/appearance/scales.ts";

describe("parseColour", () => {
  it.each([
    ["rgb(245,91,91)", "#f55b5b"],
    ["rgb( 1 , 2 , 3 )", "#010203"],
    ["rgba(0,114,178,0.5)", "#0072b2"],
    ["rgb(0 114 178 / 50%)", "#0072b2"],
    ["rgb(100%, 0%, 50%)", "#ff0080"],
    ["#ABC", "#aabbcc"],
    ["#abcd", "#aabbcc"],
    ["#0072B2", "#0072b2"],
    ["#0072B2FF", "#0072b2"],
    ["  #0072b2 ", "#0072b2"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseColour(input)).toBe(expected);
  });

  it.each([
    ["a colour name", "red"],
    ["a channel over 255", "rgb(300,0,0)"],
    ["two channels", "rgb(1,2)"],
    ["five hex digits", "#12345"],
    ["text", "blue-ish"],
    ["empty text", ""],
    ["a number", 0xff0000],
    ["null", null],
    ["an object", { r: 1, g: 2, b: 3 }],
  ])("refuses %s", (_what, input) => {
    expect(parseColour(input)).toBeNull();
  });
});

describe("scales", () => {
  it("mixes and walks a ramp end to end", () => {
    expect(mixColours("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(colourAlong(RAMP_COLOURS, 0)).toBe(RAMP_COLOURS[0]);
    expect(colourAlong(RAMP_COLOURS, 1)).toBe(RAMP_COLOURS[RAMP_COLOURS.length - 1]);
    expect(colourAlong(RAMP_COLOURS, 7)).toBe(RAMP_COLOURS[RAMP_COLOURS.length - 1]);
    expect(colourAlong(RAMP_COLOURS, Number.NaN)).toBe(RAMP_COLOURS[0]);
  });

  it("a one-value range takes the middle of the ramp, not an end or NaN", () => {
    const scale = rangeScale(3, 3);
    expect(scale.colourOf(3)).toBe(colourAlong(RAMP_COLOURS, 0.5));
    expect(scale.colourOf(3)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("colours the most frequent categories and puts the long tail in one grey", () => {
    const counts = new Map<string, number>([
      ["rare", 1],
      ...Array.from({ length: 8 }, (_, index) => [`v${index}`, 10 + index] as [string, number]),
    ]);
    const scale = categoryScale(counts);
    expect(scale.entries.map((entry) => entry.value)).toEqual([
      "v7",
      "v6",
      "v5",
      "v4",
      "v3",
      "v2",
      "v1",
    ]);
    expect(scale.entries.map((entry) => entry.colour)).toEqual([...CATEGORY_COLOURS]);
    expect(scale.other).toEqual({ values: 2, count: 11 });
    expect(scale.colourOf("v0")).toBe(OTHER_COLOUR);
    expect(scale.colourOf("rare")).toBe(OTHER_COLOUR);
    expect(scale.colourOf("v7")).toBe(CATEGORY_COLOURS[0]);
  });

  it("orders ties naturally (2 before 10) and has no 'other' when all fit", () => {
    const scale = categoryScale(
      new Map([
        ["10", 1],
        ["2", 1],
        ["1", 1],
      ]),
    );
    expect(scale.entries.map((entry) => entry.value)).toEqual(["1", "2", "10"]);
    expect(scale.other).toBeNull();
  });
});
