// Users' files name things their own way; imports map them onto our contract so the explorer's
// legend, filters and details work on any graph.
import { describe, expect, it } from "vitest";
import { type GraphFile, parseGraphFile } from "../../src/formats/index.ts";
import { buildGraph } from "../../src/model/load.ts";
import { curatedFixture } from "../model/curated-fixture.ts";

function open(...files: GraphFile[]) {
  const result = parseGraphFile(files);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result;
}

const json = (value: unknown): GraphFile => ({ name: "graph.json", text: JSON.stringify(value) });

describe("node attributes", () => {
  it("renames `type`, which the renderer reserves, and takes the node kind from it", () => {
    const { graph, warnings } = open(
      json({ nodes: [{ key: "a", attributes: { type: "person" } }] }),
    );
    expect(graph.getNodeAttributes("a")).toEqual({
      label: "a",
      nodeKind: "person",
      originalType: "person",
      description: "",
      aliases: [],
    });
    expect(warnings).toContain(
      "attribute `type` of nodes renamed `originalType` (the renderer reserves `type`)",
    );
  });

  it("takes the label from `label`, then `name`, then the key", () => {
    const { graph } = open(
      json({
        nodes: [
          { key: "a", attributes: { label: "Alpha", name: "ignored" } },
          { key: "b", attributes: { name: "Beta" } },
          { key: 3, attributes: {} },
        ],
      }),
    );
    expect(graph.mapNodes((_key, attributes) => attributes.label)).toEqual(["Alpha", "Beta", "3"]);
  });

  it("takes the node kind from nodeKind, kind, type, category or modularity_class, else `node`", () => {
    const { graph } = open(
      json({
        nodes: [
          { key: "a", attributes: { nodeKind: "actor", kind: "x" } },
          { key: "b", attributes: { kind: "document" } },
          { key: "c", attributes: { category: "threat" } },
          { key: "d", attributes: { modularity_class: 4 } },
          { key: "e" },
        ],
      }),
    );
    expect(graph.mapNodes((_key, attributes) => attributes.nodeKind)).toEqual([
      "actor",
      "document",
      "threat",
      "4",
      "node",
    ]);
  });

  it("keeps numeric positions, reads positions written as text, drops ones that are not numbers", () => {
    const { graph, warnings } = open(
      json({ nodes: [{ key: "a", attributes: { x: "1.5", y: -2, size: "big" } }] }),
    );
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 1.5, y: -2 });
    expect(graph.getNodeAttributes("a")).not.toHaveProperty("size");
    expect(warnings).toContain("non-numeric `size` values dropped");
  });
});

describe("edge attributes", () => {
  it("takes the relation from `relation`, `label` or `type`, else `linked`; evidence defaults to []", () => {
    const { graph } = open(
      json({
        nodes: [{ key: "a" }, { key: "b" }],
        edges: [
          {
            key: "1",
            source: "a",
            target: "b",
            attributes: { relation: "proposed", evidence: ["q"] },
          },
          { key: "2", source: "a", target: "b", attributes: { label: "knows" } },
          { key: "3", source: "a", target: "b", attributes: { type: "arrow" } },
          { key: "4", source: "a", target: "b" },
        ],
      }),
    );
    expect(
      graph.mapEdges((_key, attributes) => [attributes.relation, attributes.evidence]),
    ).toEqual([
      ["proposed", [{ quote: "q", source: "" }]],
      ["knows", []],
      ["arrow", []],
      ["linked", []],
    ]);
    expect(graph.getEdgeAttribute("3", "originalType")).toBe("arrow");
    expect(graph.getEdgeAttributes("3")).not.toHaveProperty("type");
  });

  it("derives keys for edges without one, numbering repeats of the same relation", () => {
    const { graph } = open(
      json({
        nodes: [{ key: "a" }, { key: "b" }],
        edges: [
          { source: "a", target: "b", attributes: { relation: "cites" } },
          { source: "a", target: "b", attributes: { relation: "cites" } },
          { source: "b", target: "a" },
        ],
      }),
    );
    expect(graph.edges()).toEqual(["a~cites~b", "a~cites~b~2", "b~linked~a"]);
  });

  it("stores undirected edges in their written direction, marked undirected", () => {
    const { graph } = open(
      json({
        options: { type: "undirected" },
        nodes: [{ key: "a" }, { key: "b" }],
        edges: [{ key: "e", source: "b", target: "a", undirected: true }],
      }),
    );
    expect(graph.type).toBe("directed");
    expect(graph.extremities("e")).toEqual(["b", "a"]);
    expect(graph.getEdgeAttribute("e", "undirected")).toBe(true);
  });
});

