// The GLSL that lets a sigma vertex shader read its item's state byte (see item-states.ts):
// hidden items leave the clip space, so they are neither drawn nor picked; dimmed ones fade.
// Kept apart from the program classes so that it can be tested without WebGL.
import { EDGE_DIM, NODE_DIM_AMOUNT } from "./palette.ts";
import { DEFAULT_SETTINGS, fillColourVarying } from "./settings.ts";

/** How a program's colour varyings change when its item is dimmed (GLSL statements). */
export interface DimmingLook {
  /** GLSL run in normal (not picking) mode when the item is dimmed. */
  glsl: string;
  /** Which items the program draws: it reads (and uploads) only their states. */
  part: "nodes" | "edges";
}

/**
 * Node fill towards the background, as dimmedColour() does (see palette.ts). The fill's varying
 * follows the border order in settings.ts, so reordering the borders cannot dim the ring instead.
 */
export function nodeDimming(borders = DEFAULT_SETTINGS.nodeBorders): DimmingLook {
  const fill = fillColourVarying(borders);
  return {
    glsl: `${fill}.rgb = mix(${fill}.rgb, vec3(1.0), ${glslFloat(NODE_DIM_AMOUNT)});`,
    part: "nodes",
  };
}
export const NODE_DIMMING: DimmingLook = nodeDimming();
/** A translucent grey (premultiplied): spotlight edges show through (see palette.ts). */
export const EDGE_DIMMING: DimmingLook = {
  glsl: `v_color = vec4(vec3(${glslFloat(EDGE_DIM.grey)}) * ${glslFloat(EDGE_DIM.alpha)}, ${glslFloat(EDGE_DIM.alpha)});`,
  part: "edges",
};

/** GLSL wants a float literal to carry its point ("1.0", not "1"). */
function glslFloat(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

const DECLARATIONS = `
uniform sampler2D u_itemStates;
uniform vec2 u_itemStatesSize;
attribute float a_itemSlot;

float kgItemState() {
  float column = mod(a_itemSlot, u_itemStatesSize.x);
  float row = floor(a_itemSlot / u_itemStatesSize.x);
  vec2 uv = (vec2(column, row) + 0.5) / u_itemStatesSize;
  return floor(texture2D(u_itemStates, uv).r * 255.0 + 0.5);
}
`;

function applyState(look: DimmingLook): string {
  return `
  float kgState = kgItemState();
  if (kgState > 1.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
  }
  #ifndef PICKING_MODE
  else if (kgState > 0.5) {
    ${look.glsl}
  }
  #endif
`;
}

/** Adds the state lookup to a sigma vertex shader (they all end main() with their last brace). */
export function patchVertexShader(source: string, look: DimmingLook): string {
  const mainAt = source.indexOf("void main");
  const endAt = source.lastIndexOf("}");
  if (mainAt < 0 || endAt < mainAt) {
    throw new Error("item-state-programs: a vertex shader without main(); update the patch.");
  }
  return (
    source.slice(0, mainAt) +
    DECLARATIONS +
    source.slice(mainAt, endAt) +
    applyState(look) +
    source.slice(endAt)
  );
}
