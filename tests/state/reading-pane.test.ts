// What the reading pane shows, without the DOM: the document, the sentences of the focus or the
// selected edge, a title the text lacks, and the sentence to scroll to after a change.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/model/edge-key.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { createEmphasisIndex } from "../../src/state/emphasis.ts";
import {
  documentToShow,
  relatedSentences,
  sentenceToReveal,
  sourceTitle,
  titleAboveText,
} from "../../src/state/reading-pane.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";

// Sentence ids are "doc:paragraph.sentence"; the essay opens with its title, the notes do not.
const ESSAY =
  "Security, old and new\n\nChina proposed the concept. The concept addresses terrorism.";
const NOTES = "Briefing notes.\n\nUNDP issued the report.";

function setUp() {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({
    sources: [
      { id: "essay", title: "Security, old and new", path: "essay.txt" },
      { id: "notes", title: "Notes for the tests", path: "notes.txt" },
    ],
  });
  for (const key of ["china", "concept", "terrorism", "undp", "report"]) {
    graph.addNode(key, { label: key, nodeKind: "actor" });
  }
  const edge = (source: string, relation: string, target: string, quote: string, doc: string) =>
    graph.addDirectedEdgeWithKey(edgeKey(source, relation, target), source, target, {
      relation,
      evidence: [{ quote, source: doc }],
    });
  edge("china", "proposed", "concept", "China proposed the concept.", "essay");
  edge("concept", "addresses", "terrorism", "The concept addresses terrorism.", "essay");
  edge("undp", "issued", "report", "UNDP issued the report.", "notes");
  const index = createEmphasisIndex(graph, { essay: ESSAY, notes: NOTES });
  return { graph, index };
}

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe("the document shown", () => {
  it("is the chosen one, else the selected sentence's, else the focus's, else the first", () => {
    const { graph, index } = setUp();
    const shown = (changes: Partial<ViewState>) =>
      documentToShow(graph, index, view(changes))?.sourceId;
    expect(shown({})).toBe("essay");
    expect(shown({ focus: "undp" })).toBe("notes");
    expect(shown({ sentence: "notes:1.0" })).toBe("notes");
    expect(shown({ focus: "undp", sourceDoc: "essay" })).toBe("essay");
    expect(shown({ sourceDoc: "missing", focus: "china" })).toBe("essay");
  });

  it("is none when the graph carries no text", () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    expect(documentToShow(graph, createEmphasisIndex(graph), DEFAULT_VIEW)).toBeNull();
  });

  it("has its title shown above it only when its text does not open with it", () => {
    const { graph, index } = setUp();
    const [essay, notes] = index.documents();
    expect(titleAboveText(graph, essay)).toBeNull();
    expect(titleAboveText(graph, notes)).toBe("Notes for the tests");
    expect(sourceTitle(graph, "unknown")).toBe("unknown");
  });
});

describe("the sentences related to the view", () => {
  it("are the selected edge's, else the focused node's", () => {
    const { graph, index } = setUp();
    expect(relatedSentences(graph, index, view({ focus: "concept" }))).toEqual([
      "essay:1.0",
      "essay:1.1",
    ]);
    const edge = view({ focus: "concept", selectedEdge: "concept~addresses~terrorism" });
    expect(relatedSentences(graph, index, edge)).toEqual(["essay:1.1"]);
    expect(relatedSentences(graph, index, DEFAULT_VIEW)).toEqual([]);
  });
});

describe("the sentence scrolled to", () => {
  const all = () => true;
  it("is a newly selected sentence, else the first related one of a new focus", () => {
    const before = view({ focus: "china" });
    expect(sentenceToReveal(view({ focus: "china", sentence: "s2" }), before, ["s1"], all)).toBe(
      "s2",
    );
    expect(sentenceToReveal(view({ focus: "concept" }), before, ["s1", "s3"], all)).toBe("s1");
    expect(sentenceToReveal(before, null, ["s1"], all)).toBe("s1");
  });

  it("is none when nothing new was asked about, or the sentence is not on screen", () => {
    const before = view({ focus: "china", sentence: "s2" });
    expect(sentenceToReveal(view({ ...before, depth: 2 }), before, ["s1"], all)).toBeNull();
    const onlyS1 = (id: string) => id === "s1";
    expect(sentenceToReveal(view({ focus: "china", sentence: "s9" }), before, ["s1"], onlyS1)).toBe(
      null,
    );
    expect(sentenceToReveal(view({ focus: "concept" }), before, ["s9"], onlyS1)).toBeNull();
  });
});
