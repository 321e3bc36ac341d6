// "Kind from": the view's choice of attribute rewrites the nodes' kinds, the index, palette and
// legend follow, hidden kinds are let go, the choice can be undone, and a link carries it (its
// hidden kinds checked against the kinds under the chosen attribute).
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { surveyGraph } from "../../src/appearance/attribute-survey.ts";
import { kindChoices, MAX_KINDS, resolveKindFrom } from "../../src/appearance/kinds-from.ts";
import { parseGraphFile } from "../../src/formats/index.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import type { Dataset } from "../../src/state/dataset.ts";
import { createDerivedState } from "../../src/state/derived.ts";
import { setKindHidden } from "../../src/state/filters.ts";
import { chooseKindFrom, loadedKinds } from "../../src/state/kind-source.ts";
import { createStore } from "../../src/state/store.ts";
import { decodeView, encodeView } from "../../src/state/url-codec.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { fixturePath } from "../fixture-path.ts";

function lesMiserables(): KnowledgeGraph {
  const name = "les-miserables.gexf";
  const result = parseGraphFile([{ name, text: readFileSync(fixturePath(name), "utf8") }]);
  if (!result.ok) throw new Error(result.error.message);
  return result.graph;
}

/** As an import leaves it: kinds taken from `category`; `team` another choice. */
function imported(): KnowledgeGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const rows = [
    ["a", "person", "red"],
    ["b", "person", "blue"],
    ["c", "place", "red"],
    ["d", "place", ""],
  ];
  for (const [key, category, team] of rows)
    graph.addNode(key, { label: key, nodeKind: category, category, team });
  return graph;
}

function setUp(graph = lesMiserables(), isRemote = false) {
  const dataset: Dataset = { graph, sourceTexts: {}, name: "fixture", isBuiltIn: false, isRemote };
  const view = createStore<ViewState>(DEFAULT_VIEW);
  const derived = createDerivedState({ dataset: createStore(dataset), view });
  return { graph, view, derived };
}

describe("kind from", () => {
  it("offers the guess first, then nodeKind and attributes with few values", () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (let i = 0; i <= MAX_KINDS; i++)
      graph.addNode(`n${i}`, { label: `n${i}`, nodeKind: "node", id: i, team: i % 2, empty: "" });
    const survey = surveyGraph(graph);
    expect(kindChoices(survey)).toEqual(["nodeKind", "team"]);
    expect(resolveKindFrom("team", survey)).toBe("team");
    expect(resolveKindFrom("id", survey)).toBe("nodeKind");
    expect(resolveKindFrom("nope", survey)).toBe("nodeKind");
    expect(kindChoices(surveyGraph(lesMiserables()))).toEqual(["modularity_class", "nodeKind"]);
    expect(kindChoices(surveyGraph(imported()))).toEqual(["category", "nodeKind", "team"]);
  });

  it("reads the kinds from the chosen attribute, lets hidden kinds go, and goes back", () => {
    const { graph, view, derived } = setUp(imported());
    expect(derived.facts().kindFrom).toBe("category");
    expect(derived.index().kinds).toEqual(["person", "place"]);
    view.update(setKindHidden("person", true));

    view.update(chooseKindFrom("team"));
    expect(view.get().hiddenKinds).toEqual([]);
    expect(derived.facts().kindFrom).toBe("team");
    expect(derived.index().kinds).toEqual(["blue", "node", "red"]);
    expect(derived.index().kindCounts.get("red")).toBe(2);
    expect(graph.mapNodes((_key, attributes) => attributes.nodeKind)).toEqual([
      "red",
      "blue",
      "red",
      "node",
    ]);
    expect([...derived.palette().kinds.keys()]).toEqual(derived.index().kinds);
    expect(derived.appearance().resolved.kindFrom).toBe("team");

    view.update(chooseKindFrom(undefined));
    expect(derived.index().kinds).toEqual(["person", "place"]);
    expect(graph.getNodeAttribute("d", "nodeKind")).toBe("place");
    // The guess and the survey stay the import's, whatever was chosen in between.
    expect(loadedKinds(graph).survey.kindSource).toBe("category");
  });

  it("keeps the facts while other appearance settings change", () => {
    const { view, derived } = setUp();
    const facts = derived.facts();
    view.update((state) => ({ ...state, appearance: { nodeSize: "degree" } }));
    expect(derived.facts()).toBe(facts);
  });

  it("leaves a remote graph's kinds to the server", () => {
    const { graph, view, derived } = setUp(imported(), true);
    view.update(chooseKindFrom("team"));
    expect(derived.facts().kindFrom).toBe("category");
    expect(graph.getNodeAttribute("a", "nodeKind")).toBe("person");
  });

  it("travels in a link, whose hidden kinds are the chosen attribute's", () => {
    const { view, derived } = setUp(imported());
    const decoded = decodeView("hideKinds=red&kindFrom=team", derived.index().viewContext);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.state.appearance.kindFrom).toBe("team");
    expect(decoded.state.hiddenKinds).toEqual(["red"]);
    expect(encodeView(decoded.state)).toBe("hideKinds=red&kindFrom=team");

    // Under the chosen attribute, a link without kindFrom is checked against the guess's kinds.
    view.update(chooseKindFrom("team"));
    const back = decodeView("hideKinds=place", derived.index().viewContext);
    expect(back.state.hiddenKinds).toEqual(["place"]);
    const bad = decodeView("kindFrom=label&hideKinds=red", derived.index().viewContext);
    expect(bad.state.appearance.kindFrom).toBeUndefined();
    expect(bad.ignored).toEqual([
      'kindFrom "label" (expected a node attribute with a few values)',
      'hideKinds "red" (no such node kind)',
    ]);
  });
});
