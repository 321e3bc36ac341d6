import { describe, expect, it } from "vitest";
import { createViewDeriver, isEdgeHidden, isNodeHidden } from "../../src/state/derive-view.ts";
import { pathEmphasis } from "../../src/state/emphasis.ts";
import {
  exportBaseName,
  exportFileName,
  exportSubgraph,
  fileSafe,
} from "../../src/state/export-scope.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });
const sorted = (keys: Iterable<string>) => [...keys].sort();

/** What the explorer shows for a view, with "Hide the rest" on: the nodes and edges not hidden. */
function shownOnScreen(state: ViewState) {
  const index = createGraphIndex(securityGraph());
  const derived = createViewDeriver(index)({ ...state, hideOthers: true }, null);
  return {
    nodes: sorted(index.graph.filterNodes((key) => !isNodeHidden(derived, key))),
    edges: sorted(
      index.graph.filterEdges(
        (key, _attributes, source, target) =>
          !isEdgeHidden(derived, key) &&
          !isNodeHidden(derived, source) &&
          !isNodeHidden(derived, target),
      ),
    ),
    counts: derived.counts,
  };
}

describe("exporting the current view", () => {
  const views: [string, Partial<ViewState>][] = [
    ["the default view", {}],
    ["a focus at depth 1", { focus: "china" }],
    ["a focus at depth 2", { focus: "china", depth: 2 }],
    ["a focus at depth 3 without threats", { focus: "undp", depth: 3, hiddenKinds: ["threat"] }],
    [
      "a focus at depth 2 without two relations",
      { focus: "new-security-concept", depth: 2, hiddenRelations: ["addresses", "reiterated"] },
    ],
    ["no focus, documents hidden", { hiddenKinds: ["document"] }],
    [
      "a focus on a hidden kind (the explorer then shows all)",
      { focus: "china", hiddenKinds: ["actor"] },
    ],
  ];
  for (const [name, changes] of views) {
    it(`holds exactly the nodes and edges on screen: ${name}`, () => {
      const state = view(changes);
      const exported = exportSubgraph(securityGraph(), state, "view");
      const screen = shownOnScreen(state);
      expect(sorted(exported.nodes())).toEqual(screen.nodes);
      expect(sorted(exported.edges())).toEqual(screen.edges);
      expect(exported.order).toBe(screen.counts.nodesShown);
      expect(exported.size).toBe(screen.counts.edgesShown);
    });
  }

  it("keeps descriptions, dates, evidence and the graph's title and sources", () => {
    const graph = securityGraph();
    graph.mergeNodeAttributes("china", { description: "A state.", date: "1949", x: 1, y: 2 });
    graph.mergeEdgeAttributes("china~proposed~new-security-concept", { date: "1997-03" });
    const exported = exportSubgraph(graph, view({ focus: "china" }), "view");
    expect(exported.getNodeAttributes("china")).toMatchObject({
      label: "china",
      nodeKind: "actor",
      description: "A state.",
      date: "1949",
      aliases: ["PRC"],
      x: 1,
      y: 2,
    });
    expect(exported.getEdgeAttributes("china~proposed~new-security-concept")).toEqual({
      relation: "proposed",
      evidence: [{ quote: "china proposed new-security-concept.", source: "nsc" }],
      date: "1997-03",
    });
    expect(exported.getAttribute("title")).toBe("Fixture");
    expect(exported.getAttribute("sources")).toHaveLength(1);
  });

  it("holds exactly what the explorer shows as of a year, given the view's filtered items", () => {
    const graph = securityGraph();
    graph.setNodeAttribute("china", "date", "1949");
    graph.setNodeAttribute("new-security-concept", "date", "1997-03");
    graph.setNodeAttribute("international-terrorism", "date", "2001");
    graph.setNodeAttribute("position-paper", "date", "2002-07-31");
    const index = createGraphIndex(graph);
    for (const changes of [
      { year: 1998 },
      { year: 1998, focus: "china", depth: 3 },
      { year: 1998, showUndated: false },
    ]) {
      const state = view({ ...changes, hideOthers: true });
      const derived = createViewDeriver(index)(state, null);
      const exported = exportSubgraph(graph, state, "view", {
        alsoHidden: { nodes: derived.filteredNodes, edges: derived.filteredEdges },
      });
      const shownNodes = graph.filterNodes((key) => !isNodeHidden(derived, key));
      const shownEdges = graph.filterEdges(
        (key, _attributes, source, target) =>
          !isEdgeHidden(derived, key) &&
          !isNodeHidden(derived, source) &&
          !isNodeHidden(derived, target),
      );
      expect(sorted(exported.nodes())).toEqual(sorted(shownNodes));
      expect(sorted(exported.edges())).toEqual(sorted(shownEdges));
      expect(exported.order).toBe(derived.counts.nodesShown);
      expect(exported.hasNode("position-paper")).toBe(false);
    }
  });

  it("leaves out what another filter (the timeline) hides", () => {
    const exported = exportSubgraph(securityGraph(), view({ focus: "china", depth: 2 }), "view", {
      alsoHidden: {
        nodes: new Set(["drug-smuggling"]),
        edges: new Set(["china~reiterated~new-security-concept"]),
      },
    });
    expect(exported.hasNode("drug-smuggling")).toBe(false);
    expect(exported.hasNode("international-terrorism")).toBe(true);
    expect(exported.edges()).not.toContain("china~reiterated~new-security-concept");
    expect(exported.edges()).toContain("china~proposed~new-security-concept");
  });

  it("does not change the graph it cuts from", () => {
    const graph = securityGraph();
    const exported = exportSubgraph(graph, view({ focus: "china" }), "view");
    exported.setNodeAttribute("china", "color", "#ff0000");
    expect(graph.getNodeAttribute("china", "color")).toBeUndefined();
    expect(graph.order).toBe(9);
  });
});

