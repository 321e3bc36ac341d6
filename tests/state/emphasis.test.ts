import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/model/edge-key.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { createViewDeriver } from "../../src/state/derive-view.ts";
import {
  createEmphasisIndex,
  edgeSentences,
  explainedPaths,
  hiddenByTime,
  nodeSentences,
  pathEmphasis,
  pathNodeKeys,
  sentenceEmphasis,
  viewEmphasis,
} from "../../src/state/emphasis.ts";
import { clearFocus, focusNode } from "../../src/state/focus.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import {
  createItemStates,
  edgeState,
  ITEM_HIDDEN,
  nodeState,
  writeItemStates,
} from "../../src/state/item-states.ts";
import { toggleSentence } from "../../src/state/reading.ts";
import { selectNodes } from "../../src/state/selection.ts";
import { createStore } from "../../src/state/store.ts";
import { decodeView } from "../../src/state/url-codec.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { appearanceChanges } from "../../src/view/appearance-changes.ts";

// Paragraph 0 is the title; sentence ids are "doc:paragraph.sentence".
const TEXT = [
  "Security, old and new",
  "In 1994, UNDP issued the Human Development Report. The report proposed human security. Nobody disagreed.",
  "In 1997, China proposed the new security concept. The concept addresses terrorism.",
].join("\n\n");
const SENTENCE = {
  issued: "doc:1.0",
  reportProposed: "doc:1.1",
  nobody: "doc:1.2",
  chinaProposed: "doc:2.0",
  addresses: "doc:2.1",
};

function readingGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({ sources: [{ id: "doc", title: "Security", path: "doc.txt" }] });
  const node = (key: string, nodeKind: string, date?: string) =>
    graph.addNode(key, { label: key, nodeKind, ...(date ? { date } : {}) });
  const edge = (source: string, relation: string, target: string, quote: string, date?: string) =>
    graph.addDirectedEdgeWithKey(edgeKey(source, relation, target), source, target, {
      relation,
      evidence: [quote],
      sourceDoc: "doc",
      ...(date ? { date } : {}),
    });
  node("undp", "actor");
  node("report", "document", "1994");
  node("human-security", "principle", "1994");
  node("china", "actor");
  node("nsc", "principle", "1997-03");
  node("terrorism", "threat");
  edge("undp", "issued", "report", "UNDP issued the Human Development Report", "1994");
  edge("report", "proposed", "human-security", "The report proposed human security.");
  edge("china", "proposed", "nsc", "China proposed the new security concept");
  edge("china", "reiterated", "nsc", "In 1997, China proposed the new security concept.");
  edge("nsc", "addresses", "terrorism", "The concept addresses terrorism.");
  edge("human-security", "contrasts-with", "nsc", "human security");
  return graph;
}

function setup() {
  const graph = readingGraph();
  const index = createEmphasisIndex(graph, { doc: TEXT });
  return { graph, index, evidence: index.evidence(), timeline: index.timeline() };
}

const sorted = (items: Iterable<string>) => [...items].sort();
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe("a sentence in the graph", () => {
  it("lights up every edge it is evidence for, and the ends of those edges", () => {
    const { graph, evidence } = setup();
    const emphasis = sentenceEmphasis(graph, evidence, SENTENCE.chinaProposed);
    expect(sorted(emphasis?.edges ?? [])).toEqual(["china~proposed~nsc", "china~reiterated~nsc"]);
    expect(sorted(emphasis?.nodes ?? [])).toEqual(["china", "nsc"]);
  });

  it("lights up nothing for a sentence that backs no edge, or one that does not exist", () => {
    const { graph, evidence } = setup();
    expect(sentenceEmphasis(graph, evidence, SENTENCE.nobody)).toBeNull();
    expect(sentenceEmphasis(graph, evidence, "doc:9.9")).toBeNull();
  });

  it("finds a node's sentences and an edge's sentences, in reading order", () => {
    const { graph, evidence } = setup();
    expect(nodeSentences(graph, evidence, "nsc")).toEqual([
      SENTENCE.reportProposed,
      SENTENCE.chinaProposed,
      SENTENCE.addresses,
    ]);
    expect(nodeSentences(graph, evidence, "undp")).toEqual([SENTENCE.issued]);
    expect(edgeSentences(evidence, "nsc~addresses~terrorism")).toEqual([SENTENCE.addresses]);
    expect(nodeSentences(graph, evidence, "atlantis")).toEqual([]);
  });

  it("has no sentences at all when the graph carries no source text", () => {
    const index = createEmphasisIndex(readingGraph());
    expect(index.documents()).toEqual([]);
    expect(sentenceEmphasis(index.graph, index.evidence(), SENTENCE.chinaProposed)).toBeNull();
  });
});