describe("JSON shapes", () => {
  it("reads node-link JSON (d3): nodes with `id`, `links`, attributes beside the keys", () => {
    const { graph, format } = open(
      json({
        nodes: [
          { id: 1, name: "One", group: 2 },
          { id: 2, name: "Two" },
        ],
        links: [{ source: 1, target: 2, value: 5 }],
      }),
    );
    expect(format).toBe("json");
    expect(graph.getNodeAttributes("1")).toMatchObject({ label: "One", nodeKind: "2", group: 2 });
    expect(graph.getEdgeAttributes("1~linked~2")).toMatchObject({ value: 5, relation: "linked" });
  });

  it("reads our curated format exactly as the app builds its own graph", () => {
    const curated = curatedFixture();
    const { graph, format } = open({ name: "mine.kg.json", text: JSON.stringify(curated) });
    expect(format).toBe("curated");
    expect(graph.export()).toEqual(buildGraph(curated).export());
  });

  it("reads the old evidence shape (quote strings, one sourceDoc) as { quote, source }, once noted", () => {
    const { graph, warnings } = open(
      json({
        attributes: { sources: [{ id: "essay", title: "E", path: "e.txt" }] },
        nodes: [{ key: "a" }, { key: "b" }],
        edges: [
          {
            key: "1",
            source: "a",
            target: "b",
            attributes: { evidence: ["q1"], sourceDoc: "notes" },
          },
          { key: "2", source: "a", target: "b", attributes: { evidence: '["q2","q3"]' } },
          {
            key: "3",
            source: "a",
            target: "b",
            attributes: { evidence: [{ quote: "q4", source: "notes" }, { quote: "q5" }, { x: 1 }] },
          },
        ],
      }),
    );
    expect(graph.getEdgeAttributes("1")).toEqual({
      relation: "linked",
      evidence: [{ quote: "q1", source: "notes" }],
    });
    expect(graph.getEdgeAttribute("2", "evidence")).toEqual([
      { quote: "q2", source: "essay" },
      { quote: "q3", source: "essay" },
    ]);
    expect(graph.getEdgeAttribute("3", "evidence")).toEqual([
      { quote: "q4", source: "notes" },
      { quote: "q5", source: "essay" },
    ]);
    expect(warnings).toContain(
      "evidence in the old shape (quote strings, one `sourceDoc`) read as { quote, source } (2×)",
    );
  });

  it("reads a curated file in the old evidence shape as the app reads the new one", () => {
    const curated = curatedFixture();
    const old = {
      ...curated,
      edges: curated.edges.map(({ evidence, ...edge }) => ({
        ...edge,
        evidence: evidence.map((item) => item.quote),
        sourceDoc: "essay",
      })),
    };
    const { graph } = open({ name: "old.kg.json", text: JSON.stringify(old) });
    expect(graph.export()).toEqual(buildGraph(curated).export());
  });

  it("names an untitled graph after its file", () => {
    const { graph } = open({ name: "folder/My graph.v2.json", text: '{"nodes": []}' });
    expect(graph.getAttribute("title")).toBe("My graph.v2");
  });
});