describe("exporting the whole graph", () => {
  it("holds every node and edge, whatever the view hides", () => {
    const state = view({ focus: "china", hiddenKinds: ["threat"], hiddenRelations: ["proposed"] });
    const exported = exportSubgraph(securityGraph(), state, "whole");
    expect(exported.order).toBe(9);
    expect(exported.size).toBe(9);
  });
});

describe("exporting a selection", () => {
  it("holds the selected nodes and the edges among them", () => {
    const state = view({ selection: ["china", "new-security-concept", "undp"] });
    const exported = exportSubgraph(securityGraph(), state, "selection");
    expect(sorted(exported.nodes())).toEqual(["china", "new-security-concept", "undp"]);
    expect(sorted(exported.edges())).toEqual([
      "china~proposed~new-security-concept",
      "china~reiterated~new-security-concept",
    ]);
  });

  it("minus the kinds and relations the legend hides, and keys that are not nodes", () => {
    const state = view({
      selection: ["china", "new-security-concept", "drug-smuggling", "atlantis"],
      hiddenKinds: ["threat"],
      hiddenRelations: ["reiterated"],
    });
    const exported = exportSubgraph(securityGraph(), state, "selection");
    expect(sorted(exported.nodes())).toEqual(["china", "new-security-concept"]);
    expect(exported.edges()).toEqual(["china~proposed~new-security-concept"]);
  });

  it("is empty when nothing is selected", () => {
    expect(exportSubgraph(securityGraph(), DEFAULT_VIEW, "selection").order).toBe(0);
  });
});

describe("exporting the paths shown", () => {
  it("holds the paths' nodes and exactly their steps, not other edges among those nodes", () => {
    const graph = securityGraph();
    const ends = { from: "china", to: "international-terrorism" };
    const index = createGraphIndex(graph);
    const state = view({ path: ends });
    const path = pathEmphasis(ends, index.emphasis.paths(state));
    const exported = exportSubgraph(graph, state, "path", { path });
    // Both parallel edges china→nsc make a path; position-paper and drug-smuggling are off it.
    expect(sorted(exported.nodes())).toEqual([
      "china",
      "international-terrorism",
      "new-security-concept",
    ]);
    expect(sorted(exported.edges())).toEqual([
      "china~proposed~new-security-concept",
      "china~reiterated~new-security-concept",
      "new-security-concept~addresses~international-terrorism",
    ]);
    expect(exportBaseName("new-security-concept", state, "path", exported)).toBe(
      "china-to-international-terrorism-paths",
    );
  });

  it("is empty without paths", () => {
    expect(exportSubgraph(securityGraph(), DEFAULT_VIEW, "path").order).toBe(0);
  });
});

describe("file names say what the file holds", () => {
  const name = (state: ViewState, kind: "view" | "whole" | "selection") => {
    const graph = securityGraph();
    return exportBaseName("new-security-concept", state, kind, exportSubgraph(graph, state, kind));
  };

  it("names the whole graph after the dataset", () => {
    expect(name(view({ focus: "china", depth: 2 }), "whole")).toBe("new-security-concept");
    expect(name(DEFAULT_VIEW, "view")).toBe("new-security-concept");
  });

  it("names a focus and its depth", () => {
    expect(name(view({ focus: "china", depth: 2 }), "view")).toBe("china-depth-2");
    expect(exportFileName("china-depth-2", "gexf")).toBe("china-depth-2.gexf");
  });

  it("counts the nodes of a selection", () => {
    const five = ["china", "undp", "island", "human-security", "position-paper"];
    expect(name(view({ selection: five }), "selection")).toBe("selection-5-nodes");
    expect(name(view({ selection: ["china"] }), "selection")).toBe("selection-1-node");
    expect(exportFileName("selection-5-nodes", "graphml")).toBe("selection-5-nodes.graphml");
  });

  it("says when the legend or the timeline left something out", () => {
    expect(name(view({ hiddenKinds: ["threat"] }), "view")).toBe("new-security-concept-filtered");
    expect(name(view({ focus: "china", hiddenRelations: ["proposed"] }), "view")).toBe(
      "china-depth-1-filtered",
    );
    expect(name(view({ focus: "china", year: 1997 }), "view")).toBe("china-depth-1-as-of-1997");
  });

  it("names the two CSV files apart", () => {
    expect(exportFileName("china-depth-2", "csv", "nodes")).toBe("china-depth-2-nodes.csv");
    expect(exportFileName("china-depth-2", "csv", "edges")).toBe("china-depth-2-edges.csv");
  });

  it("turns keys and names into names every file system accepts", () => {
    expect(fileSafe("<img src=x onerror=alert(1)>")).toBe("img-src-x-onerror-alert-1");
    expect(fileSafe("Les Misérables / 1862")).toBe("les-misérables-1862");
    expect(fileSafe("../../etc/passwd")).toBe("etc-passwd");
    expect(fileSafe("a".repeat(200))).toHaveLength(60);
    expect(exportBaseName("???", DEFAULT_VIEW, "whole", securityGraph())).toBe("graph");
  });
});
