// The app's worker streams big files (stream-graph-file.ts) instead of reading them whole: both
// paths must give the same graph, warnings and errors. Every file here is read both ways, the
// stream cut into small pieces so that tags, strings and multi-byte characters straddle them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/formats/import-types.ts";
import {
  type ExportFormat,
  type GraphFile,
  parseGraphFile,
  serialise,
  serialiseCsv,
} from "../../src/formats/index.ts";
import { type StreamFormat, streamGraphFile } from "../../src/formats/stream-graph-file.ts";
import { fixturePath } from "../fixture-path.ts";
import { generatedGraph, nastyGraph } from "./graphs.ts";

/** The text's UTF-8 bytes in pieces of `size` (odd, so characters and tags are cut). */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) {
    yield bytes.subarray(start, start + size);
  }
}

function formatOf(name: string): StreamFormat {
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml")) return "graphml";
  return "json";
}

async function bothWays(name: string, text: string, addMissingNodes = false) {
  const whole = parseGraphFile([{ name, text }], { addMissingNodes });
  const streamed = await streamGraphFile([{ name, chunks: pieces(text, 997) }], formatOf(name), {
    addMissingNodes,
  });
  return { whole, streamed };
}

function comparable(result: ParseResult) {
  if (!result.ok) return result;
  return {
    ok: true,
    format: result.format,
    warnings: result.warnings,
    graph: result.graph.export(),
  };
}

async function expectSameGraph(name: string, text: string, addMissingNodes = false) {
  const { whole, streamed } = await bothWays(name, text, addMissingNodes);
  expect(whole.ok, JSON.stringify(!whole.ok && whole.error)).toBe(true);
  expect(comparable(streamed)).toEqual(comparable(whole));
}

const fixture = (name: string) => readFileSync(fixturePath(name), "utf8");

describe("streamed files give the graph the whole-text parsers give", () => {
  for (const name of [
    "les-miserables.gexf",
    "power-grid.gexf",
    "airlines.graphml",
    "les-miserables.gephi-lite.json",
    "two-documents/two-documents.kg.json",
  ]) {
    it(name, async () => {
      await expectSameGraph(name, fixture(name));
    });
  }

  it("the built-in curated graph", async () => {
    const text = readFileSync("graph/new-security-concept.kg.json", "utf8");
    await expectSameGraph("new-security-concept.kg.json", text);
  });

  for (const format of ["json", "gexf", "graphml"] as ExportFormat[]) {
    it(`our own ${format} of a graph full of awkward strings, and of a generated one`, async () => {
      await expectSameGraph(`nasty.${format}`, serialise(nastyGraph(), format));
      await expectSameGraph(`generated.${format}`, serialise(generatedGraph(300, 7), format));
    });
  }

  it("node-link JSON, an undirected graphology export, and edges to nodes created on request", async () => {
    const nodeLink = JSON.stringify({
      nodes: [{ id: "a", name: "Ä" }, { id: 2 }],
      links: [{ source: "a", target: 2, type: "knows", weight: 3 }],
    });
    await expectSameGraph("node-link.json", nodeLink);
    const undirected = JSON.stringify({
      options: { type: "undirected" },
      nodes: [{ key: "a" }],
      edges: [{ source: "a", target: "b" }],
    });
    await expectSameGraph("undirected.json", undirected, true);
  });

  it("GEXF with declared defaults, lists, a nested node, mixed directions and edges without ids", async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-01-01"><creator>Someone &amp; co</creator><description>  </description></meta>
  <graph defaultedgetype="mutual">
    <attributes class="node">
      <attribute id="0" title="score" type="double"><default>1.5</default></attribute>
      <attribute id="tags" title="tags" type="liststring"/>
      <attribute id="on" type="boolean"/>
    </attributes>
    <attributes class="edge"><attribute id="w" title="strength" type="integer"/></attributes>
    <nodes>
      <node id="a" label="A"><attvalues><attvalue for="0" value="2"/><attvalue for="tags" value="[x, 'y z']"/></attvalues>
        <viz:color r="1" g="2" b="3" a="0.5"/><viz:position x="1.5" y="-2"/><viz:size value="4"/><viz:shape value="disc"/>
        <nodes><node id="a.1" label="Inner"><attvalues><attvalue for="on" value="true"/></attvalues><viz:color hex="#ff0000"/></node></nodes>
      </node>
      <node id="b"><![CDATA[ignored text]]></node>
    </nodes>
    <edges>
      <edge source="a" target="b" type="directed" weight="2" label="likes"><attvalues><attvalue for="w" value="7"/><attvalue for="undeclared" value="u"/></attvalues><viz:thickness value="3"/></edge>
      <edge source="b" target="a" kind="friend"/>
      <edge id="" source="a" target="a.1"/>
    </edges>
  </graph>
</gexf>`;
    await expectSameGraph("declared.gexf", gexf);
  });

  it("GraphML with keys for all, defaults, unknown types, graph data, r/g/b colours and mixed directions", async () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="all" attr.name="title" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>
  <key id="c" for="node" attr.type="widget"/>
  <key id="r" for="node" attr.name="r" attr.type="int"/><key id="g" for="node" attr.name="g" attr.type="int"/><key id="b" for="node" attr.name="b" attr.type="int"/>
  <key id="flag" for="node" attr.name="flag" attr.type="boolean"><default>TRUE</default></key>
  <key id="p" for="port" attr.name="ignored"/>
  <graph id="G" edgedefault="undirected">
    <data key="t">The graph</data>
    <data key="undeclared">x</data>
    <node id="n1"><data key="t">One &lt;1&gt;</data><data key="c">3</data><data key="r">255</data><data key="g">0</data><data key="b">16</data></node>
    <node id="n2"><data key="flag">false</data><data key="t"><![CDATA[two]]> &amp; more</data></node>
    <edge source="n1" target="n2"><data key="w">2.5</data></edge>
    <edge id="e2" source="n2" target="n1" directed="true"/>
    <hyperedge><endpoint node="n1"/><endpoint node="n2"/></hyperedge>
  </graph>
</graphml>`;
    await expectSameGraph("keys.graphml", graphml);
  });
});

