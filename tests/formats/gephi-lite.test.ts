// Gephi Lite's own JSON opens with its graph, layout and appearance: partition colours, ranking
// sizes, the fixed edge colour, worked out into the colours and sizes it would draw.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/formats/index.ts";
import { fixturePath } from "../fixture-path.ts";

const FILE = "les-miserables.gephi-lite.json";

function open(text: string, name = FILE) {
  const result = parseGraphFile([{ name, text }]);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe("Gephi Lite JSON", () => {
  const result = open(readFileSync(fixturePath(FILE), "utf8"));
  const { graph } = result;

  it("opens with its nodes, edges, title, positions and undirected edges", () => {
    expect(result.format).toBe("gephi-lite");
    expect(graph.order).toBe(77);
    expect(graph.size).toBe(254);
    expect(graph.getAttribute("title")).toBe("Les Miserables (Gephi Lite)");
    expect(graph.getNodeAttributes("11")).toMatchObject({
      label: "Valjean",
      x: -87.93029,
      y: 6.8120565,
    });
    expect(graph.everyEdge((_key, attributes) => attributes.undirected === true)).toBe(true);
    expect(graph.getEdgeAttributes("geid_138_13")).toMatchObject({ cooccurrence: 1 });
  });

  it("draws node colours by its partition, the palette's missing colour for classes it lacks", () => {
    // Valjean is in class 1 ("#ca576b"), Gavroche in class 8, which the palette does not list.
    expect(graph.getNodeAttribute("11", "modularityClass")).toBe(1);
    expect(graph.getNodeAttribute("11", "color")).toBe("#ca576b");
    expect(graph.getNodeAttribute("48", "color")).toBe("#999999");
    // The colour the data had is kept beside it.
    expect(graph.getNodeAttribute("11", "dataColor")).toBe("rgb(245,91,91)");
  });

  it("sizes nodes by its degree ranking, 10 to 100, and colours edges with the fixed colour", () => {
    const sizes = graph.mapNodes((_key, attributes) => attributes.size as number);
    expect(Math.max(...sizes)).toBe(100);
    expect(Math.min(...sizes)).toBe(10);
    expect(graph.getNodeAttribute("11", "size")).toBe(100); // Valjean, the most connected
    expect(graph.getEdgeAttribute("geid_138_13", "color")).toBe("#cccccc");
    expect(result.warnings).toContain(
      "colours and sizes worked out from Gephi Lite's appearance settings",
    );
  });

  it("ranking colours, edges by source, unsupported rules and a missing graph", () => {
    const minimal = (
      appearance: unknown,
      fullGraph: unknown = {
        options: { type: "directed" },
        nodes: [{ key: "a" }, { key: "b" }, { key: "c" }],
        edges: [{ key: "ab", source: "a", target: "b" }],
      },
    ) =>
      JSON.stringify({
        type: "gephi-lite",
        graphDataset: { nodeData: { a: { w: 0 }, b: { w: 10 } }, fullGraph },
        appearance,
      });
    const ranked = open(
      minimal({
        nodesColor: {
          type: "ranking",
          field: { id: "w" },
          colorScalePoints: [
            { scalePoint: 0, color: "#000000" },
            { scalePoint: 1, color: "#ffffff" },
          ],
          missingColor: "#ff0000",
        },
        edgesColor: { type: "source" },
      }),
      "small.json",
    ).graph;
    expect(ranked.getNodeAttribute("a", "color")).toBe("#000000");
    expect(ranked.getNodeAttribute("b", "color")).toBe("#ffffff");
    expect(ranked.getNodeAttribute("c", "color")).toBe("#ff0000");
    expect(ranked.getEdgeAttribute("ab", "color")).toBe("#000000");
    expect(ranked.getEdgeAttribute("ab", "undirected")).toBeUndefined();

    const unsupported = open(minimal({ nodesSize: { type: "mystery" } }), "small.json");
    expect(unsupported.warnings.join("\n")).toMatch(/"mystery" are not supported/);

    const broken = parseGraphFile([{ name: "broken.json", text: minimal({}, { nodes: "x" }) }]);
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.error.path).toBe("graphDataset.fullGraph");
      expect(broken.error.fix).toMatch(/GEXF/);
    }
  });
});
