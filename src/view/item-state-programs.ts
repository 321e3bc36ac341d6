// Sigma's programs, taught to read one byte per item from a texture: normal, dimmed or hidden.
// Dimming or hiding thousands of items then costs one texture upload instead of re-running the
// reducers and re-filling the vertex buffers for each of them (seconds on a 100k-node graph).
// Each program writes the item's sigma index (its picking number) as an extra attribute; the
// vertex shader looks the state up, moves hidden items out of the clip space (so they are neither
// drawn nor picked) and fades dimmed ones. See src/state/item-states.ts for the bytes.

import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { NodeProgramType } from "sigma/rendering";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  type EdgeProgramType,
  EdgeRectangleProgram,
} from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { type ItemStates, partRows } from "../state/item-states.ts";
import { pickingOnDemand } from "./edge-picking-on-demand.ts";
import {
  type DimmingLook,
  EDGE_DIMMING,
  NODE_DIMMING,
  patchVertexShader,
} from "./item-state-shader.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";
import { uploadingOnChange } from "./upload-on-change.ts";

/** A texture unit no sigma program uses (its image program takes unit 0). */
const STATE_TEXTURE_UNIT = 7;
const FLOAT = 5126;

interface ProgramDefinitionLike {
  VERTEX_SHADER_SOURCE: string;
  UNIFORMS: string[];
  ATTRIBUTES: { name: string; size: number; type: number }[];
  VERTICES: number;
}
interface ProgramInfoLike {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
  uniformLocations: Record<string, WebGLUniformLocation>;
}
interface ProgramLike {
  array: Float32Array;
  STRIDE: number;
  ATTRIBUTES_ITEMS_COUNT: number;
  VERTICES: number;
  isInstanced: boolean;
  getDefinition(): ProgramDefinitionLike;
  setUniforms(params: unknown, info: ProgramInfoLike): void;
  process(index: number, offset: number, ...data: unknown[]): void;
}
type ProgramClassLike = new (...args: never[]) => ProgramLike;

interface UploadedTexture {
  texture: WebGLTexture;
  width: number;
  height: number;
  /** The states last uploaded (a new dataset brings new ones, whose versions start again). */
  source: ItemStates | null;
  /** The states' version each part's rows were last uploaded at. */
  versions: Record<DimmingLook["part"], number>;
}
/** One texture per WebGL context (sigma draws nodes, edges and hovered nodes on separate ones). */
const texturesByContext = new WeakMap<object, UploadedTexture>();

function createStateTexture(gl: WebGLRenderingContext | WebGL2RenderingContext): UploadedTexture {
  const texture = gl.createTexture();
  if (!texture) throw new Error("item-state-programs: WebGL could not create a texture.");
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return { texture, width: 0, height: 0, source: null, versions: { nodes: -1, edges: -1 } };
}

/**
 * Binds the context's state texture, first uploading the rows of `part` when they are older than
 * the states. A context draws nodes or edges, never both, so it uploads only that part's rows: at
 * 100k nodes / 500k edges a node context sends 49 rows instead of 293.
 */
function bindStates(
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  states: ItemStates,
  part: DimmingLook["part"],
) {
  let uploaded = texturesByContext.get(gl);
  gl.activeTexture(gl.TEXTURE0 + STATE_TEXTURE_UNIT);
  if (!uploaded) {
    uploaded = createStateTexture(gl);
    texturesByContext.set(gl, uploaded);
  } else {
    gl.bindTexture(gl.TEXTURE_2D, uploaded.texture);
  }
  if (uploaded.source === states && uploaded.versions[part] === states.version) return uploaded;
  const { width, height, bytes } = states;
  // LUMINANCE reads back in .r under WebGL 1 and 2 alike.
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  if (uploaded.source !== states || uploaded.width !== width || uploaded.height !== height) {
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      gl.LUMINANCE,
      width,
      height,
      0,
      gl.LUMINANCE,
      gl.UNSIGNED_BYTE,
      bytes,
    );
    Object.assign(uploaded, { width, height, source: states });
    uploaded.versions = { nodes: states.version, edges: states.version };
  } else {
    const [from, to] = partRows(states, part);
    const rows = bytes.subarray(from * width, to * width);
    gl.texSubImage2D(
      gl.TEXTURE_2D,
      0,
      0,
      from,
      width,
      to - from,
      gl.LUMINANCE,
      gl.UNSIGNED_BYTE,
      rows,
    );
    uploaded.versions[part] = states.version;
  }
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  return uploaded;
}

