import { describe, expect, it } from "vitest";
import {
  createViewDeriver,
  isEdgeDimmed,
  isEdgeHidden,
  isNodeDimmed,
  isNodeHidden,
  MAX_FORCED_LABELS,
  MAX_LABELLED_EDGES,
} from "../../src/state/derive-view.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { appearanceChanges } from "../../src/view/appearance-changes.ts";
import { securityGraph } from "./fixture.ts";

function setup() {
  const index = createGraphIndex(securityGraph());
  const derive = createViewDeriver(index);
  return { index, derive };
}

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });
const dimmed = (derived: ReturnType<ReturnType<typeof createViewDeriver>>, keys: string[]) =>
  keys.filter((key) => isNodeDimmed(derived, key));

describe("what the graph shows", () => {
  it("shows everything, undimmed, in the default view", () => {
    const { index, derive } = setup();
    const derived = derive(DEFAULT_VIEW, null);
    expect(index.graph.filterNodes((key) => isNodeDimmed(derived, key))).toEqual([]);
    expect(index.graph.filterNodes((key) => isNodeHidden(derived, key))).toEqual([]);
    expect(derived.counts).toEqual({ nodesShown: 9, nodesTotal: 9, edgesShown: 9, edgesTotal: 9 });
  });

  it("on hover keeps the node and its neighbours, dims the rest, labels its edges", () => {
    const { index, derive } = setup();
    const derived = derive(DEFAULT_VIEW, "undp");
    const kept = index.graph.filterNodes((key) => !isNodeDimmed(derived, key));
    expect(kept.sort()).toEqual(["human-development-report", "human-security", "undp"]);
    expect([...derived.labelledEdges].sort()).toEqual([
      "undp~issued~human-development-report",
      "undp~proposed~human-security",
    ]);
    expect(isEdgeDimmed(derived, "china~proposed~new-security-concept")).toBe(true);
  });

  it("does not count hovered neighbourhoods in the status line", () => {
    const { derive } = setup();
    expect(derive(DEFAULT_VIEW, "undp").counts.nodesShown).toBe(9);
  });

  it("on focus keeps the neighbourhood at depth 1, wider at depth 2", () => {
    const { index, derive } = setup();
    const depth1 = derive(view({ focus: "china" }), null);
    expect(index.graph.filterNodes((key) => !isNodeDimmed(depth1, key))).toEqual([
      "china",
      "new-security-concept",
    ]);
    expect(depth1.counts.nodesShown).toBe(2);
    expect(depth1.counts.edgesShown).toBe(2);
    const depth2 = derive(view({ focus: "china", depth: 2 }), null);
    expect(dimmed(depth2, index.graph.nodes()).sort()).toEqual([
      "human-development-report",
      "island",
      "undp",
    ]);
    expect(depth2.counts.nodesShown).toBe(6);
  });

  it("labels every node and edge of the focused neighbourhood", () => {
    const { derive } = setup();
    const derived = derive(view({ focus: "china" }), null);
    expect([...derived.labelledNodes].sort()).toEqual(["china", "new-security-concept"]);
    expect([...derived.labelledEdges].sort()).toEqual([
      "china~proposed~new-security-concept",
      "china~reiterated~new-security-concept",
    ]);
  });

  it("forces only the centre's and the most linked labels on a huge neighbourhood", () => {
    const graph = securityGraph();
    for (let index = 0; index <= MAX_FORCED_LABELS; index++) {
      graph.addNode(`leaf-${index}`, { label: `leaf ${index}`, nodeKind: "principle" });
      graph.addEdge("china", `leaf-${index}`, { relation: "proposed", evidence: [] });
    }
    // leaf-7 is the best linked leaf; leaf-0 and leaf-1 tie with the rest and come first.
    graph.addEdge("leaf-7", "leaf-8", { relation: "proposed", evidence: [] });
    graph.addEdge("leaf-7", "leaf-9", { relation: "proposed", evidence: [] });
    const derived = createViewDeriver(createGraphIndex(graph))(view({ focus: "china" }), null);
    expect(derived.labelledNodes.size).toBe(MAX_FORCED_LABELS);
    const labels = [...derived.labelledNodes];
    expect(labels[0]).toBe("china");
    expect(labels.indexOf("leaf-7")).toBeLessThan(labels.indexOf("leaf-8"));
    expect(labels.indexOf("leaf-8")).toBeLessThan(labels.indexOf("leaf-0"));
    expect(derived.labelledNodes.has(`leaf-${MAX_FORCED_LABELS}`)).toBe(false);
    expect(derived.labelledEdges.size).toBe(0);
    expect(isNodeDimmed(derived, "leaf-7")).toBe(false);
  });

  it("labels only the centre's edges when a spotlight has many", () => {
    const graph = securityGraph();
    for (let index = 0; index < MAX_LABELLED_EDGES; index++) {
      graph.addNode(`leaf-${index}`, { label: `leaf ${index}`, nodeKind: "principle" });
      graph.addEdge("undp", `leaf-${index}`, { relation: "proposed", evidence: [] });
    }
    const derive = createViewDeriver(createGraphIndex(graph));
    const derived = derive(view({ focus: "undp" }), null);
    expect(derived.spotlight?.edges.size).toBe(MAX_LABELLED_EDGES + 3);
    expect(derived.labelledEdges.size).toBe(MAX_LABELLED_EDGES + 2);
    for (const edge of derived.labelledEdges) expect(graph.extremities(edge)).toContain("undp");
    expect(derived.labelledEdges.has("human-development-report~proposed~human-security")).toBe(
      false,
    );
    expect(derived.labelledNodes.has("leaf-3")).toBe(true);
    // A small spotlight keeps every relation label.
    const small = derive(view({ focus: "human-development-report" }), null);
    expect(small.labelledEdges).toBe(small.spotlight?.edges);
  });

  it("with a focus, hovering a node lights its neighbours up too, as without a focus", () => {
    const { index, derive } = setup();
    const focused = derive(view({ focus: "china" }), null);
    const derived = derive(view({ focus: "china" }), "undp");
    const kept = index.graph.filterNodes((key) => !isNodeDimmed(derived, key));
    expect(kept.sort()).toEqual([
      "china",
      "human-development-report",
      "human-security",
      "new-security-concept",
      "undp",
    ]);
    expect(isEdgeDimmed(derived, "undp~issued~human-development-report")).toBe(false);
    expect(isEdgeDimmed(derived, "china~proposed~new-security-concept")).toBe(false);
    expect(isEdgeDimmed(derived, "human-security~contrasts-with~new-security-concept")).toBe(true);
    expect(derived.labelledNodes.has("human-security")).toBe(true);
    // The focus is what is counted and what Hide the rest keeps; the pointer only adds light.
    expect(derived.counts).toEqual(focused.counts);
    expect(derived.focusSpotlight).toBe(focused.focusSpotlight);
    // Pointing at it again reuses the same sets (nothing built per frame).
    derive(view({ focus: "china" }), "china");
    expect(derive(view({ focus: "china" }), "undp").spotlight).toBe(derived.spotlight);
  });

  it("hides the rest around a path when asked, and counts the path", () => {
    const { index, derive } = setup();
    const path = { from: "undp", to: "new-security-concept" };
    const dimmedOnly = derive(view({ path }), null);
    expect(index.graph.filterNodes((key) => isNodeHidden(dimmedOnly, key))).toEqual([]);
    const derived = derive(view({ path, hideOthers: true }), null);
    const shown = index.graph.filterNodes((key) => !isNodeHidden(derived, key));
    expect(shown.sort()).toEqual([...(derived.spotlight?.nodes ?? [])].sort());
    expect(shown).toContain("undp");
    expect(shown).toContain("new-security-concept");
    expect(shown).not.toContain("china");
    expect(derived.counts.nodesShown).toBe(shown.length);
    expect(isEdgeHidden(derived, "china~proposed~new-security-concept")).toBe(true);
  });

  it("hides instead of dimming the rest when asked", () => {
    const { index, derive } = setup();
    const derived = derive(view({ focus: "china", hideOthers: true }), null);
    expect(index.graph.filterNodes((key) => !isNodeHidden(derived, key))).toEqual([
      "china",
      "new-security-concept",
    ]);
    expect(isEdgeHidden(derived, "undp~proposed~human-security")).toBe(true);
    expect(isEdgeHidden(derived, "china~proposed~new-security-concept")).toBe(false);
  });

  it("hides nodes of a hidden kind, and the edges that touch them", () => {
    const { derive } = setup();
    const derived = derive(view({ hiddenKinds: ["threat"] }), null);
    expect(isNodeHidden(derived, "international-terrorism")).toBe(true);
    expect(isEdgeHidden(derived, "new-security-concept~addresses~drug-smuggling")).toBe(true);
    expect(derived.counts).toEqual({ nodesShown: 7, nodesTotal: 9, edgesShown: 7, edgesTotal: 9 });
  });

  it("hides edges of a hidden relation and does not walk them from the focus", () => {
    const { derive } = setup();
    const derived = derive(view({ hiddenRelations: ["proposed"], focus: "undp" }), null);
    expect(isEdgeHidden(derived, "undp~proposed~human-security")).toBe(true);
    expect([...(derived.spotlight?.nodes ?? [])].sort()).toEqual([
      "human-development-report",
      "undp",
    ]);
  });

  it("ignores a focus on a node that is not in the graph", () => {
    const { derive } = setup();
    const derived = derive(view({ focus: "atlantis" }), null);
    expect(derived.spotlight).toBeNull();
    expect(derived.focus).toBeNull();
  });

  it("rings search matches, not the nodes of hidden kinds", () => {
    const { derive } = setup();
    expect([...derive(view({ search: "human" }), null).searchMatches].sort()).toEqual([
      "human-development-report",
      "human-security",
    ]);
    const filtered = derive(view({ search: "human", hiddenKinds: ["document"] }), null);
    expect([...filtered.searchMatches]).toEqual(["human-security"]);
  });

  it("labels both ends of a selected edge", () => {
    const { derive } = setup();
    const derived = derive(view({ selectedEdge: "undp~issued~human-development-report" }), null);
    expect([...derived.labelledNodes].sort()).toEqual(["human-development-report", "undp"]);
    expect([...derived.labelledEdges]).toEqual(["undp~issued~human-development-report"]);
  });
});