/** CSV files both ways: each file streamed in turn, as the worker does. */
async function csvBothWays(files: GraphFile[]) {
  const whole = parseGraphFile(files);
  const streamed = await streamGraphFile(
    files.map(({ name, text }) => ({ name, chunks: pieces(text, 61) })),
    "csv",
  );
  return { whole, streamed };
}

describe("streamed CSV gives the tables the whole-text reader gives", () => {
  it("our nodes.csv and edges.csv, of awkward strings and of a generated graph", async () => {
    for (const graph of [nastyGraph(), generatedGraph(300, 5)]) {
      const { nodes, edges } = serialiseCsv(graph);
      const { whole, streamed } = await csvBothWays([
        { name: "edges.csv", text: edges },
        { name: "nodes.csv", text: nodes },
      ]);
      expect(whole.ok).toBe(true);
      expect(comparable(streamed)).toEqual(comparable(whole));
    }
  });

  it("an edge list alone: BOM, semicolons, LF, blank lines, quoted line breaks, Gephi's Type", async () => {
    const text =
      '\uFEFFSource;Target;Type;Label\n\na;b;Directed;"two\nlines; and ""quotes"""\n\n  \nb;c;Undirected;x\n';
    const { whole, streamed } = await csvBothWays([{ name: "gephi.csv", text }]);
    expect(whole.ok).toBe(true);
    expect(comparable(streamed)).toEqual(comparable(whole));
    const crlf = "source,target\r\nx,y\r\n\r\ny,z";
    const both = await csvBothWays([{ name: "crlf.csv", text: crlf }]);
    expect(comparable(both.streamed)).toEqual(comparable(both.whole));
  });

  it("errors: the same message, file and row line as the whole-text reader", async () => {
    for (const text of [
      "source,target\na,b\n\nc,d,e\n",
      "source,target\na,b\nb,\n",
      "name,other\n1,2\n",
      'source,target\na,b\n"c,d\ne,f\n',
    ]) {
      const { whole, streamed } = await csvBothWays([{ name: "edges.csv", text }]);
      expect(whole.ok).toBe(false);
      if (whole.ok || streamed.ok) throw new Error("both should fail");
      expect(streamed.error.message).toBe(whole.error.message);
      expect(streamed.error.file).toBe("edges.csv");
      // An unclosed quote is placed at the row it opens (the whole text gives the quote's column).
      if (text.includes('"')) expect(streamed.error.line).toBe(3);
      else expect(streamed.error).toEqual(whole.error);
    }
  });
});