/** A subclass of a sigma program class that reads the item states. */
export function withItemStates<T>(Base: T, look: DimmingLook, states: () => ItemStates): T {
  const BaseClass = Base as unknown as ProgramClassLike;
  class ItemStateProgram extends BaseClass {
    override getDefinition(): ProgramDefinitionLike {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: patchVertexShader(definition.VERTEX_SHADER_SOURCE, look),
        UNIFORMS: [...definition.UNIFORMS, "u_itemStates", "u_itemStatesSize"],
        ATTRIBUTES: [...definition.ATTRIBUTES, { name: "a_itemSlot", size: 1, type: FLOAT }],
      };
    }

    override process(index: number, offset: number, ...data: unknown[]): void {
      super.process(index, offset, ...data);
      // The slot is the last float of the item (of each of its vertices when not instanced).
      const itemsPerVertex = this.ATTRIBUTES_ITEMS_COUNT;
      const start = offset * this.STRIDE;
      const vertices = this.isInstanced ? 1 : this.VERTICES;
      for (let vertex = 1; vertex <= vertices; vertex++) {
        this.array[start + vertex * itemsPerVertex - 1] = index;
      }
    }

    override setUniforms(params: unknown, info: ProgramInfoLike): void {
      super.setUniforms(params, info);
      const current = states();
      const uploaded = bindStates(info.gl, current, look.part);
      info.gl.uniform1i(info.uniformLocations.u_itemStates, STATE_TEXTURE_UNIT);
      info.gl.uniform2f(info.uniformLocations.u_itemStatesSize, uploaded.width, uploaded.height);
    }
  }
  return ItemStateProgram as unknown as T;
}

export interface ItemStatePrograms {
  node: NodeProgramType<NodeAttributes, EdgeAttributes>;
  straightEdge: EdgeProgramType<NodeAttributes, EdgeAttributes>;
  curvedEdge: EdgeProgramType<NodeAttributes, EdgeAttributes>;
  /** Undirected edges (a file said so): the same, without an arrowhead. */
  straightLine: EdgeProgramType<NodeAttributes, EdgeAttributes>;
  curvedLine: EdgeProgramType<NodeAttributes, EdgeAttributes>;
}

/**
 * Our node program (fill by kind, ring by state) and arrow edges, all reading item states and
 * uploading their vertex arrays only after they changed (upload-on-change.ts); edges draw their
 * picking pass only when an edge is looked up (edge-picking-on-demand.ts).
 */
export function createItemStatePrograms(states: () => ItemStates): ItemStatePrograms {
  const reading = <T>(Base: T, look: DimmingLook) =>
    uploadingOnChange(withItemStates(Base, look, states));
  const edges = <T>(Base: T) => pickingOnDemand(reading(Base, EDGE_DIMMING));
  const node = createNodeBorderProgram({
    // The order NODE_DIMMING was built for (see settings.ts).
    borders: [...DEFAULT_SETTINGS.nodeBorders],
  });
  const straightEdge = createEdgeCompoundProgram([
    edges(createEdgeClampedProgram()),
    edges(createEdgeArrowHeadProgram()),
  ]);
  // The ready-made programs are typed for plain attributes; ours are a subtype.
  type Edges = EdgeProgramType<NodeAttributes, EdgeAttributes>;
  return {
    node: reading(node, NODE_DIMMING) as unknown as NodeProgramType<NodeAttributes, EdgeAttributes>,
    straightEdge: straightEdge as unknown as Edges,
    curvedEdge: edges(EdgeCurvedArrowProgram) as unknown as Edges,
    straightLine: edges(EdgeRectangleProgram) as unknown as Edges,
    curvedLine: edges(EdgeCurveProgram) as unknown as Edges,
  };
}