describe("the path between two nodes", () => {
  it("walks edges either way and emphasises the nodes and edges of every path", () => {
    const { graph } = setup();
    const ends = { from: "undp", to: "terrorism" };
    const paths = explainedPaths(graph, ends, view({}));
    expect(paths[0].nodes).toEqual(["undp", "report", "human-security", "nsc", "terrorism"]);
    const emphasis = pathEmphasis(ends, paths);
    expect(emphasis.nodes.has("china")).toBe(paths.some((path) => path.nodes.includes("china")));
    expect(emphasis.edges.has("report~proposed~human-security")).toBe(true);
    expect(emphasis.nodes.has("terrorism")).toBe(true);
  });

  it("respects the legend: with a relation hidden there is no path, and only the ends stand out", () => {
    const { graph } = setup();
    const ends = { from: "china", to: "terrorism" };
    const paths = explainedPaths(graph, ends, view({ hiddenRelations: ["addresses"] }));
    expect(paths).toEqual([]);
    expect(sorted(pathEmphasis(ends, paths).nodes)).toEqual(["china", "terrorism"]);
    expect(pathEmphasis(ends, paths).edges.size).toBe(0);
  });

  it("respects the timeline: before the concept was proposed, China and terrorism are not linked", () => {
    const { graph, timeline } = setup();
    const ends = { from: "china", to: "terrorism" };
    const asOf = (year: number) => hiddenByTime(graph, timeline, year, true);
    expect(explainedPaths(graph, ends, view({}), asOf(1995))).toEqual([]);
    expect(explainedPaths(graph, ends, view({}), asOf(1997))[0].nodes).toEqual([
      "china",
      "nsc",
      "terrorism",
    ]);
  });

  it("gives the path's nodes as an export scope, the same paths while nothing changes", () => {
    const { index } = setup();
    const state = view({ path: { from: "china", to: "terrorism" } });
    expect(pathNodeKeys(index, state)).toEqual(["china", "nsc", "terrorism"]);
    expect(index.paths(state)).toBe(index.paths({ ...state }));
    expect(pathNodeKeys(index, view({}))).toEqual([]);
  });
});

describe("the year filter", () => {
  it("spans the years of the dates; a graph without dates has no timeline", () => {
    expect(setup().index.range()).toEqual({ min: 1994, max: 1997 });
    const undated = readingGraph();
    undated.forEachNode((key) => undated.removeNodeAttribute(key, "date"));
    undated.forEachEdge((key) => undated.removeEdgeAttribute(key, "date"));
    expect(createEmphasisIndex(undated).range()).toBeNull();
  });

  it("hides what did not exist yet, keeping undated items when asked to", () => {
    const { graph, timeline } = setup();
    const hidden = hiddenByTime(graph, timeline, 1995, true);
    expect(sorted(hidden.nodes)).toEqual(["nsc"]);
    expect(sorted(hidden.edges)).toEqual([
      "china~proposed~nsc",
      "china~reiterated~nsc",
      "human-security~contrasts-with~nsc",
      "nsc~addresses~terrorism",
    ]);
  });

  it("hides undated items too when they are not shown", () => {
    const { graph, timeline } = setup();
    const hidden = hiddenByTime(graph, timeline, 1995, false);
    expect(sorted(hidden.nodes)).toEqual(["china", "nsc", "terrorism", "undp"]);
    // An edge to an undated node goes with it.
    expect(hidden.edges.has("undp~issued~report")).toBe(true);
    expect(hidden.edges.has("report~proposed~human-security")).toBe(false);
  });

  it("hides nothing without a year; only the undated items when they are switched off", () => {
    const { graph, timeline } = setup();
    expect(hiddenByTime(graph, timeline, null, true).nodes.size).toBe(0);
    expect(sorted(hiddenByTime(graph, timeline, null, false).nodes)).toEqual([
      "china",
      "terrorism",
      "undp",
    ]);
  });
});

