// A standalone SVG of what is on screen, for papers and slides: vector, so it scales without
// blur. Pure: the UI projects nodes to screen coordinates with sigma and hands over the scene.
import { escapeXmlAttribute, escapeXmlText } from "./xml-text.ts";

export interface SvgNode {
  key: string;
  /** Screen coordinates, pixels from the top left. */
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  borderColor?: string;
  label?: string;
  labelVisible: boolean;
}

export interface SvgEdge {
  key: string;
  source: string;
  target: string;
  color: string;
  /** Stroke width in pixels. */
  size: number;
  label?: string;
  /** Bend of a curved edge (parallel edges), as a fraction of its length; 0 or absent: straight. */
  curvature?: number;
}

export interface SvgScene {
  width: number;
  height: number;
  background?: string;
  /** Read by screen readers and shown as the document title. */
  title?: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** Label font size in pixels (sigma's default: 14). */
  labelSize?: number;
  labelColor?: string;
  fontFamily?: string;
}

/** Arrow length in multiples of the edge's stroke width (markerUnits="strokeWidth"). */
const ARROW_LENGTH = 5;
const EDGE_LABEL_RATIO = 0.75;

/** Arrowhead markers, one per edge colour, named in the order colours first appear. */
class Markers {
  readonly byColour = new Map<string, string>();

  idFor(color: string): string {
    let id = this.byColour.get(color);
    if (id === undefined) {
      id = `arrow-${this.byColour.size}`;
      this.byColour.set(color, id);
    }
    return id;
  }
}

/** Each edge's path and, when it has one, its label at the middle. */
function edgeElements(
  scene: SvgScene,
  nodes: ReadonlyMap<string, SvgNode>,
  markers: Markers,
  halo: string,
) {
  const lines: string[] = [];
  const labels: string[] = [];
  for (const edge of scene.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    const geometry = edgeGeometry(source, target, edge.curvature ?? 0, edge.size * ARROW_LENGTH);
    if (!geometry) continue;
    lines.push(
      `    <path data-key="${attr(edge.key)}" d="${geometry.path}" fill="none" stroke="${attr(edge.color)}" stroke-width="${num(edge.size)}" marker-end="url(#${markers.idFor(edge.color)})"/>`,
    );
    if (edge.label) {
      labels.push(
        `    <text x="${num(geometry.middle.x)}" y="${num(geometry.middle.y)}" fill="${attr(edge.color)}" stroke="${attr(halo)}">${escapeXmlText(edge.label)}</text>`,
      );
    }
  }
  return { lines, labels };
}

/** Each node's circle (with its ring) and, when shown, its label to the right. */
function nodeElements(nodes: Iterable<SvgNode>, labelSize: number) {
  const circles: string[] = [];
  const labels: string[] = [];
  for (const node of nodes) {
    const border = node.borderColor
      ? ` stroke="${attr(node.borderColor)}" stroke-width="${num(Math.max(1, node.size * 0.15))}"`
      : "";
    circles.push(
      `    <circle data-key="${attr(node.key)}" cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" fill="${attr(node.color)}"${border}/>`,
    );
    if (node.labelVisible && node.label) {
      labels.push(
        `    <text x="${num(node.x + node.size + 3)}" y="${num(node.y + labelSize / 3)}">${escapeXmlText(node.label)}</text>`,
      );
    }
  }
  return { circles, labels };
}

function markerDefinitions(markers: Markers): string[] {
  if (markers.byColour.size === 0) return [];
  const definitions = [...markers.byColour].map(
    ([color, id]) =>
      `    <marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${ARROW_LENGTH}" markerHeight="${ARROW_LENGTH}" markerUnits="strokeWidth" orient="auto"><path d="M0,0L10,5L0,10z" fill="${attr(color)}"/></marker>`,
  );
  return ["  <defs>", ...definitions, "  </defs>"];
}

export function renderSvg(scene: SvgScene): string {
  const labelSize = scene.labelSize ?? 14;
  const labelColor = scene.labelColor ?? "#000";
  const font = scene.fontFamily ?? "Arial, Helvetica, sans-serif";
  const halo = scene.background ?? "#fff";
  const nodes = new Map(scene.nodes.filter(isDrawable).map((node) => [node.key, node]));
  const markers = new Markers();
  const edges = edgeElements(scene, nodes, markers, halo);
  const drawn = nodeElements(nodes.values(), labelSize);

  const width = num(scene.width);
  const height = num(scene.height);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  ];
  if (scene.title) parts.push(`  <title>${escapeXmlText(scene.title)}</title>`);
  parts.push(...markerDefinitions(markers));
  if (scene.background)
    parts.push(`  <rect width="100%" height="100%" fill="${attr(scene.background)}"/>`);
  parts.push('  <g class="edges">', ...edges.lines, "  </g>");
  if (edges.labels.length > 0) {
    parts.push(
      `  <g class="edge-labels" font-family="${attr(font)}" font-size="${num(labelSize * EDGE_LABEL_RATIO)}" text-anchor="middle" stroke-width="3" paint-order="stroke">`,
      ...edges.labels,
      "  </g>",
    );
  }
  parts.push('  <g class="nodes">', ...drawn.circles, "  </g>");
  if (drawn.labels.length > 0) {
    parts.push(
      `  <g class="node-labels" font-family="${attr(font)}" font-size="${num(labelSize)}" fill="${attr(labelColor)}">`,
      ...drawn.labels,
      "  </g>",
    );
  }
  parts.push("</svg>", "");
  return parts.join("\n");
}

