// A file that cannot be opened says which file, where (line or JSON path) and how to fix it.
import { describe, expect, it } from "vitest";
import {
  formatImportError,
  type GraphFile,
  type ImportError,
  parseGraphFile,
} from "../../src/formats/index.ts";

function errorOf(files: GraphFile[], maxBytes?: number): ImportError {
  const result = parseGraphFile(files, { maxBytes });
  if (result.ok) throw new Error("expected the import to fail");
  return result.error;
}

const one = (name: string, text: string) => errorOf([{ name, text }]);

const gexf = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
${body}
  </graph>
</gexf>
`;
const graphml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
${body}
  </graph>
</graphml>
`;

describe("duplicate node keys", () => {
  it("JSON: names the key and both places", () => {
    const error = one(
      "dup.json",
      JSON.stringify({ nodes: [{ key: "a" }, { key: "b" }, { key: "a" }], edges: [] }),
    );
    expect(error).toMatchObject({ file: "dup.json", path: "nodes[2].key" });
    expect(error.message).toBe('duplicate node key "a" (first at nodes[0])');
    expect(error.fix).toMatch(/unique/);
  });

  it("CSV nodes file: names the line of the second one", () => {
    const error = errorOf([
      { name: "edges.csv", text: "source,target\r\na,b\r\n" },
      { name: "nodes.csv", text: "key,label\r\na,A\r\nb,B\r\na,again\r\n" },
    ]);
    expect(error).toMatchObject({ file: "nodes.csv", line: 4 });
    expect(error.message).toBe('duplicate node key "a" (first at line 2)');
  });

  it("GEXF: names the line of the second one", () => {
    const error = one(
      "dup.gexf",
      gexf('    <nodes>\n      <node id="a"/>\n      <node id="a"/>\n    </nodes>'),
    );
    expect(error).toMatchObject({ file: "dup.gexf", line: 6 });
    expect(error.message).toBe('duplicate node id "a" (first on line 5)');
  });

  it("GraphML: names the line of the second one", () => {
    const error = one("dup.graphml", graphml('    <node id="a"/>\n    <node id="a"/>'));
    expect(error).toMatchObject({ file: "dup.graphml", line: 5 });
  });
});

describe("edges to missing nodes", () => {
  it("JSON: names the edge, the missing key and the closest existing key", () => {
    const error = one(
      "missing.json",
      JSON.stringify({
        nodes: [{ key: "undp" }, { key: "china" }],
        edges: [{ key: "e1", source: "china", target: "undp2" }],
      }),
    );
    expect(error).toMatchObject({ file: "missing.json", path: "edges[0].target" });
    expect(error.message).toBe(
      'edge "e1" names target "undp2", which is not a node key (did you mean "undp"?)',
    );
  });

  it("CSV: names the edges file and the line when a nodes file lists the nodes", () => {
    const error = errorOf([
      { name: "nodes.csv", text: "id,label\na,A\nb,B\n" },
      { name: "edges.csv", text: "source,target,relation\na,b,knows\nb,c,knows\n" },
    ]);
    expect(error).toMatchObject({ file: "edges.csv", line: 3, path: "target" });
    expect(error.message).toMatch(/names target "c", which is not a node key/);
  });

  it("GEXF: names the edge id and its line", () => {
    const error = one(
      "missing.gexf",
      gexf(
        '    <nodes><node id="a"/></nodes>\n    <edges>\n      <edge id="e" source="a" target="b"/>\n    </edges>',
      ),
    );
    expect(error).toMatchObject({ line: 6, path: 'edge[@id="e"]' });
    expect(error.message).toMatch(/edge "e" names target "b", which is not a node id/);
  });

  it("GraphML: names the line", () => {
    const error = one(
      "missing.graphml",
      graphml('    <node id="a"/>\n    <edge source="x" target="a"/>'),
    );
    expect(error).toMatchObject({ line: 5 });
    expect(error.message).toMatch(/names source "x"/);
  });
});