describe("CSV", () => {
  it("an edge list alone creates its nodes, and keeps extra columns as attributes", () => {
    const { graph, format } = open({
      name: "edges.csv",
      text: "\uFEFFSource,Target,Relation,Weight,Note\r\nann,bob,knows,2.5,met in 1997\r\nbob,cat,,1,\r\n",
    });
    expect(format).toBe("csv");
    expect(graph.nodes()).toEqual(["ann", "bob", "cat"]);
    expect(graph.getNodeAttributes("cat")).toEqual({
      label: "cat",
      nodeKind: "node",
      description: "",
      aliases: [],
    });
    expect(graph.getEdgeAttributes("ann~knows~bob")).toEqual({
      relation: "knows",
      weight: 2.5,
      Note: "met in 1997",
      evidence: [],
    });
    expect(graph.hasEdge("bob~linked~cat")).toBe(true);
  });

  it("zips evidence and evidenceSources back into { quote, source }; one source serves all", () => {
    const { graph, warnings } = open({
      name: "edges.csv",
      text:
        "source,target,relation,evidence,evidenceSources\r\n" +
        "a,b,proposed,q1 || q2,essay || notes\r\n" +
        "a,b,addresses,q3 || q4,essay\r\n" +
        "a,b,issued,q5 || q6 || q7,essay || notes\r\n",
    });
    expect(graph.getEdgeAttribute("a~proposed~b", "evidence")).toEqual([
      { quote: "q1", source: "essay" },
      { quote: "q2", source: "notes" },
    ]);
    expect(graph.getEdgeAttribute("a~addresses~b", "evidence")).toEqual([
      { quote: "q3", source: "essay" },
      { quote: "q4", source: "essay" },
    ]);
    expect(graph.getEdgeAttribute("a~issued~b", "evidence")).toEqual([
      { quote: "q5", source: "" },
      { quote: "q6", source: "" },
      { quote: "q7", source: "" },
    ]);
    expect(warnings).toContain(
      "edges.csv: `evidenceSources` must name one source per quote of `evidence` (or one for all); rows where the counts differ were read without it",
    );
  });

  it("reads Gephi's edge table: Type says the direction, Id the key", () => {
    const { graph } = open({
      name: "gephi-edges.csv",
      text: "Source;Target;Type;Id;Label\n1;2;Undirected;0;friend\n2;3;Directed;1;boss\n",
    });
    expect(graph.getEdgeAttributes("0")).toMatchObject({ relation: "friend", undirected: true });
    expect(graph.getEdgeAttributes("1")).toMatchObject({ relation: "boss" });
    expect(graph.getEdgeAttributes("1")).not.toHaveProperty("undirected");
  });

  it("a nodes file, given first or second, supplies labels, kinds, lists and positions", () => {
    const nodes = {
      name: "people.csv",
      text: 'id,label,kind,aliases,x,y\na,Ann,actor,"A || Annie",1,2\nb,Bob,actor,,3,4\n',
    };
    const edges = { name: "links.csv", text: "source,target\na,b\n" };
    for (const files of [
      [nodes, edges],
      [edges, nodes],
    ]) {
      const { graph } = open(...files);
      expect(graph.getNodeAttributes("a")).toMatchObject({
        label: "Ann",
        nodeKind: "actor",
        aliases: ["A", "Annie"],
        x: 1,
        y: 2,
      });
    }
  });
});

describe("GraphML", () => {
  it("reads per-edge direction in a mixed file and keys declared for all elements", () => {
    const { graph } = open({
      name: "mixed.graphml",
      text: `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="all" attr.name="weight" attr.type="double"/>
  <key id="c" for="node" attr.type="color"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="w">1.5</data><data key="c">red</data></node>
    <node id="b"/>
    <edge source="a" target="b" directed="true"><data key="w">2</data></edge>
    <edge source="b" target="a"/>
  </graph>
</graphml>`,
    });
    expect(graph.getNodeAttributes("a")).toMatchObject({ weight: 1.5, c: "red" });
    expect(graph.mapEdges((_key, attributes) => attributes.undirected ?? false)).toEqual([
      false,
      true,
    ]);
    expect(graph.getEdgeAttribute("a~linked~b", "weight")).toBe(2);
  });
});

describe("GEXF direction", () => {
  it("reads the graph default and each edge's own type, in both directions", () => {
    const edges =
      '<edge id="1" source="a" target="b" type="undirected"/><edge id="2" source="b" target="a" type="directed"/><edge id="3" source="b" target="a"/>';
    for (const [defaultType, third] of [
      ["directed", false],
      ["undirected", true],
    ] as const) {
      const { graph } = open({
        name: "mixed.gexf",
        text: `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="${defaultType}"><nodes><node id="a"/><node id="b"/></nodes><edges>${edges}</edges></graph></gexf>`,
      });
      expect(graph.mapEdges((_key, attributes) => attributes.undirected === true)).toEqual([
        true,
        false,
        third,
      ]);
      expect(graph.extremities("2")).toEqual(["b", "a"]);
    }
  });
});