describe("what stands out in the view", () => {
  it("prefers the sentence under the pointer, then the selected sentence, then the path", () => {
    const { index } = setup();
    const state = view({ sentence: SENTENCE.issued, path: { from: "china", to: "terrorism" } });
    expect(sorted(viewEmphasis(index, state, SENTENCE.addresses)?.nodes ?? [])).toEqual([
      "nsc",
      "terrorism",
    ]);
    expect(sorted(viewEmphasis(index, state, null)?.nodes ?? [])).toEqual(["report", "undp"]);
    expect(sorted(viewEmphasis(index, { ...state, sentence: null }, null)?.nodes ?? [])).toEqual([
      "china",
      "nsc",
      "terrorism",
    ]);
    expect(viewEmphasis(index, view({ sentence: SENTENCE.nobody }), null)).toBeNull();
  });

  it("dims everything but the selected sentence's items, over a focus elsewhere", () => {
    const derive = createViewDeriver(createGraphIndex(readingGraph(), { doc: TEXT }));
    const derived = derive(view({ focus: "undp", sentence: SENTENCE.addresses }), null);
    expect(sorted(derived.spotlight?.nodes ?? [])).toEqual(["nsc", "terrorism"]);
    expect(derived.focus).toBe("undp");
    const previewed = derive(view({}), null, SENTENCE.issued);
    expect(sorted(previewed.spotlight?.nodes ?? [])).toEqual(["report", "undp"]);
  });

  it("counts fewer nodes as of an earlier year, and repaints only what the year changed", () => {
    const index = createGraphIndex(readingGraph(), { doc: TEXT });
    const derive = createViewDeriver(index);
    const all = derive(view({}), null);
    const in1995 = derive(view({ year: 1995 }), null);
    expect(all.counts.nodesShown).toBe(6);
    expect(in1995.counts.nodesShown).toBe(5);
    expect(in1995.counts.edgesShown).toBe(2);
    // The year changes item states only: nothing goes through sigma's reducers again.
    expect(appearanceChanges(index, all, in1995)).toEqual({ nodes: [], edges: [] });
    const states = createItemStates(index.indexed);
    writeItemStates(states, index.indexed, in1995);
    const hidden = (keys: string[], state: (key: string) => number) =>
      keys.filter((key) => state(key) === ITEM_HIDDEN);
    expect(hidden(index.graph.nodes(), (key) => nodeState(states, index.indexed, key))).toEqual([
      "nsc",
    ]);
    expect(
      sorted(hidden(index.graph.edges(), (key) => edgeState(states, index.indexed, key))),
    ).toEqual([
      "china~proposed~nsc",
      "china~reiterated~nsc",
      "human-security~contrasts-with~nsc",
      "nsc~addresses~terrorism",
    ]);
  });
});

describe("changing what is read", () => {
  it("a second click deselects a sentence; focusing a node or Esc drops it", () => {
    const store = createStore<ViewState>(view({ focus: "undp" }));
    store.update(toggleSentence(SENTENCE.addresses));
    expect(store.get()).toMatchObject({ focus: "undp", sentence: SENTENCE.addresses });
    store.update(toggleSentence(SENTENCE.addresses));
    expect(store.get().sentence).toBeNull();
    store.update(toggleSentence(SENTENCE.addresses));
    store.update(focusNode("china"));
    expect(store.get()).toMatchObject({ focus: "china", sentence: null });
    store.update(toggleSentence(SENTENCE.addresses));
    store.update(clearFocus());
    expect(store.get()).toMatchObject({ focus: null, sentence: null });
  });

  it("selects the path's nodes for export, sorted, without a change when already selected", () => {
    const { index } = setup();
    const store = createStore<ViewState>(view({ path: { from: "terrorism", to: "china" } }));
    store.update(selectNodes(pathNodeKeys(index, store.get())));
    expect(store.get().selection).toEqual(["china", "nsc", "terrorism"]);
    const before = store.get();
    store.update(selectNodes(["terrorism", "nsc", "china"]));
    expect(store.get()).toBe(before);
  });

  it("a link's sentence must be a sentence of the source text", () => {
    const { viewContext } = createGraphIndex(readingGraph(), { doc: TEXT });
    expect(decodeView(`sentence=${SENTENCE.issued}`, viewContext).state.sentence).toBe(
      SENTENCE.issued,
    );
    const bad = decodeView("sentence=doc:7.0", viewContext);
    expect(bad.state.sentence).toBeNull();
    expect(bad.ignored).toEqual(['sentence "doc:7.0" (no such sentence in the source text)']);
  });
});
