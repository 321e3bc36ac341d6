// Graphs the format tests write and read back: a small one full of strings that break naive
// writers, a seeded generator for large ones, and what "the same graph" means after a round trip.
import { MultiDirectedGraph } from "graphology";
import { seededRandom } from "../../src/layout/seeded-random.ts";
import { edgeKey } from "../../src/model/edge-key.ts";
import type {
  EdgeAttributes,
  EvidenceItem,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from "../../src/model/types.ts";

export function emptyGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

function addEdge(
  graph: KnowledgeGraph,
  source: string,
  relation: string,
  target: string,
  attributes: { evidence: EvidenceItem[]; date?: string } = { evidence: [] },
): void {
  graph.addDirectedEdgeWithKey(edgeKey(source, relation, target), source, target, {
    ...attributes,
    relation,
  });
}

/** Quotes, separators, markup, line breaks and scripts of every kind, in every attribute. */
export function nastyGraph(): KnowledgeGraph {
  const graph = emptyGraph();
  graph.replaceAttributes({
    title: "Nasty <graph> & “quotes”",
    sources: [
      { id: "essay", title: "The essay, “as published”", path: "sources/essay.txt" },
      { id: "notes", title: "Notes & <drafts>", path: "sources/notes 2.txt" },
    ],
  });
  graph.addNode("china", {
    label: "China",
    nodeKind: "actor",
    description: "A state.\nIt said: “mutual trust”, “mutual benefit”.",
    aliases: ["People’s Republic of China", "PRC", "中华人民共和国"],
    date: "1949-10-01",
    x: 12.5,
    y: -3.25,
    size: 7,
    color: "#d62728",
  });
  graph.addNode('key with "quotes", commas & <tags>', {
    label: "Quote \" and apostrophe ' and <b>bold</b> & ampersand",
    nodeKind: "principle",
    description: "Line one\r\nline two\ttabbed\u2028separator; ]]> and --> end",
    aliases: ["a || b is one alias", "", "[not json"],
    date: "1997-03",
    x: 0.1 + 0.2,
    y: 1e-7,
  });
  graph.addNode("emoji-🙂", {
    label: "Emoji 🙂 and RTL مرحبا and accents Côte d’Ivoire",
    nodeKind: "threat",
    description: "",
    aliases: ['["looks", "like json"]'],
    color: "rgb(12,34,56)",
  });
  graph.addNode("  spaced  ", {
    label: "  leading and trailing spaces  ",
    nodeKind: "document",
    description: '=SUM(A1:A2) looks like a formula, "quoted" twice ""',
    aliases: [" || ", "|", "||"],
    date: "2002",
  });
  addEdge(graph, "china", "proposed", 'key with "quotes", commas & <tags>', {
    evidence: [
      {
        quote: "In March 1997, China formally proposed the “new security concept”.",
        source: "essay",
      },
      { quote: 'A quote with "double quotes", commas, and a line\nbreak', source: "notes" },
      { quote: 'Markup <a href="x">link</a> & entities &amp; stay text', source: "essay" },
    ],
    date: "1997-03",
  });
  addEdge(graph, "china", "reiterated", 'key with "quotes", commas & <tags>', {
    evidence: [{ quote: "A parallel edge: same pair, another relation", source: "notes" }],
  });
  addEdge(graph, "emoji-🙂", "contrasts-with", "emoji-🙂", {
    evidence: [
      { quote: "A self-loop || with the CSV separator inside", source: "essay" },
      { quote: "[looks like json", source: "" },
    ],
  });
  addEdge(graph, "  spaced  ", "addresses", "emoji-🙂", { evidence: [], date: "2002-07-31" });
  return graph;
}

const WORDS = [
  "security",
  "trust",
  "“concept”",
  "forum",
  "ASEAN",
  "co-operation",
  "中国",
  "Côte",
  "a, b",
  'say "x"',
  "<tag>",
  "&",
];
const KINDS = ["actor", "document", "principle", "threat"];
const RELATIONS = ["proposed", "reiterated", "addresses", "contrasts-with"];

/** A deterministic graph of `order` nodes and about 1.5 edges per node. */
export function generatedGraph(order: number, seed: number): KnowledgeGraph {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");
  const graph = emptyGraph();
  graph.replaceAttributes({
    title: `Generated graph ${seed}`,
    sources: [{ id: "essay", title: "Essay", path: "sources/essay.txt" }],
  });
  for (let index = 0; index < order; index++) {
    const attributes: NodeAttributes = {
      label: `${words(2)} ${index}`,
      nodeKind: pick(KINDS),
      description: words(3),
      aliases: random() < 0.3 ? [words(2), words(1)] : [],
      x: Math.round((random() - 0.5) * 1e6) / 1000,
      y: Math.round((random() - 0.5) * 1e6) / 1000,
    };
    if (random() < 0.5) attributes.date = String(1990 + Math.floor(random() * 30));
    graph.addNode(`n${index}`, attributes);
  }
  for (let index = 0; index < order * 1.5; index++) {
    const source = `n${Math.floor(random() * order)}`;
    const target = `n${Math.floor(random() * order)}`;
    const relation = pick(RELATIONS);
    const key = edgeKey(source, relation, target);
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, source, target, {
      relation,
      evidence:
        random() < 0.8
          ? [`${words(3)}.`, `${words(2)}\n${words(1)}`]
              .slice(0, 1 + Math.floor(random() * 2))
              .map((quote, index) => ({ quote, source: index === 0 ? "essay" : "notes" }))
          : [],
    });
  }
  return graph;
}

const NODE_CONTRACT = [
  "label",
  "nodeKind",
  "description",
  "aliases",
  "date",
  "x",
  "y",
  "size",
  "color",
];
const EDGE_CONTRACT = ["relation", "evidence", "date"];

function pick(attributes: Record<string, unknown>, names: readonly string[]) {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (attributes[name] !== undefined) picked[name] = attributes[name];
  return picked;
}

/** The graph as a user sees it: keys, ends and the contract's attributes, in file order. */
export function contractView(graph: KnowledgeGraph) {
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, ...pick(attributes, NODE_CONTRACT) })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      ...pick(attributes, EDGE_CONTRACT),
    })),
  };
}
