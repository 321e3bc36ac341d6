// JSON that holds another tool's graph shape (or no graph) is named, with what to export instead;
// the message never asks the user to add a "nodes" list to someone else's file.
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/formats/index.ts";

function refusal(value: unknown) {
  const result = parseGraphFile([{ name: "file.json", text: JSON.stringify(value) }]);
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}

describe("JSON we cannot read says what it looks like", () => {
  it.each([
    [
      "Cytoscape (elements object)",
      { elements: { nodes: [], edges: [] } },
      /Cytoscape JSON/,
      /GraphML/,
    ],
    [
      "Cytoscape (elements list)",
      { elements: [{ data: { id: "a" } }] },
      /Cytoscape JSON/,
      /GraphML/,
    ],
    ["Kumu", { elements: [{ label: "a" }], connections: [] }, /Kumu/, /CSV|csv/],
    [
      "JSON Graph Format",
      { graph: { nodes: {}, edges: [] } },
      /JSON Graph Format/,
      /GEXF or GraphML/,
    ],
    ["JSON Graph Format, several", { graphs: [] }, /several graphs/, /GEXF or GraphML/],
    [
      "NetworkX adjacency",
      { directed: false, nodes: [{ id: 1 }], adjacency: [[]] },
      /NetworkX adjacency/,
      /node_link_data|write_gexf/,
    ],
    [
      "Obsidian Canvas",
      { nodes: [{ id: "a" }], edges: [{ id: "e", fromNode: "a", toNode: "a" }] },
      /Obsidian Canvas/,
      /GEXF or GraphML/,
    ],
    ["GeoJSON", { type: "FeatureCollection", features: [] }, /GeoJSON/, /graph file/],
    ["a d3 tree", { name: "root", children: [{ name: "leaf" }] }, /a tree/, /edge list/],
    ["a list", [{ n: 1 }], /a list of records/, /CSV/],
  ])("%s", (_name, value, message, fix) => {
    const error = refusal(value);
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(fix);
    expect(`${error.message} ${error.fix}`).not.toMatch(/give the graph a|add a "?nodes"? list/i);
  });

  it("an object nothing recognises names its keys and the formats to export", () => {
    const error = refusal({ vertices: [], arcs: [] });
    expect(error.message).toBe(
      'not a graph file the explorer reads: no "nodes" list (it has the keys "vertices", "arcs")',
    );
    expect(error.fix).toMatch(/GEXF or GraphML/);
  });
});
