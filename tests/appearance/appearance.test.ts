// The appearance mappings on a real Gephi file and on graphs built to break them: missing,
// invalid and mixed-type values, one-value ranges, files with partial colours and sizes.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { guessKindSource } from "../../src/appearance/attribute-survey.ts";
import { drawAppearance, surveyGraph } from "../../src/appearance/index.ts";
import { kindsFrom, NO_KIND, originalKinds } from "../../src/appearance/kinds-from.ts";
import { MISSING_COLOUR } from "../../src/appearance/node-colours.ts";
import {
  MAX_FILE_NODE_SIZE,
  MAX_NODE_SIZE,
  MIN_FILE_NODE_SIZE,
  MIN_NODE_SIZE,
} from "../../src/appearance/node-sizes.ts";
import { CATEGORY_COLOURS, OTHER_COLOUR, RAMP_COLOURS } from "../../src/appearance/scales.ts";
import { parseGraphFile } from "../../src/formats/index.ts";
import { buildGraph } from "../../src/model/load.ts";
import type {
  CuratedFile,
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from "../../src/model/types.ts";
import { fixturePath } from "../fixture-path.ts";

const KIND = "#123456";
const BUILT_IN = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

function builtIn(): KnowledgeGraph {
  return buildGraph(JSON.parse(readFileSync(BUILT_IN, "utf8")) as CuratedFile);
}
const kindColour = () => KIND;

function openFixture(name: string): KnowledgeGraph {
  const result = parseGraphFile([{ name, text: readFileSync(fixturePath(name), "utf8") }]);
  if (!result.ok) throw new Error(result.error.message);
  return result.graph;
}

function graphOf(
  nodes: Record<string, Record<string, unknown>>,
  edges: [string, string, Partial<EdgeAttributes>?][] = [],
): KnowledgeGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  for (const [key, attributes] of Object.entries(nodes))
    graph.addNode(key, { label: key, nodeKind: "node", ...attributes });
  edges.forEach(([source, target, attributes], index) => {
    graph.addDirectedEdgeWithKey(`e${index}`, source, target, {
      relation: "linked",
      evidence: [],
      ...attributes,
    });
  });
  return graph;
}

describe("Les Misérables as Gephi drew it", () => {
  const graph = openFixture("les-miserables.gexf");
  const drawn = drawAppearance(graph, {}, kindColour);

  it("defaults to the file's colours, sizes and Gephi's source-coloured edges", () => {
    expect(drawn.resolved).toEqual({
      nodeColour: { by: "file" },
      nodeSize: { by: "file" },
      edgeColour: "source",
      kindFrom: "modularity_class",
    });
    expect(drawn.nodeColours?.get("11")).toBe("#f55b5b"); // Valjean, rgb(245,91,91)
    expect(drawn.nodeColours?.get("48")).toBe("#5bf55b"); // Gavroche
    expect(drawn.colourLegend).toEqual({ by: "file", coloured: 77, missing: 0 });
    // Valjean -> Labarre: the source's colour.
    expect(drawn.edgeColours?.get("geid_138_13")).toBe("#f55b5b");
  });

  it("keeps the file's size ratios within the pixel range", () => {
    const valjean = drawn.nodeSizes.get("11") ?? 0; // size 100
    const gavroche = drawn.nodeSizes.get("48") ?? 0; // size 61.600006
    const marius = drawn.nodeSizes.get("55") ?? 0; // size 53.37143
    expect(valjean).toBeCloseTo(MAX_FILE_NODE_SIZE, 5);
    expect(valjean / gavroche).toBeCloseTo(100 / 61.600006, 5);
    expect(valjean / marius).toBeCloseTo(100 / 53.37143, 5);
    const all = [...drawn.nodeSizes.values()];
    expect(Math.min(...all)).toBe(MIN_FILE_NODE_SIZE);
    expect(Math.max(...all)).toBeCloseTo(MAX_FILE_NODE_SIZE, 5);
    expect(drawn.sizeLegend).toMatchObject({ by: "file", min: 4, max: 100, missing: 0 });
  });

  it("colours by the community as categories, the palette's worth and 'other'", () => {
    const byClass = drawAppearance(graph, { nodeColour: "attr:modularity_class" }, kindColour);
    expect(byClass.resolved.nodeColour).toEqual({
      by: "attribute",
      attribute: "modularity_class",
      scale: "categories",
    });
    const legend = byClass.colourLegend;
    if (legend.by !== "categories") throw new Error("expected categories");
    expect(legend.entries).toHaveLength(CATEGORY_COLOURS.length);
    expect(legend.other?.colour).toBe(OTHER_COLOUR);
    const counted =
      legend.entries.reduce((sum, entry) => sum + entry.count, 0) + (legend.other?.count ?? 0);
    expect(counted).toBe(77);
    // The biggest community gets the first colour.
    const biggest = legend.entries[0];
    const member = graph.findNode(
      (_key, attributes) => String(attributes.modularity_class) === biggest.value,
    );
    expect(byClass.nodeColours?.get(String(member))).toBe(CATEGORY_COLOURS[0]);
  });

  it("colours by the community as a range when asked, with the legend's range", () => {
    const ranged = drawAppearance(
      graph,
      { nodeColour: "attr:modularity_class", colourScale: "range" },
      kindColour,
    );
    const legend = ranged.colourLegend;
    expect(legend).toMatchObject({
      by: "range",
      attribute: "modularity_class",
      min: 0,
      max: 8,
      missing: 0,
    });
    const lowest = graph.findNode((_key, attributes) => attributes.modularity_class === 0);
    expect(ranged.nodeColours?.get(String(lowest))).toBe(RAMP_COLOURS[0]);
  });

  it("sizes by degree on request, hubs largest", () => {
    const byDegree = drawAppearance(graph, { nodeSize: "degree" }, kindColour);
    expect(byDegree.nodeSizes.get("11")).toBe(MAX_NODE_SIZE); // Valjean has the most links
    expect(Math.min(...byDegree.nodeSizes.values())).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
  });

  it("colours edges by relation (null: the palette's job) or by kind fill when nodes are by kind", () => {
    expect(drawAppearance(graph, { edgeColour: "relation" }, kindColour).edgeColours).toBeNull();
    const byKind = drawAppearance(graph, { nodeColour: "kind", edgeColour: "source" }, kindColour);
    expect(byKind.nodeColours).toBeNull();
    expect(byKind.edgeColours?.get("geid_138_13")).toBe(KIND);
  });
});

