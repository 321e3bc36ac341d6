// The export panel's steps without the DOM: which scopes can be chosen, what each cuts, the
// names the files download as, and what is said afterwards; then the files' contents.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/state/dataset.ts";
import { createDerivedState } from "../../src/state/derived.ts";
import {
  counted,
  cutForExport,
  exportFileNames,
  failedMessage,
  isPicture,
  isScopeAvailable,
  previewAll,
  savedMessage,
  scopeCounts,
  usableScope,
} from "../../src/state/export-choices.ts";
import { svgExportFile, textExportFiles } from "../../src/state/export-files.ts";
import { setKindHidden } from "../../src/state/filters.ts";
import { focusNode, showPath } from "../../src/state/focus.ts";
import { selectNodes } from "../../src/state/selection.ts";
import { createStore } from "../../src/state/store.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

function setUp(changes: ((view: ViewState) => ViewState)[] = []) {
  const dataset = createStore<Dataset>({
    graph: securityGraph(),
    sourceTexts: {},
    name: "New Security Concept",
    isBuiltIn: false,
  });
  const view = createStore<ViewState>(DEFAULT_VIEW);
  for (const change of changes) view.update(change);
  const derived = createDerivedState({ dataset, view });
  return { graph: dataset.get().graph, view: view.get(), derived };
}

describe("choosing a scope", () => {
  it("offers a selection and paths only when the view has them, and falls back to the view", () => {
    const { view } = setUp();
    expect(isScopeAvailable("view", view)).toBe(true);
    expect(isScopeAvailable("whole", view)).toBe(true);
    expect(isScopeAvailable("selection", view)).toBe(false);
    expect(isScopeAvailable("path", view)).toBe(false);
    expect(usableScope("selection", view)).toBe("view");
    expect(usableScope("path", view)).toBe("view");
    expect(usableScope("whole", view)).toBe("whole");
    const selected = setUp([selectNodes(["china"]), showPath({ from: "china", to: "undp" })]).view;
    expect(usableScope("selection", selected)).toBe("selection");
    expect(usableScope("path", selected)).toBe("path");
  });

  it("previews every scope: the whole graph as is, the view cut as the screen shows it", () => {
    const { graph, view, derived } = setUp([focusNode("china"), setKindHidden("document", true)]);
    const parts = previewAll(graph, derived, view);
    expect([...parts.keys()]).toEqual(["view", "whole", "selection", "path"]);
    expect(parts.get("whole")).toBe(graph);
    const shown = parts.get("view");
    expect(shown?.hasNode("china")).toBe(true);
    expect(shown?.filterNodes((_key, node) => node.nodeKind === "document")).toEqual([]);
    expect(shown?.order).toBeLessThan(graph.order);
    expect(parts.get("selection")?.order).toBe(0);
    expect(scopeCounts(parts.get("selection") ?? graph)).toBe("(0 nodes, 0 edges)");
  });

  it("cuts a copy, so writing onto it leaves the shown graph alone", () => {
    const { graph, view, derived } = setUp();
    const whole = cutForExport(graph, derived, view, "whole");
    expect(whole).not.toBe(graph);
    expect(whole.order).toBe(graph.order);
  });
});

describe("naming the files", () => {
  it("names CSV's two files, nodes first, and every other format one file", () => {
    const { graph, view } = setUp();
    const name = "New Security Concept";
    expect(exportFileNames(name, view, "whole", "csv", graph)).toEqual([
      "new-security-concept-nodes.csv",
      "new-security-concept-edges.csv",
    ]);
    expect(exportFileNames(name, view, "whole", "ttl", graph)).toEqual([
      "new-security-concept.ttl",
    ]);
    const focused = setUp([focusNode("china")]);
    const cut = cutForExport(focused.graph, focused.derived, focused.view, "view");
    expect(exportFileNames(name, focused.view, "view", "png", cut)).toEqual(["china-depth-1.png"]);
  });

  it("says what was saved, or why not and what to try", () => {
    const { graph } = setUp();
    expect(savedMessage(["a-nodes.csv", "a-edges.csv"], graph)).toBe(
      `Saved a-nodes.csv and a-edges.csv: ${graph.order} nodes, ${graph.size} edges.`,
    );
    expect(failedMessage(["a.png"], new Error("the picture is too big"))).toBe(
      "a.png could not be saved: the picture is too big. Try another format or a smaller scale.",
    );
    expect(counted(1, "edge")).toBe("1 edge");
    expect(isPicture("svg") && isPicture("png") && !isPicture("json")).toBe(true);
  });
});

describe("the files' contents", () => {
  it("writes the drawn colours onto the copy, then the format: CSV as two files", () => {
    const { graph, view, derived } = setUp();
    const exported = cutForExport(graph, derived, view, "whole");
    const look = { appearance: derived.appearance(), palette: derived.palette() };
    const [nodes, edges] = textExportFiles(exported, "csv", ["n.csv", "e.csv"], look);
    expect(nodes).toMatchObject({ name: "n.csv", mime: "text/csv" });
    expect(edges.name).toBe("e.csv");
    expect(nodes.text.split("\r\n")[0]).toContain("color");
    expect(exported.getNodeAttribute("china", "color")).toBe(derived.palette().kinds.get("actor"));
    expect(graph.getNodeAttribute("china", "color")).toBeUndefined();
  });

  it("writes one JSON file that reads back with every node", () => {
    const { graph, view, derived } = setUp();
    const exported = cutForExport(graph, derived, view, "whole");
    const look = { appearance: derived.appearance(), palette: derived.palette() };
    const [file] = textExportFiles(exported, "json", ["g.json"], look);
    expect(file.mime).toBe("application/json");
    expect(JSON.parse(file.text).nodes).toHaveLength(graph.order);
  });

  it("renders an SVG scene as an SVG file", () => {
    const file = svgExportFile("g.svg", {
      width: 10,
      height: 10,
      background: "#ffffff",
      title: "t",
      nodes: [],
      edges: [],
    });
    expect(file.mime).toBe("image/svg+xml");
    expect(file.text).toContain("<svg");
  });
});
