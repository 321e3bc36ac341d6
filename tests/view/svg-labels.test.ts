import { describe, expect, it } from "vitest";
import type { SvgNode } from "../../src/formats/svg.ts";
import { spaceSvgLabels } from "../../src/view/svg-labels.ts";

const node = (key: string, x: number, y: number, size = 5): SvgNode => ({
  key,
  x,
  y,
  size,
  color: "#000000",
  label: `Label of ${key}`,
  labelVisible: true,
});
const spacing = (forced: string[] = []) => ({
  labelSize: 13,
  measure: (text: string) => text.length * 7,
  forced: new Set(forced),
});

describe("spaceSvgLabels", () => {
  it("leaves out a label that would print over another, keeping the bigger node's", () => {
    const nodes = [node("small", 0, 4, 5), node("big", 0, 0, 12), node("far", 0, 200)];
    expect(spaceSvgLabels(nodes, spacing())).toBe(1);
    expect(nodes.map((each) => each.labelVisible)).toEqual([false, true, true]);
  });

  it("always prints the focus's label, leaving out what it covers", () => {
    const nodes = [node("hub", 0, 0, 16), node("focus", 10, 2, 5)];
    spaceSvgLabels(nodes, spacing(["focus"]));
    expect(nodes.map((each) => each.labelVisible)).toEqual([false, true]);
  });

  it("ignores labels that were not to be shown", () => {
    const hidden = { ...node("hidden", 0, 0, 20), labelVisible: false };
    const nodes = [hidden, node("shown", 0, 2)];
    expect(spaceSvgLabels(nodes, spacing())).toBe(0);
    expect(nodes[1].labelVisible).toBe(true);
  });
});