describe("what the renderer repaints", () => {
  it("repaints only forced labels when a hover spotlight appears (dimming is not per item)", () => {
    const { index, derive } = setup();
    const before = derive(DEFAULT_VIEW, null);
    const after = derive(DEFAULT_VIEW, "undp");
    const on = appearanceChanges(index, before, after);
    expect(on.nodes.sort()).toEqual([...after.labelledNodes].sort());
    expect(on.edges.sort()).toEqual([...after.labelledEdges].sort());
    const off = appearanceChanges(index, after, before);
    expect(off.nodes.sort()).toEqual(on.nodes);
  });

  it("repaints every edge when a spotlight appears on a graph that thickens its edges", () => {
    const { index, derive } = setup();
    const changes = appearanceChanges(
      index,
      derive(DEFAULT_VIEW, null),
      derive(DEFAULT_VIEW, "undp"),
      true,
    );
    expect(changes.edges).toHaveLength(index.graph.size);
  });

  it("repaints the focus ring and the labels that change when the focus depth grows", () => {
    const { index, derive } = setup();
    const before = derive(view({ focus: "china" }), null);
    const after = derive(view({ focus: "china", depth: 2 }), null);
    const changes = appearanceChanges(index, before, after);
    expect(changes.nodes.sort()).toEqual([
      "drug-smuggling",
      "human-security",
      "international-terrorism",
      "position-paper",
    ]);
    expect(changes.edges).not.toContain("undp~issued~human-development-report");
  });

  it("repaints nothing when a kind is toggled off: hiding is an item state", () => {
    const { index, derive } = setup();
    const changes = appearanceChanges(
      index,
      derive(DEFAULT_VIEW, null),
      derive(view({ hiddenKinds: ["document"] }), null),
    );
    expect(changes).toEqual({ nodes: [], edges: [] });
  });

  it("repaints nothing when nothing visible changed", () => {
    const { index, derive } = setup();
    // Pointing at a node the legend hides lights nothing up.
    const before = derive(view({ focus: "china", hiddenKinds: ["threat"] }), null);
    const after = derive(view({ focus: "china", hiddenKinds: ["threat"] }), "drug-smuggling");
    expect(appearanceChanges(index, before, after)).toEqual({ nodes: [], edges: [] });
  });

  it("reuses the sets it computed when the inputs did not change", () => {
    const { derive } = setup();
    const first = derive(view({ focus: "china", hiddenKinds: ["threat"] }), null);
    const second = derive(view({ focus: "china", hiddenKinds: ["threat"], search: "x" }), null);
    expect(second.filteredNodes).toBe(first.filteredNodes);
    expect(second.spotlight).toBe(first.spotlight);
  });
});
