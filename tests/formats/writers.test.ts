// What other tools see in our exports: GEXF that Gephi's model reads (typed attributes, viz),
// GraphML any GraphML parser reads, RFC 4180 CSV, and graphology JSON.
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexfWithLibrary } from "graphology-gexf";
import { parse as parseGraphmlWithLibrary } from "graphology-graphml";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { decodeList, encodeList, serialise, serialiseCsv } from "../../src/formats/index.ts";
import { emptyGraph, nastyGraph } from "./graphs.ts";

describe("GEXF export", () => {
  const text = serialise(nastyGraph(), "gexf");

  it("is GEXF 1.3 with every attribute declared with a type", () => {
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(text).toContain('<graph defaultedgetype="directed">');
    expect(text).toContain('<attribute id="nodeKind" title="nodeKind" type="string"/>');
    expect(text).toContain('<attribute id="relation" title="relation" type="string"/>');
    expect(text).toContain('<attribute id="evidence" title="evidence" type="string"/>');
  });

  it("writes position, size and colour as viz elements", () => {
    expect(text).toMatch(
      /<viz:color hex="#d62728"\/>\s*<viz:size value="7"\/>\s*<viz:position x="12.5" y="-3.25"\/>/,
    );
    expect(text).toContain('<viz:color r="12" g="34" b="56"/>');
  });

  it("reads back in graphology-gexf's own parser, lists as one JSON string each", () => {
    const graph = parseGexfWithLibrary(MultiDirectedGraph, text);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    const china = graph.getNodeAttributes("china");
    expect(china).toMatchObject({ label: "China", x: 12.5, y: -3.25, size: 7, color: "#d62728" });
    expect(JSON.parse(china.aliases)).toEqual([
      "People’s Republic of China",
      "PRC",
      "中华人民共和国",
    ]);
  });

  it("drops characters XML cannot hold, so the file still opens", () => {
    const graph = nastyGraph();
    graph.setNodeAttribute("china", "description", "bell\u0007 and NUL\u0000 gone");
    const back = parseGexfWithLibrary(MultiDirectedGraph, serialise(graph, "gexf"));
    expect(back.getNodeAttribute("china", "description")).toBe("bell and NUL gone");
  });
});

describe("GraphML export", () => {
  const text = serialise(nastyGraph(), "graphml");

  it("declares a typed key for every attribute, directed by default", () => {
    expect(text).toMatch(/<key id="d\d+" for="node" attr.name="x" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="d\d+" for="node" attr.name="size" attr.type="int"\/>/);
    expect(text).toMatch(/<key id="d\d+" for="edge" attr.name="relation" attr.type="string"\/>/);
    expect(text).toMatch(/<key id="d\d+" for="graph" attr.name="title" attr.type="string"\/>/);
    expect(text).toContain('<graph edgedefault="directed">');
  });

  it("parses in graphology-graphml with parallel edges, escaped text and typed values", () => {
    const graph = parseGraphmlWithLibrary(MultiDirectedGraph, text);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.edges("china", 'key with "quotes", commas & <tags>')).toHaveLength(2);
    const tricky = graph.getNodeAttributes('key with "quotes", commas & <tags>');
    expect(tricky.label).toBe("Quote \" and apostrophe ' and <b>bold</b> & ampersand");
    expect(tricky.description).toBe("Line one\r\nline two\ttabbed\u2028separator; ]]> and --> end");
    expect(tricky.x).toBe(0.1 + 0.2);
    expect(graph.getAttribute("title")).toBe("Nasty <graph> & “quotes”");
  });
});

describe("CSV export", () => {
  const { nodes, edges } = serialiseCsv(nastyGraph());

  it("has the documented columns, CRLF line ends and RFC 4180 quoting", () => {
    expect(nodes.split("\r\n")[0]).toBe(
      "key,label,nodeKind,description,aliases,date,x,y,size,color",
    );
    expect(edges.split("\r\n")[0]).toBe("key,source,target,relation,evidence,evidenceSources,date");
    expect(nodes).toContain(
      '"key with ""quotes"", commas & <tags>","Quote "" and apostrophe \' and <b>bold</b> & ampersand",principle,',
    );
    expect(nodes.endsWith("\r\n")).toBe(true);
  });

  it("quotes exactly the fields that need it: delimiter, quote, line break, edge white space", () => {
    const graph = emptyGraph();
    const labels = ["plain", "a, b", 'say "hi"', "one\ntwo", " lead", "trail\t", "in side", "a;b"];
    for (const [index, label] of labels.entries()) {
      graph.addNode(`n${index}`, { label, nodeKind: "actor" });
    }
    const cells = serialiseCsv(graph)
      .nodes.split("\r\n")
      .slice(1, -1)
      .map((line) => line.slice(line.indexOf(",") + 1, line.indexOf(",actor")));
    expect(cells).toEqual([
      "plain",
      '"a, b"',
      '"say ""hi"""',
      '"one\ntwo"',
      '" lead"',
      '"trail\t"',
      "in side",
      "a;b",
    ]);
    const empty = serialiseCsv(emptyGraph());
    expect(empty.nodes).toBe("key,label,nodeKind,description,aliases,date\r\n");
  });

  it("joins lists with ' || ', and writes a JSON array when joining would lose items", () => {
    expect(nodes).toContain("People’s Republic of China || PRC || 中华人民共和国");
    expect(encodeList(["a || b is one alias", "", "[not json"])).toBe(
      '["a || b is one alias","","[not json"]',
    );
  });

  it("reads back every list it writes, whatever the items contain", () => {
    const item = fc.oneof(fc.string(), fc.constantFrom("", " || ", "|", "[", '["x"]', " ", "a ||"));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        expect(decodeList(encodeList(items))).toEqual(items);
      }),
      { numRuns: 500 },
    );
  });

  it("is read by papaparse as the same cells", () => {
    const rows = Papa.parse<string[]>(edges, { newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows).toHaveLength(5);
    expect(decodeList(rows[1][4])).toEqual([
      "In March 1997, China formally proposed the “new security concept”.",
      'A quote with "double quotes", commas, and a line\nbreak',
      'Markup <a href="x">link</a> & entities &amp; stay text',
    ]);
    // Evidence sources: one per quote, in the same order, in the next column.
    expect(rows[0][5]).toBe("evidenceSources");
    expect(decodeList(rows[1][5])).toEqual(["essay", "notes", "essay"]);
  });
});

describe("JSON export", () => {
  it("is graphology's serialisation, pretty-printed, and imports into graphology as is", () => {
    const graph = nastyGraph();
    const text = serialise(graph, "json");
    expect(text).toContain('\n  "nodes": [\n');
    expect(JSON.parse(text)).toEqual(graph.export());
    expect(new MultiDirectedGraph().import(JSON.parse(text)).export()).toEqual(graph.export());
  });
});
