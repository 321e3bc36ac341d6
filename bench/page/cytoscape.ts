// Baseline (b): Cytoscape.js loads the same graph in the same browser and highlights a hovered
// node's neighbourhood the way its demos do (a class on everything else, a stylesheet that dims).
import "./frame-timing.ts";
import cytoscape from "cytoscape";
import {
  frameDrawn,
  instrumentRenderer,
  labelNextInput,
  lastBreakdown,
  markInput,
  measureJs,
  settle,
} from "./frame-timing.ts";
import { type BenchPageApi, graphFacts } from "./page-api.ts";
import { startPositions } from "./start-positions.ts";

interface GraphFile {
  nodes: { key: string; attributes: { label: string; nodeKind: string } }[];
  edges: { key: string; source: string; target: string; attributes: { relation: string } }[];
}

// Cytoscape's whole canvas render counts as drawing, except its z-ordering of the elements,
// which is data work like sigma's `process`. Everything else it does counts as JS.
const CanvasRenderer = cytoscape("renderer", "canvas") as unknown as { prototype: object };
instrumentRenderer(CanvasRenderer.prototype, {
  draw: ["render"],
  dataWorkInsideDraw: ["getCachedZSortedEles"],
  frame: "render",
});

const KIND_COLOURS: Record<string, string> = {
  actor: "#4e79a7",
  document: "#f28e2b",
  principle: "#59a14f",
  threat: "#e15759",
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      width: 6,
      height: 6,
      "background-color": "#999",
      label: "data(label)",
      "font-size": 10,
      "min-zoomed-font-size": 8,
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node[nodeKind = "${kind}"]`,
    style: { "background-color": colour },
  })),
  { selector: "edge", style: { width: 1, "line-color": "#ccc", "curve-style": "haystack" } },
  { selector: ".dimmed", style: { opacity: 0.15 } },
];

const container = document.getElementById("graph") as HTMLElement;
let text = "";
let cy: cytoscape.Core | null = null;

function elements(data: GraphFile): cytoscape.ElementDefinition[] {
  const positions = startPositions(data.nodes.map((node) => node.key));
  const result: cytoscape.ElementDefinition[] = [];
  for (const node of data.nodes) {
    result.push({
      group: "nodes",
      data: { id: node.key, label: node.attributes.label, nodeKind: node.attributes.nodeKind },
      position: positions.get(node.key),
    });
  }
  for (const edge of data.edges) {
    result.push({
      group: "edges",
      data: {
        id: edge.key,
        source: edge.source,
        target: edge.target,
        relation: edge.attributes.relation,
      },
    });
  }
  return result;
}

function view(): cytoscape.Core {
  if (cy === null) throw new Error("cytoscape page: call firstFrame() before hovering.");
  return cy;
}

const api: BenchPageApi = {
  async fetchGraph(url) {
    text = await (await fetch(url)).text();
    return graphFacts(JSON.parse(text));
  },
  labelNextInput,
  frameDrawn,
  async firstFrame() {
    markInput();
    const data = JSON.parse(text) as GraphFile;
    const ms = await measureJs(() => {
      cy = cytoscape({
        container,
        elements: elements(data),
        style: STYLE,
        layout: { name: "preset", fit: true },
        pixelRatio: 1,
      });
    });
    await settle();
    return ms;
  },
  async teardown() {
    cy?.destroy();
    cy = null;
    await settle();
  },
  async hover(key) {
    const core = view();
    const ms = await measureJs(() => {
      core.batch(() => {
        const lit = core.getElementById(key).closedNeighborhood();
        core.elements().not(lit).addClass("dimmed");
      });
    });
    await settle();
    return ms;
  },
  async unhover() {
    const core = view();
    const ms = await measureJs(() => {
      core.batch(() => {
        core.elements(".dimmed").removeClass("dimmed");
      });
    });
    await settle();
    return ms;
  },
};
window.__bench = api;
Object.assign(window, { __breakdown: lastBreakdown });