describe("streamed files fail as the whole-text parsers do", () => {
  const skeletonProblems: [string, string][] = [
    [
      "duplicate-node.gexf",
      '<gexf><graph><nodes><node id="a"/>\n<node id="a"/></nodes></graph></gexf>',
    ],
    ["no-id.graphml", "<graphml><graph>\n<node/></graph></graphml>"],
    [
      "missing-end.gexf",
      '<gexf><graph><nodes><node id="alpha"/></nodes><edges>\n<edge id="e" source="alpha" target="alpah"/><edge source="x" target="y"/></edges></graph></gexf>',
    ],
    ["no-target.graphml", '<graphml><graph><node id="a"/>\n  <edge source="a"/></graph></graphml>'],
    [
      "duplicate-edge.gexf",
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge id="1" source="a" target="a"/>\n<edge id="1" source="a" target="a"/></edges></graph></gexf>',
    ],
    ["no-graph.gexf", "<gexf>\n  <meta/></gexf>"],
    ["no-graph.graphml", '<graphml>\n<key id="k"/></graphml>'],
    [
      "curated-missing.json",
      '{"sources":[],"nodes":[{"key":"a","nodeKind":"actor"}],"edges":[{"source":"a","target":"b"}]}',
    ],
    ["not-a-graph.json", '{"elements":{"nodes":[],"edges":[]}}'],
    ["bad-edge.json", '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"zz"}]}'],
  ];
  for (const [name, body] of skeletonProblems) {
    it(`${name}: the same error, naming the file and the place`, async () => {
      const text = name.endsWith(".json") ? body : `<?xml version="1.0"?>\n${body}`;
      const { whole, streamed } = await bothWays(name, text);
      expect(whole.ok).toBe(false);
      expect(streamed).toEqual(whole);
    });
  }

  it("truncated XML: an error naming the file and a line, and no graph", async () => {
    const text = serialise(generatedGraph(200, 3), "gexf");
    const chunks = pieces(text.slice(0, text.length / 2), 4096);
    const result = await streamGraphFile([{ name: "cut.gexf", chunks }], "gexf");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe("cut.gexf");
    expect(result.error.message).toMatch(/^malformed XML: /);
    expect(result.error.line).toBeGreaterThan(1);
    expect(result.error.fix).toMatch(/complete/);
  });

  it("bad JSON mid-stream: the line and column of the bad character", async () => {
    const lines = serialise(generatedGraph(200, 3), "json").split("\n");
    const at = Math.floor(lines.length / 2);
    lines[at] = `${lines[at].slice(0, 4)}@${lines[at].slice(4)}`;
    const result = await streamGraphFile(
      [{ name: "bad.json", chunks: pieces(lines.join("\n"), 1000) }],
      "json",
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        file: "bad.json",
        line: at + 1,
        column: 5,
        message: 'malformed JSON: unexpected "@"',
      },
    });
  });

  it("JSON that stops early says the file ends before the JSON is complete", async () => {
    const text = serialise(generatedGraph(50, 3), "json");
    const result = await streamGraphFile(
      [{ name: "cut.json", chunks: pieces(text.slice(0, -200), 512) }],
      "json",
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        file: "cut.json",
        message: "malformed JSON: the file ends before the JSON is complete",
      },
    });
  });

  it("text after the JSON value is an error too", async () => {
    const result = await streamGraphFile(
      [{ name: "extra.json", chunks: pieces('{"nodes":[]}\n x', 5) }],
      "json",
    );
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 2 } });
  });
});
