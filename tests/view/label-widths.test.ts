import { describe, expect, it } from "vitest";
import { createLabelWidths, type TextMeasurer } from "../../src/view/label-widths.ts";

/** A measurer whose width depends on the font it is set to, counting its calls. */
function fakeMeasurer(): TextMeasurer & { calls: number } {
  return {
    font: "",
    calls: 0,
    measureText(text) {
      this.calls++;
      return { width: text.length * (this.font.startsWith("bold") ? 8 : 6) };
    },
  };
}

describe("label widths", () => {
  it("measures a text once per font, and in that font", () => {
    const widths = createLabelWidths();
    const measurer = fakeMeasurer();
    expect(widths.width("500 13px sans", "China", measurer)).toBe(30);
    expect(widths.width("500 13px sans", "China", measurer)).toBe(30);
    expect(measurer.calls).toBe(1);
    expect(widths.width("bold 13px sans", "China", measurer)).toBe(40);
    expect(measurer.font).toBe("bold 13px sans");
    expect(widths.width("500 13px sans", "UN", measurer)).toBe(12);
    expect(measurer.calls).toBe(3);
  });

  it("forgets a font's widths past its limit, and measures again", () => {
    const widths = createLabelWidths(2);
    const measurer = fakeMeasurer();
    for (const text of ["a", "bb", "ccc"]) widths.width("f", text, measurer);
    expect(measurer.calls).toBe(3);
    expect(widths.width("f", "ccc", measurer)).toBe(18);
    expect(measurer.calls).toBe(3);
    expect(widths.width("f", "a", measurer)).toBe(6);
    expect(measurer.calls).toBe(4);
  });
});
