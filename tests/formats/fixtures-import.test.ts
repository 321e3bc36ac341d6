// Files written by other tools (Gephi, GraphML exporters) open with their nodes, edges and layout.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/formats/index.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { fixturePath } from "../fixture-path.ts";

function open(name: string): { graph: KnowledgeGraph; warnings: string[]; format: string } {
  const result = parseGraphFile([{ name, text: readFileSync(fixturePath(name), "utf8") }]);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result;
}

describe("opening files written by other tools", () => {
  it("opens Les Misérables from Gephi (GEXF 1.2, malformed viz namespace) with its layout and colours", () => {
    const { graph, format } = open("les-miserables.gexf");
    expect(format).toBe("gexf");
    expect(graph.order).toBe(77);
    expect(graph.size).toBe(254);
    expect(graph.getNodeAttributes("11")).toMatchObject({
      label: "Valjean",
      x: -87.93029,
      y: 6.8120565,
      size: 100,
      color: "rgb(245,91,91)",
      // Gephi's community becomes the node kind, so the legend can colour and filter by it.
      nodeKind: "1",
      modularity_class: 1,
    });
    expect(graph.getAttribute("title")).toBe("Les Miserables.gexf");
  });

  it("keeps Gephi's edge attributes and marks its undirected edges", () => {
    const { graph, warnings } = open("les-miserables.gexf");
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    // Valjean and Labarre: the edge keeps Gephi's id, its direction as written, its weight.
    expect(graph.extremities("geid_138_13")).toEqual(["11", "10"]);
    expect(graph.getEdgeAttributes("geid_138_13")).toEqual({
      cooccurrence: 1,
      relation: "linked",
      evidence: [],
      undirected: true,
    });
    expect(graph.everyEdge((_key, attributes) => attributes.undirected === true)).toBe(true);
    expect(warnings.join("\n")).toMatch(/undirected/);
  });

  it("opens the western US power grid (GEXF 1.3) with positions", () => {
    const { graph } = open("power-grid.gexf");
    expect(graph.order).toBe(4941);
    expect(graph.size).toBe(6594);
    expect(graph.getNodeAttributes("0")).toMatchObject({
      x: -431.7267,
      y: -334.55838,
      size: 10,
      label: "0",
    });
    expect(graph.everyNode((_key, attributes) => typeof attributes.x === "number")).toBe(true);
    expect(graph.hasEdge("0")).toBe(true);
    expect(graph.extremities("0")).toEqual(["8", "6"]);
  });

  it("opens US airlines (GraphML) with positions from its x and y data keys", () => {
    const { graph, format } = open("airlines.graphml");
    expect(format).toBe("graphml");
    expect(graph.order).toBe(235);
    expect(graph.size).toBe(2101);
    expect(graph.getNodeAttributes("0")).toMatchObject({
      x: -922.24444,
      y: -347.29444,
      tooltip: "LIT(lngx=-92.224444,laty=34.729444)",
      label: "0",
      nodeKind: "node",
    });
    expect(graph.everyNode((_key, attributes) => Number.isFinite(attributes.y))).toBe(true);
  });
});