interface Point {
  x: number;
  y: number;
}

/**
 * The path of an edge from the border of its source to the border of its target, where the
 * arrow's tip lands; null when the two circles overlap and there is no line to see.
 */
function edgeGeometry(
  source: SvgNode,
  target: SvgNode,
  curvature: number,
  arrowLength: number,
): { path: string; middle: Point } | null {
  if (source.key === target.key) return selfLoop(source);
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length <= source.size + target.size + arrowLength / 2) return null;
  if (curvature === 0) {
    const start = towards(source, target, source.size);
    const end = towards(target, source, target.size);
    return {
      path: `M${num(start.x)},${num(start.y)}L${num(end.x)},${num(end.y)}`,
      middle: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
    };
  }
  // A quadratic curve bent to the left of the direction of travel, as sigma's curved edges are.
  const control = {
    x: (source.x + target.x) / 2 + (dy / length) * curvature * length,
    y: (source.y + target.y) / 2 - (dx / length) * curvature * length,
  };
  const start = towards(source, control, source.size);
  const end = towards(target, control, target.size);
  return {
    path: `M${num(start.x)},${num(start.y)}Q${num(control.x)},${num(control.y)} ${num(end.x)},${num(end.y)}`,
    middle: {
      x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
      y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
    },
  };
}

function selfLoop(node: SvgNode): { path: string; middle: Point } {
  const reach = node.size * 2 + 12;
  const start = { x: node.x + node.size * Math.SQRT1_2, y: node.y - node.size * Math.SQRT1_2 };
  const end = { x: node.x + node.size * Math.SQRT1_2, y: node.y + node.size * Math.SQRT1_2 };
  return {
    path: `M${num(start.x)},${num(start.y)}C${num(node.x + reach)},${num(node.y - reach)} ${num(node.x + reach)},${num(node.y + reach)} ${num(end.x)},${num(end.y)}`,
    middle: { x: node.x + reach * 0.75, y: node.y },
  };
}

/** The point `distance` away from `from`, on the way to `to`. */
function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

function isDrawable(node: SvgNode): boolean {
  return (
    Number.isFinite(node.x) &&
    Number.isFinite(node.y) &&
    Number.isFinite(node.size) &&
    node.size >= 0
  );
}

/** Two decimals are finer than a pixel and keep large exports small. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function attr(text: string): string {
  return escapeXmlAttribute(text);
}
