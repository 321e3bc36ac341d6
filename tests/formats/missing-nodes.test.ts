// Edges naming nodes the file does not list: refused as before, but the refusal counts them so
// the app can offer "Open anyway, creating the N missing nodes"; with addMissingNodes (and
// `kg import --add-missing-nodes`) they are created and named in a note.
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/formats/index.ts";

const json = JSON.stringify({
  nodes: [{ key: "a" }, { key: "b" }],
  edges: [
    { key: "e1", source: "a", target: "x" },
    { key: "e2", source: "y", target: "b" },
    { key: "e3", source: "x", target: "y" },
  ],
});
const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes><node id="a" label="A"/></nodes>
    <edges>
      <edge id="e1" source="a" target="b"/>
      <edge id="e2" source="c" target="a"/>
    </edges>
  </graph>
</gexf>
`;
const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="a"/>
    <edge source="a" target="z"/>
  </graph>
</graphml>
`;

describe("edges to nodes the file does not list", () => {
  it.each([
    ["graph.json", json, 2],
    ["graph.gexf", gexf, 2],
    ["graph.graphml", graphml, 1],
  ])(
    "%s is refused, the error counting the missing nodes and naming the way out",
    (name, text, missing) => {
      const result = parseGraphFile([{ name, text }]);
      if (result.ok) throw new Error("expected a refusal");
      expect(result.error.missingNodes).toBe(missing);
      expect(result.error.fix).toMatch(/--add-missing-nodes/);
      if (missing > 1)
        expect(result.error.message).toMatch(
          new RegExp(`${missing} node (keys|ids) named by edges are missing`),
        );
    },
  );

  it("JSON: opens anyway, creating them once each and saying which", () => {
    const result = parseGraphFile([{ name: "graph.json", text: json }], { addMissingNodes: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.graph.nodes()).toEqual(["a", "b", "x", "y"]);
    expect(result.graph.size).toBe(3);
    expect(result.graph.getNodeAttributes("x")).toMatchObject({ label: "x", nodeKind: "node" });
    expect(result.warnings[0]).toBe(
      'created 2 nodes that edges name but the file does not list: "x", "y"',
    );
  });

  it("GEXF: keeps the listed nodes' attributes, creates the rest, keeps edges undirected", () => {
    const result = parseGraphFile([{ name: "graph.gexf", text: gexf }], { addMissingNodes: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.graph.getNodeAttribute("a", "label")).toBe("A");
    expect(result.graph.order).toBe(3);
    expect(result.graph.extremities("e2")).toEqual(["c", "a"]);
    expect(result.graph.getEdgeAttribute("e1", "undirected")).toBe(true);
    expect(result.warnings[0]).toMatch(/^created 2 nodes .*"b", "c"$/);
  });

  it("GraphML: one created node is 'node', not 'nodes'", () => {
    const result = parseGraphFile([{ name: "graph.graphml", text: graphml }], {
      addMissingNodes: true,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings[0]).toBe(
      'created 1 node that edges name but the file does not list: "z"',
    );
  });
});
