// Export then import gives back the same graph: same keys, same ends, same contract attributes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphFile, serialise, serialiseCsv } from "../../src/formats/index.ts";
import { buildGraph } from "../../src/model/load.ts";
import type { CuratedFile, KnowledgeGraph } from "../../src/model/types.ts";
import { contractView, generatedGraph, nastyGraph } from "./graphs.ts";

function readBack(files: { name: string; text: string }[]): KnowledgeGraph {
  const result = parseGraphFile(files);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.graph;
}

const formats = {
  json: (graph: KnowledgeGraph) =>
    readBack([{ name: "graph.json", text: serialise(graph, "json") }]),
  gexf: (graph: KnowledgeGraph) =>
    readBack([{ name: "graph.gexf", text: serialise(graph, "gexf") }]),
  graphml: (graph: KnowledgeGraph) =>
    readBack([{ name: "graph.graphml", text: serialise(graph, "graphml") }]),
  csv: (graph: KnowledgeGraph) => {
    const { nodes, edges } = serialiseCsv(graph);
    // Given in either order: the header tells the nodes file from the edge list.
    return readBack([
      { name: "nodes.csv", text: nodes },
      { name: "edges.csv", text: edges },
    ]);
  },
};

const builtIn = () =>
  buildGraph(JSON.parse(readFileSync("graph/new-security-concept.kg.json", "utf8")) as CuratedFile);

describe.each(Object.entries(formats))("%s round trip", (format, roundTrip) => {
  it("keeps every key and contract attribute of strings with quotes, separators, markup and line breaks", () => {
    const graph = nastyGraph();
    const back = roundTrip(graph);
    expect(contractView(back)).toEqual(contractView(graph));
  });

  // The XML formats take a few seconds in Node (xmldom); the CPU is shared in CI.
  it("keeps a generated graph of 10,000 nodes", { timeout: 180_000 }, () => {
    const graph = generatedGraph(10_000, 42);
    const back = roundTrip(graph);
    expect(back.order).toBe(10_000);
    expect(back.size).toBe(graph.size);
    expect(contractView(back)).toEqual(contractView(graph));
  });

  it("keeps the built-in graph", () => {
    const graph = builtIn();
    expect(graph.size).toBeGreaterThan(0);
    expect(contractView(roundTrip(graph))).toEqual(contractView(graph));
  });

  if (format !== "csv") {
    it("keeps the graph's title and its list of sources", () => {
      const graph = nastyGraph();
      const back = roundTrip(graph);
      expect(back.getAttribute("title")).toBe(graph.getAttribute("title"));
      expect(back.getAttribute("sources")).toEqual(graph.getAttribute("sources"));
    });
  }
});