describe("defaults for graphs without styles", () => {
  it("our own graph: kinds, degree, relations, kinds from nodeKind", () => {
    const graph = builtIn();
    const drawn = drawAppearance(graph, {}, kindColour);
    expect(drawn.resolved).toEqual({
      nodeColour: { by: "kind" },
      nodeSize: { by: "degree" },
      edgeColour: "relation",
      kindFrom: "nodeKind",
    });
    expect(drawn.nodeColours).toBeNull();
    expect(drawn.edgeColours).toBeNull();
  });

  it("the power grid: every size 10 keeps them equal, on the floor", () => {
    const graph = openFixture("power-grid.gexf");
    const drawn = drawAppearance(graph, {}, kindColour);
    expect(drawn.resolved.nodeSize).toEqual({ by: "file" });
    expect(new Set(drawn.nodeSizes.values())).toEqual(new Set([MIN_FILE_NODE_SIZE]));
    expect(drawn.resolved.nodeColour).toEqual({ by: "kind" });
  }, 30_000);

  it("airlines: a numeric attribute it has (x) can size and colour the nodes", () => {
    const graph = openFixture("airlines.graphml");
    const survey = surveyGraph(graph);
    expect(survey.attributes.find((info) => info.name === "tooltip")).toMatchObject({
      numeric: false,
      count: 235,
    });
    // x and y are positions, never offered.
    expect(survey.attributes.some((info) => info.name === "x")).toBe(false);
  });
});

