// The derived state: one chain from the dataset and the view to what is shown, read alike by
// the renderer and the panels, right whichever store listener runs first.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import type { Dataset } from "../../src/state/dataset.ts";
import { createDerivedState, type DerivedReason } from "../../src/state/derived.ts";
import { setKindHidden } from "../../src/state/filters.ts";
import { focusNode } from "../../src/state/focus.ts";
import { createStore } from "../../src/state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

function dataset(graph: KnowledgeGraph, name = "fixture"): Dataset {
  return { graph, sourceTexts: {}, name, isBuiltIn: false };
}

function otherGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.addNode("valjean", { label: "Valjean", nodeKind: "character" });
  graph.addNode("javert", { label: "Javert", nodeKind: "character" });
  graph.addDirectedEdgeWithKey("valjean~knows~javert", "valjean", "javert", {
    relation: "knows",
    evidence: [],
  });
  return graph;
}

function setUp() {
  const datasets = createStore<Dataset>(dataset(securityGraph()));
  const view = createStore<ViewState>(DEFAULT_VIEW);
  const derived = createDerivedState({ dataset: datasets, view });
  return { datasets, view, derived };
}

describe("the derived state", () => {
  it("indexes the dataset and colours its kinds and relations", () => {
    const { derived } = setUp();
    expect(derived.index().kinds).toEqual(["actor", "document", "principle", "threat"]);
    expect(derived.palette().kinds.get("actor")).toBe("#0072B2");
    expect([...derived.palette().relations.keys()]).toEqual(derived.index().relations);
    expect(derived.view().counts.nodesTotal).toBe(derived.index().graph.order);
  });

  it("reads the new dataset even in a listener that runs before its own", () => {
    const datasets = createStore<Dataset>(dataset(securityGraph()));
    const view = createStore<ViewState>(DEFAULT_VIEW);
    let kindsSeen: readonly string[] = [];
    let derived: ReturnType<typeof createDerivedState> | null = null;
    // Subscribed before the derived state exists, so it runs first.
    datasets.subscribe(() => {
      kindsSeen = derived?.index().kinds ?? [];
    });
    derived = createDerivedState({ dataset: datasets, view });
    datasets.update(() => dataset(otherGraph(), "les-miserables"));
    expect(kindsSeen).toEqual(["character"]);
    expect(derived.view().counts.nodesTotal).toBe(2);
  });

  it("tells its listeners why the derived view changed, and follows the view", () => {
    const { datasets, view, derived } = setUp();
    const reasons: DerivedReason[] = [];
    derived.subscribe((reason) => reasons.push(reason));
    view.update(focusNode("china"));
    expect(derived.view().focus).toBe("china");
    view.update(setKindHidden("threat", true));
    expect(derived.view().filteredNodes.has("international-terrorism")).toBe(true);
    datasets.update(() => dataset(otherGraph()));
    expect(reasons).toEqual(["view", "view", "dataset"]);
  });

  it("hovers and previews until the dataset changes, then forgets both", () => {
    const { datasets, derived } = setUp();
    const reasons: DerivedReason[] = [];
    derived.subscribe((reason) => reasons.push(reason));
    derived.setHover("china");
    derived.setHover("china");
    expect(derived.view().hover).toBe("china");
    expect(derived.view().spotlight?.nodes.has("new-security-concept")).toBe(true);
    expect(reasons).toEqual(["view"]);
    datasets.update(() => dataset(otherGraph()));
    expect(derived.view().hover).toBeNull();
    derived.setHover("valjean");
    expect(derived.view().hover).toBe("valjean");
  });

  it("returns the same derived view while nothing it depends on changed", () => {
    const { view, derived } = setUp();
    const first = derived.view();
    expect(derived.view()).toBe(first);
    view.update(focusNode("china"));
    expect(derived.view()).not.toBe(first);
  });

  it("stops following the stores once destroyed", () => {
    const { view, derived } = setUp();
    let calls = 0;
    derived.subscribe(() => calls++);
    derived.destroy();
    view.update(focusNode("china"));
    expect(calls).toBe(0);
  });
});