describe("malformed files", () => {
  it("an empty file", () => {
    expect(one("empty.json", "")).toMatchObject({
      file: "empty.json",
      message: "the file is empty",
    });
    expect(one("blank.csv", " \r\n\n")).toMatchObject({ message: "the file is empty" });
  });

  it("malformed XML: line and column from the XML parser", () => {
    // The <node> opened on line 5 is never closed.
    const error = one("broken.gexf", gexf('    <nodes>\n      <node id="a">\n    </nodes>'));
    expect(error).toMatchObject({ file: "broken.gexf", line: 5, column: 20 });
    expect(error.message).toBe('malformed XML: Opening and ending tag mismatch: "node" != "nodes"');
  });

  it("JSON of the wrong shape names what it found, as curated-file validation does", () => {
    const text = (value: unknown) => JSON.stringify(value);
    expect(one("b.json", text({ nodes: [], edges: "a-b" })).message).toBe(
      'expected "edges" to be a list, found a string ("a-b")',
    );
    expect(one("c.json", text({ nodes: [{ key: "a" }, null], edges: [] }))).toMatchObject({
      path: "nodes[1]",
      message: "expected an object, found null",
    });
  });

  it("malformed JSON: line and column of the first bad character", () => {
    const error = one("broken.json", '{\n  "nodes": [\n    {"key": "a"},\n  ]\n}');
    expect(error).toMatchObject({ file: "broken.json", line: 4, column: 3 });
    expect(error.message).toBe('malformed JSON: a trailing comma before "]"');
  });

  it("JSON that is not a graph says what it looks like and what to export instead", () => {
    expect(one("list.json", "[1, 2]")).toMatchObject({
      path: "$",
      message: expect.stringMatching(/looks like a list of records/),
    });
    const nodes = one("nodes.json", '{"nodes": {}}');
    expect(nodes).toMatchObject({
      path: "nodes",
      message: expect.stringMatching(/no "nodes" list/),
    });
    expect(nodes.fix).toMatch(/export the graph as GEXF or GraphML/);
    expect(nodes.fix).not.toMatch(/give the graph|add a "?nodes/i);
    expect(one("edge.json", '{"nodes": [], "edges": [3]}')).toMatchObject({ path: "edges[0]" });
  });

  it("malformed CSV: an unclosed quote, with its line", () => {
    const error = one("edges.csv", 'source,target,evidence\na,b,"fine"\nb,c,"never closed\n');
    expect(error).toMatchObject({ file: "edges.csv", line: 3 });
    expect(error.message).toBe("malformed CSV: quoted field unterminated");
    expect(error.fix).toMatch(/double quote/);
  });

  it("CSV rows with more fields than the header", () => {
    expect(one("edges.csv", "source,target\na,b\na,b,c\n")).toMatchObject({
      line: 3,
      message: "row has 3 fields but the header has 2",
    });
  });

  it("a CSV header that is neither an edge list nor a nodes file", () => {
    expect(one("table.csv", "name,age\nann,3\n")).toMatchObject({
      line: 1,
      path: "header",
      message: expect.stringMatching(/neither source and target columns/),
    });
  });

  it("a file over the size limit is refused before parsing", () => {
    const error = errorOf([{ name: "huge.json", text: "{}", size: 300 * 1024 * 1024 }]);
    expect(error).toMatchObject({ file: "huge.json" });
    expect(error.message).toBe("the file is 300 MB; files up to 250 MB can be opened");
    expect(errorOf([{ name: "big.csv", text: "source,target\na,b\n" }], 10).message).toMatch(
      /up to 0 MB/,
    );
  });
});

describe("files of the wrong kind", () => {
  it("a .json that holds GEXF says so", () => {
    const error = one("graph.json", gexf(""));
    expect(error.message).toBe("named .json but looks like GEXF (XML), not JSON");
    expect(error.fix).toMatch(/rename the file to \.gexf/);
  });

  it("a .gexf that holds GraphML says so", () => {
    expect(one("graph.gexf", graphml("")).message).toMatch(/looks like GraphML \(XML\), not GEXF/);
  });

  it("a PNG or other binary file is not a graph file", () => {
    const png = "\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR";
    expect(one("picture.json", png).message).toBe("not a graph file: it looks like a PNG image");
    expect(one("data.csv", "a,b\u0000\u0001\u0002").message).toMatch(/^not a graph file/);
    expect(one("sheet.csv", "PK\u0003\u0004...").message).toMatch(/xlsx/);
  });

  it("XML of another kind names its root element", () => {
    expect(one("drawing.xml", "<svg xmlns='http://www.w3.org/2000/svg'/>").message).toMatch(
      /SVG picture/,
    );
    expect(one("data.xml", "<?xml version='1.0'?><catalog/>").message).toMatch(/<catalog>/);
  });

  it("two files must be a CSV edge list and its nodes file", () => {
    expect(
      errorOf([
        { name: "a.json", text: "{}" },
        { name: "b.csv", text: "key\na\n" },
      ]).message,
    ).toMatch(/only be read together as CSV/);
    expect(
      errorOf([
        { name: "a.csv", text: "source,target\na,b\n" },
        { name: "b.csv", text: "source,target\nb,c\n" },
      ]).message,
    ).toMatch(/two edge lists/);
    expect(errorOf([]).message).toBe("no file given");
    const three = [1, 2, 3].map((index) => ({ name: `${index}.csv`, text: "key\na\n" }));
    expect(errorOf(three).message).toMatch(/3 files given/);
  });
});

describe("formatImportError", () => {
  it("puts file, line, column, path, message and fix on one line", () => {
    expect(
      formatImportError({
        file: "edges.csv",
        line: 3,
        column: 7,
        path: "target",
        message: "bad",
        fix: "mend it",
      }),
    ).toBe("edges.csv:3:7 (target): bad Fix: mend it");
    expect(formatImportError({ file: "g.json", path: "nodes[2].key", message: "dup" })).toBe(
      "g.json (nodes[2].key): dup",
    );
  });
});