describe("edge cases", () => {
  it("a choice the graph cannot honour falls back to its default", () => {
    const graph = graphOf({ a: {}, b: {} }, [["a", "b"]]);
    const drawn = drawAppearance(
      graph,
      {
        nodeColour: "file",
        nodeSize: "file",
        edgeColour: "file",
        colourScale: "range",
        kindFrom: "nope",
      },
      kindColour,
    );
    expect(drawn.resolved).toEqual({
      nodeColour: { by: "kind" },
      nodeSize: { by: "degree" },
      edgeColour: "relation",
      kindFrom: "nodeKind",
    });
    const unknown = drawAppearance(
      graph,
      { nodeColour: "attr:missing", nodeSize: "attr:missing" },
      kindColour,
    );
    expect(unknown.resolved.nodeColour).toEqual({ by: "kind" });
    expect(unknown.resolved.nodeSize).toEqual({ by: "degree" });
  });

  it("file colours: invalid and missing ones are grey and counted", () => {
    const graph = graphOf({
      a: { color: "rgb(1,2,3)" },
      b: { color: "red" },
      c: {},
      d: { color: "#FFF" },
    });
    const drawn = drawAppearance(graph, {}, kindColour);
    expect(drawn.resolved.nodeColour).toEqual({ by: "file" });
    expect(Object.fromEntries(drawn.nodeColours ?? [])).toEqual({
      a: "#010203",
      b: MISSING_COLOUR,
      c: MISSING_COLOUR,
      d: "#ffffff",
    });
    expect(drawn.colourLegend).toEqual({ by: "file", coloured: 2, missing: 2 });
  });

  it("file sizes: zero, negative, text and missing sizes sit on the floor; ratios hold above it", () => {
    const graph = graphOf({
      a: { size: 2 },
      b: { size: 1 },
      c: { size: 0 },
      d: { size: -3 },
      e: { size: "big" },
      f: {},
    });
    const drawn = drawAppearance(graph, {}, kindColour);
    expect(drawn.nodeSizes.get("b")).toBe(MIN_FILE_NODE_SIZE);
    expect(drawn.nodeSizes.get("a")).toBe(2 * MIN_FILE_NODE_SIZE);
    for (const key of ["c", "d", "e", "f"])
      expect(drawn.nodeSizes.get(key)).toBe(MIN_FILE_NODE_SIZE);
    expect(drawn.sizeLegend).toMatchObject({ by: "file", min: 1, max: 2, missing: 4 });
  });

  it("a mixed-type attribute (numbers and text) is categories, never a range", () => {
    const graph = graphOf({
      a: { score: 1 },
      b: { score: "high" },
      c: { score: 2 },
      d: { score: null },
    });
    const info = surveyGraph(graph).attributes.find((each) => each.name === "score");
    expect(info).toMatchObject({ numeric: false, count: 3, distinct: 3 });
    const drawn = drawAppearance(
      graph,
      { nodeColour: "attr:score", colourScale: "range" },
      kindColour,
    );
    expect(drawn.resolved.nodeColour).toEqual({
      by: "attribute",
      attribute: "score",
      scale: "categories",
    });
    expect(drawn.nodeColours?.get("d")).toBe(MISSING_COLOUR);
    expect(drawn.colourLegend).toMatchObject({ by: "categories", missing: 1 });
  });

  it("numbers written as text are numbers; many distinct values default to a range", () => {
    const nodes = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`n${index}`, { weight: String(index / 2) }]),
    );
    const graph = graphOf({ ...nodes, none: {} });
    const drawn = drawAppearance(
      graph,
      { nodeColour: "attr:weight", nodeSize: "attr:weight" },
      kindColour,
    );
    expect(drawn.resolved.nodeColour).toEqual({
      by: "attribute",
      attribute: "weight",
      scale: "range",
    });
    expect(drawn.colourLegend).toMatchObject({ by: "range", min: 0, max: 9.5, missing: 1 });
    expect(drawn.nodeColours?.get("n0")).toBe(RAMP_COLOURS[0]);
    expect(drawn.nodeColours?.get("n19")).toBe(RAMP_COLOURS[RAMP_COLOURS.length - 1]);
    expect(drawn.nodeColours?.get("none")).toBe(MISSING_COLOUR);
    expect(drawn.nodeSizes.get("n0")).toBe(MIN_NODE_SIZE);
    expect(drawn.nodeSizes.get("n19")).toBe(MAX_NODE_SIZE);
    expect(drawn.nodeSizes.get("none")).toBe(MIN_NODE_SIZE);
    expect(drawn.sizeLegend).toMatchObject({ by: "attribute", attribute: "weight", missing: 1 });
  });

  it("a one-value numeric attribute sizes every node alike, mid-range", () => {
    const graph = graphOf({ a: { w: 3 }, b: { w: 3 } });
    const drawn = drawAppearance(graph, { nodeSize: "attr:w" }, kindColour);
    expect(drawn.nodeSizes.get("a")).toBe((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2);
  });

  it("a text attribute cannot size nodes: degree instead", () => {
    const graph = graphOf({ a: { city: "Paris" }, b: { city: "Lyon" } });
    expect(drawAppearance(graph, { nodeSize: "attr:city" }, kindColour).resolved.nodeSize).toEqual({
      by: "degree",
    });
  });

  it("edge colours from the file fall back to the source's fill where an edge has none", () => {
    const graph = graphOf({ a: { color: "#ff0000" }, b: { color: "#00ff00" } }, [
      ["a", "b", { color: "rgb(0,0,255)" }],
      ["b", "a", { color: "nonsense" }],
    ]);
    const drawn = drawAppearance(graph, {}, kindColour);
    expect(drawn.resolved.edgeColour).toBe("file");
    expect(Object.fromEntries(drawn.edgeColours ?? [])).toEqual({ e0: "#0000ff", e1: "#00ff00" });
  });

  it("an empty graph draws nothing and says so", () => {
    const drawn = drawAppearance(graphOf({}), { nodeColour: "attr:x" }, kindColour);
    expect(drawn.nodeSizes.size).toBe(0);
    expect(drawn.resolved.nodeColour).toEqual({ by: "kind" });
  });
});

describe("kind from", () => {
  it("guesses the attribute the import took kinds from, and shows nodeKind for our own", () => {
    expect(guessKindSource(openFixture("les-miserables.gexf"))).toBe("modularity_class");
    expect(guessKindSource(builtIn())).toBe("nodeKind");
    expect(guessKindSource(openFixture("airlines.graphml"))).toBe("nodeKind");
  });

  it("reads kinds from any attribute, missing values the default kind, and restores the original", () => {
    const graph = graphOf({
      a: { nodeKind: "person", team: "red" },
      b: { nodeKind: "place", team: 7 },
      c: { nodeKind: "person" },
    });
    const original = originalKinds(graph);
    expect(Object.fromEntries(kindsFrom(graph, "team", original))).toEqual({
      a: "red",
      b: "7",
      c: NO_KIND,
    });
    for (const [key, kind] of kindsFrom(graph, "team", original))
      graph.setNodeAttribute(key, "nodeKind", kind);
    expect(Object.fromEntries(kindsFrom(graph, "nodeKind", original))).toEqual({
      a: "person",
      b: "place",
      c: "person",
    });
  });
});
