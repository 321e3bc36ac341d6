import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/load.ts";
import type { CuratedFile, KnowledgeGraph } from "../../src/model/types.ts";
import {
  dateToTime,
  dateToYear,
  isEdgePresent,
  isEdgePresentIn,
  isNodePresent,
  isNodePresentIn,
  timelineIndex,
  timeRange,
} from "../../src/query/timeline.ts";

const GRAPH_PATH = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

type Dated = [key: string, date?: string];
type DatedEdge = [source: string, relation: string, target: string, date?: string];

function graphOf(nodes: Dated[], edges: DatedEdge[] = []): KnowledgeGraph {
  return buildGraph({
    title: "Test",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
    nodes: nodes.map(([key, date]) => ({
      key,
      label: key,
      nodeKind: "actor",
      description: "",
      date,
    })),
    edges: edges.map(([source, relation, target, date]) => ({
      source,
      relation,
      target,
      evidence: [],
      date,
    })),
  });
}

describe("dateToTime", () => {
  it("places year, month and day dates at the start of the period they name", () => {
    expect(dateToTime("1997")).toBe(1997);
    expect(dateToTime("1997-03")).toBeCloseTo(1997 + 59 / 365, 10);
    expect(dateToTime("2002-07-31")).toBeCloseTo(2002 + 211 / 365, 10);
    expect(dateToTime("2000-03-01")).toBeCloseTo(2000 + 60 / 366, 10);
  });

  it("sorts a coarser date before the finer dates inside it", () => {
    const sorted = ["1997-03-05", "1998", "1997-03", "1997", "1997-12-31"].sort(
      (a, b) => (dateToTime(a) ?? 0) - (dateToTime(b) ?? 0),
    );
    expect(sorted).toEqual(["1997", "1997-03", "1997-03-05", "1997-12-31", "1998"]);
  });

  it("refuses what is not an ISO year, month or day", () => {
    for (const date of ["", "97", "1997-13", "1997-02-29", "1997-3", "c. 1997", undefined, 1997]) {
      expect(dateToTime(date), String(date)).toBeNull();
    }
    expect(dateToTime("1996-02-29")).not.toBeNull();
  });

  it("counts every date of a year as present from that year on", () => {
    expect(["1997", "1997-03", "1997-12-31"].map(dateToYear)).toEqual([1997, 1997, 1997]);
  });
});

describe("timeRange", () => {
  it("spans the years of node and edge dates", () => {
    const graph = graphOf(
      [["china", "1997-03"], ["nsc"], ["un", "1994"]],
      [["un", "proposed", "nsc", "2011-09-06"]],
    );
    expect(timeRange(graph)).toEqual({ min: 1994, max: 2011 });
    expect(timelineIndex(graph).range).toEqual({ min: 1994, max: 2011 });
  });

  it("is null when nothing is dated", () => {
    expect(timeRange(graphOf([["a"], ["b"]], [["a", "r", "b"]]))).toBeNull();
  });

  it("covers 1991 to 2011 in the built-in graph", () => {
    expect(existsSync(GRAPH_PATH), "graph/new-security-concept.kg.json must exist").toBe(true);
    const file = JSON.parse(readFileSync(GRAPH_PATH, "utf8")) as CuratedFile;
    expect(timeRange(buildGraph(file))).toEqual({ min: 1991, max: 2011 });
  });
});

