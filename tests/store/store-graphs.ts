// The graphs every GraphStore is checked on: the built-in graph, a generated 10k-node graph, and a
// small graph of awkward cases (keys with accents, astral characters and SQL in them, self-loops,
// attributes outside the contract, an edge without evidence, a node without a label).
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { generateGraph, splitSentences } from "../../bench/generate-graph.ts";
import { BUILT_IN_GRAPH, REPO_ROOT } from "../../src/cli/paths.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";

export function builtInGraph(): KnowledgeGraph {
  const read = readCurated(BUILT_IN_GRAPH);
  if (!read.ok) throw new Error("the built-in graph does not load");
  return read.graph;
}

let generated: KnowledgeGraph | null = null;

/** 10k nodes, 50k edges, seeded: the same graph every run (built once per test file). */
export function generatedGraph(): KnowledgeGraph {
  if (!generated) {
    const text = readFileSync(`${REPO_ROOT}graph/sources/new-security-concept.txt`, "utf8");
    const serialised = generateGraph({
      nodes: 10_000,
      edges: 50_000,
      seed: 11,
      sentences: splitSentences(text),
    });
    generated = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    generated.import(serialised);
  }
  return generated;
}

export function awkwardGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    title: "Awkward ‘cases’",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
  });
  graph.addNode("Zürich", { label: "Zürich", nodeKind: "actor", aliases: ["Zurich city"] });
  graph.addNode("zurich", { label: "ZURICH", nodeKind: "actor", description: "Upper case." });
  graph.addNode("emoji-😀", { label: "Smiling 😀 actor", nodeKind: "actor", x: 1.5, y: -2 });
  graph.addNode("\uffe0wide", { label: "Wide ￠ sign", nodeKind: "threat" });
  graph.addNode("'; DROP TABLE nodes; --", { label: "Bobby tables", nodeKind: "document" });
  graph.addNode("100%_sure", { label: "100% sure", nodeKind: "principle", date: "2001-02" });
  graph.addNode("no-label", { nodeKind: "principle" } as NodeAttributes);
  graph.addNode("odd", {
    label: "Odd attributes",
    nodeKind: "principle",
    weight: 3,
    tags: ["a", "b"],
    nested: { deep: [1, null, "x"] },
    aliases: ["Strange", "Bizarre one"],
  });
  const edge = (source: string, relation: string, target: string, extra = {}) =>
    graph.addDirectedEdgeWithKey(`${source}~${relation}~${target}`, source, target, {
      relation,
      evidence: [{ quote: `${source} ${relation} ${target}`, source: "doc" }],
      ...extra,
    });
  edge("Zürich", "proposed", "zurich");
  edge("Zürich", "contrasts-with", "zurich", { date: "1999" });
  edge("zurich", "addresses", "\uffe0wide");
  edge("emoji-😀", "part-of", "Zürich", { weight: 0.25 });
  edge("'; DROP TABLE nodes; --", "issued", "100%_sure");
  edge("100%_sure", "part-of", "Zürich");
  edge("odd", "part-of", "odd");
  edge("no-label", "part-of", "odd");
  graph.addDirectedEdgeWithKey("bare", "odd", "emoji-😀", {
    relation: "proposed",
  } as EdgeAttributes);
  return graph;
}
