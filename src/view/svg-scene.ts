// The SVG export draws what sigma draws, in the same place: this reads sigma's display data and
// projects it to viewport pixels (same orientation, sizes, colours, rings, visible labels) as
// the scene src/formats/svg.ts renders. Only the exported part of the graph is in the scene.
import type { EdgeDisplayData } from "sigma/types";
import type { SvgEdge, SvgNode, SvgScene } from "../formats/svg.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { ITEM_DIMMED, ITEM_HIDDEN } from "../state/item-states.ts";
import { type ExportCamera, exportCameraState } from "./export-camera.ts";
import { BACKGROUND_COLOUR, DIMMED_EDGE_COLOUR, dimmedColour } from "./palette.ts";
import type { RendererHandle } from "./renderer.ts";
import { spaceSvgLabels } from "./svg-labels.ts";

export interface SvgSceneOptions {
  camera: ExportCamera;
  title?: string;
  /** The focused node, whose label prints whatever it covers (as on screen). */
  focus?: string | null;
}

/** Extra attributes our reducers put on display data (see reducers.ts). */
interface DrawnExtras {
  ringColor?: string;
  ringSize?: number;
  curvature?: number;
}

/**
 * An edge's display data as sigma's `addEdge` would make it (the attributes through the edge
 * reducer, then sigma's defaults), for an edge sigma has not read yet.
 */
function edgeDataAsSigmaReadsIt(sigma: RendererHandle["sigma"], key: string): EdgeDisplayData {
  const reducer = sigma.getSetting("edgeReducer");
  const copy = { ...sigma.getGraph().getEdgeAttributes(key) };
  const data = (reducer ? reducer(key, copy) : copy) as Partial<EdgeDisplayData>;
  return {
    ...data,
    color: data.color || sigma.getSetting("defaultEdgeColor"),
    label: data.label || "",
    size: data.size || 0.5,
    forceLabel: data.forceLabel ?? false,
  } as EdgeDisplayData;
}

export function buildSvgScene(
  renderer: Pick<RendererHandle, "sigma" | "nodeState" | "edgeState">,
  exported: KnowledgeGraph,
  options: SvgSceneOptions,
): SvgScene {
  const { sigma } = renderer;
  const { width, height } = sigma.getDimensions();
  const cameraState = exportCameraState(sigma, exported.nodes(), options.camera);
  const override = { cameraState };
  // With the current camera, the labels sigma chose to draw; framed anew, the forced ones.
  const isCurrent = options.camera === "current";
  const shownNodeLabels = isCurrent ? sigma.getNodeDisplayedLabels() : new Set<string>();
  const shownEdgeLabels = isCurrent ? sigma.getEdgeDisplayedLabels() : new Set<string>();

  const nodes: SvgNode[] = [];
  exported.forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    const state = renderer.nodeState(key);
    if (!data || state === ITEM_HIDDEN) return;
    const isDimmed = state === ITEM_DIMMED;
    const extras = data as typeof data & DrawnExtras;
    const point = sigma.framedGraphToViewport(data, override);
    const node: SvgNode = {
      key,
      x: point.x,
      y: point.y,
      size: sigma.scaleSize(data.size, cameraState.ratio),
      // Dimming is drawn by the programs (item-state-programs.ts); the SVG draws it as colour.
      color: isDimmed ? dimmedColour(data.color) : data.color,
      labelVisible:
        !isDimmed && Boolean(data.label) && (data.forceLabel || shownNodeLabels.has(key)),
    };
    if (data.label) node.label = data.label;
    if (extras.ringColor && (extras.ringSize ?? 0) > 0) node.borderColor = extras.ringColor;
    nodes.push(node);
  });

  const edges: SvgEdge[] = [];
  exported.forEachEdge((key, _attributes, source, target) => {
    // While a big graph's edges stream in (edge-stream.ts), sigma has not read them all yet.
    const data = sigma.getEdgeDisplayData(key) ?? edgeDataAsSigmaReadsIt(sigma, key);
    const state = renderer.edgeState(key);
    if (!data || state === ITEM_HIDDEN) return;
    const extras = data as typeof data & DrawnExtras;
    const edge: SvgEdge = {
      key,
      source,
      target,
      color: state === ITEM_DIMMED ? DIMMED_EDGE_COLOUR : data.color,
      size: sigma.scaleSize(data.size, cameraState.ratio),
    };
    if (data.label && (data.forceLabel || shownEdgeLabels.has(key))) edge.label = data.label;
    if (extras.curvature) edge.curvature = extras.curvature;
    edges.push(edge);
  });

  const labelColour = sigma.getSetting("labelColor");
  const scene: SvgScene = {
    width,
    height,
    background: BACKGROUND_COLOUR,
    nodes,
    edges,
    labelSize: sigma.getSetting("labelSize"),
    labelColor: labelColour.color ?? "#000",
    fontFamily: sigma.getSetting("labelFont"),
  };
  if (options.title) scene.title = options.title;
  // The screen's rule: a label that would cover one already printed is left out.
  const context = document.createElement("canvas").getContext("2d");
  const weight = sigma.getSetting("labelWeight");
  if (context) context.font = `${weight} ${scene.labelSize}px ${scene.fontFamily}`;
  spaceSvgLabels(nodes, {
    labelSize: scene.labelSize ?? 14,
    measure: (text) => (context ? context.measureText(text).width : text.length * 7),
    forced: new Set(options.focus ? [options.focus] : []),
  });
  return scene;
}
