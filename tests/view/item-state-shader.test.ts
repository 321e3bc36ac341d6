import { describe, expect, it } from "vitest";
import {
  EDGE_DIMMING,
  NODE_DIMMING,
  nodeDimming,
  patchVertexShader,
} from "../../src/view/item-state-shader.ts";
import { DEFAULT_SETTINGS, fillColourVarying } from "../../src/view/settings.ts";

// The tail every sigma 3 vertex shader ends with (node-border ends its #ifdef without the bias).
const SHADER = `
attribute vec4 a_color;
varying vec4 v_color;
const float bias = 255.0 / 254.0;

float helper() { return 1.0; }

void main() {
  gl_Position = vec4(0.0, 0.0, 0.0, 1.0);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif

  v_color.a *= bias;
}
`;

describe("the item-state shader patch", () => {
  it("declares the state lookup before main and applies it as main's last statement", () => {
    const patched = patchVertexShader(SHADER, EDGE_DIMMING);
    const mainAt = patched.indexOf("void main");
    expect(patched.indexOf("uniform sampler2D u_itemStates;")).toBeLessThan(mainAt);
    expect(patched.indexOf("attribute float a_itemSlot;")).toBeLessThan(mainAt);
    expect(patched.indexOf("float helper()")).toBeLessThan(patched.indexOf("float kgItemState()"));
    const applied = patched.indexOf("float kgState = kgItemState();");
    expect(applied).toBeGreaterThan(patched.indexOf("v_color.a *= bias;"));
    expect(patched.trimEnd().endsWith("}")).toBe(true);
    expect(patched.slice(applied)).toContain(EDGE_DIMMING.glsl);
  });

  it("hides in both modes but dims only outside picking mode", () => {
    const patched = patchVertexShader(SHADER, NODE_DIMMING);
    const tail = patched.slice(patched.indexOf("float kgState"));
    expect(tail.indexOf("gl_Position = vec4(2.0, 2.0, 2.0, 1.0);")).toBeLessThan(
      tail.indexOf("#ifndef PICKING_MODE"),
    );
    expect(tail.indexOf(NODE_DIMMING.glsl)).toBeGreaterThan(tail.indexOf("#ifndef PICKING_MODE"));
  });

  it("refuses a shader it does not understand", () => {
    expect(() => patchVertexShader("precision mediump float;", EDGE_DIMMING)).toThrow(/main/);
  });
});

describe("the node dimming and the border order", () => {
  it("dims the varying of the fill border, wherever it sits", () => {
    expect(NODE_DIMMING.glsl).toContain(fillColourVarying(DEFAULT_SETTINGS.nodeBorders));
    const ring = DEFAULT_SETTINGS.nodeBorders.find((border) => !("fill" in border.size));
    const fill = DEFAULT_SETTINGS.nodeBorders.find((border) => "fill" in border.size);
    if (!ring || !fill) throw new Error("settings.ts: a ring and a fill border expected");
    expect(nodeDimming([ring, fill]).glsl).toMatch(/^v_borderColor_2\.rgb = mix\(v_borderColor_2/);
    expect(nodeDimming([fill, ring]).glsl).toMatch(/^v_borderColor_1\.rgb = mix\(v_borderColor_1/);
  });

  it("refuses borders without a fill", () => {
    const ring = DEFAULT_SETTINGS.nodeBorders.filter((border) => !("fill" in border.size));
    expect(() => nodeDimming(ring)).toThrow(/fill: true/);
  });
});