describe("presence as of a year", () => {
  const graph = graphOf(
    [["china", "1997-03"], ["nsc", "1997"], ["paper", "2002-07-31"], ["un"], ["terrorism"]],
    [
      ["china", "proposed", "nsc", "1997-03"],
      ["china", "reiterated", "nsc", "2002"],
      ["un", "proposed", "nsc", "1991"],
      ["china", "proposed", "paper"],
      ["nsc", "addresses", "terrorism"],
      ["un", "contrasts-with", "terrorism"],
    ],
  );
  const index = timelineIndex(graph);

  it("shows a node from the year of its date, whatever the precision", () => {
    expect(isNodePresent(graph, "china", 1996, true)).toBe(false);
    expect(isNodePresent(graph, "china", 1997, true)).toBe(true);
    expect(isNodePresent(graph, "paper", 2001, true)).toBe(false);
    expect(isNodePresent(graph, "paper", 2002, true)).toBe(true);
  });

  it("shows undated nodes only when asked to", () => {
    expect(isNodePresent(graph, "un", 1997, true)).toBe(true);
    expect(isNodePresent(graph, "un", 1997, false)).toBe(false);
  });

  it("shows everything when no year is set", () => {
    graph.forEachNode((node) => expect(isNodePresent(graph, node, null, false)).toBe(true));
    graph.forEachEdge((edge) => expect(isEdgePresent(graph, edge, null, false)).toBe(true));
  });

  it("shows an edge from its own date, but never before both its ends", () => {
    expect(isEdgePresent(graph, "china~reiterated~nsc", 2001, true)).toBe(false);
    expect(isEdgePresent(graph, "china~reiterated~nsc", 2002, true)).toBe(true);
    expect(isEdgePresent(graph, "china~proposed~nsc", 1997, true)).toBe(true);
    // Dated 1991, but "nsc" only exists from 1997.
    expect(isEdgePresent(graph, "un~proposed~nsc", 1996, true)).toBe(false);
    expect(isEdgePresent(graph, "un~proposed~nsc", 1997, true)).toBe(true);
    // "un" is undated: hiding undated items hides its edges too.
    expect(isEdgePresent(graph, "un~proposed~nsc", 1997, false)).toBe(false);
  });

  it("dates an undated edge by its ends, and treats it as undated when they are too", () => {
    expect(isEdgePresent(graph, "china~proposed~paper", 2001, true)).toBe(false);
    expect(isEdgePresent(graph, "china~proposed~paper", 2002, false)).toBe(true);
    expect(isEdgePresent(graph, "nsc~addresses~terrorism", 2000, true)).toBe(true);
    expect(isEdgePresent(graph, "nsc~addresses~terrorism", 2000, false)).toBe(false);
    expect(isEdgePresent(graph, "un~contrasts-with~terrorism", 1950, true)).toBe(true);
    expect(isEdgePresent(graph, "un~contrasts-with~terrorism", 1950, false)).toBe(false);
  });

  it("gives the same answers from the precomputed index, for every item and year", () => {
    for (const year of [null, 1990, 1991, 1996, 1997, 2001, 2002, 2030]) {
      for (const showUndated of [true, false]) {
        graph.forEachNode((node) => {
          const expected = isNodePresent(graph, node, year, showUndated);
          expect(isNodePresentIn(index, node, year, showUndated), `${node} ${year}`).toBe(expected);
        });
        graph.forEachEdge((edge) => {
          const expected = isEdgePresent(graph, edge, year, showUndated);
          expect(isEdgePresentIn(index, edge, year, showUndated), `${edge} ${year}`).toBe(expected);
        });
      }
    }
    expect(isNodePresentIn(index, "missing", null, true)).toBe(false);
  });
});

describe("how much of a graph is dated", () => {
  it("counts dated nodes and edges; mostly undated graphs hide the undated when a year is set", async () => {
    const { datedCounts, showsUndatedByDefault } = await import("../../src/query/timeline.ts");
    const { readFileSync } = await import("node:fs");
    const { buildGraph } = await import("../../src/model/load.ts");
    const file = JSON.parse(
      readFileSync(new URL("../../graph/new-security-concept.kg.json", import.meta.url), "utf8"),
    );
    const counts = datedCounts(buildGraph(file));
    expect(counts).toMatchObject({ nodes: 80, datedNodes: 9 });
    expect(showsUndatedByDefault(counts)).toBe(false);
    expect(showsUndatedByDefault({ nodes: 10, datedNodes: 6, edges: 0, datedEdges: 0 })).toBe(true);
  });
});
