// What the Details panel lists, without the DOM: its subject, a node's links grouped by relation
// and direction (undirected first) without what the legend hides, an edge as a sentence, the hubs.
import { describe, expect, it } from "vitest";
import {
  detailsSubject,
  LINKS_FIRST_BUDGET,
  LINKS_SHOWN_FIRST,
  linkSentence,
  linksShownFirst,
  mostConnected,
  nodeLinkGroups,
} from "../../src/state/details.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });
const RELATIONS = ["proposed", "reiterated", "issued", "addresses", "contrasts-with", "links"];

/** "direction relation: neighbour, neighbour" per group, in the panel's order. */
function listed(graph = securityGraph(), key = "new-security-concept", changes = {}) {
  return nodeLinkGroups(graph, RELATIONS, key, view(changes)).map(
    ({ direction, relation, links }) =>
      `${direction} ${relation}: ${links.map((link) => link.neighbour).join(", ")}`,
  );
}

describe("the subject of Details", () => {
  it("is the selected edge, else the focused node, else the start page", () => {
    const graph = securityGraph();
    const edge = "china~proposed~new-security-concept";
    expect(detailsSubject(graph, view({ focus: "china", selectedEdge: edge }))).toEqual({
      kind: "edge",
      edge,
    });
    expect(detailsSubject(graph, view({ focus: "china" }))).toEqual({ kind: "node", key: "china" });
    expect(detailsSubject(graph, view({ focus: "gone", selectedEdge: "gone" }))).toEqual({
      kind: "overview",
    });
  });
});

describe("a node's links", () => {
  it("are outgoing then incoming, in the relations' order, sorted by the neighbour's name", () => {
    expect(listed()).toEqual([
      "out addresses: drug-smuggling, international-terrorism",
      "in proposed: china",
      "in reiterated: china, position-paper",
      "in contrasts-with: human-security",
    ]);
  });

  it("leave out what the legend hides: a relation or the neighbour's kind", () => {
    expect(listed(undefined, undefined, { hiddenRelations: ["reiterated"] })).not.toContainEqual(
      expect.stringContaining("reiterated"),
    );
    expect(listed(undefined, undefined, { hiddenKinds: ["actor"] })).toEqual([
      "out addresses: drug-smuggling, international-terrorism",
      "in reiterated: position-paper",
      "in contrasts-with: human-security",
    ]);
    expect(listed(undefined, "island")).toEqual([]);
  });

  it("list an undirected link once, first, whichever end it was stored from", () => {
    const graph = securityGraph();
    graph.addDirectedEdgeWithKey("island~links~china", "island", "china", {
      relation: "links",
      evidence: [],
      undirected: true,
    });
    expect(listed(graph, "china")[0]).toBe("both links: island");
    expect(listed(graph, "island")).toEqual(["both links: china"]);
  });
});

describe("the start page and titles", () => {
  it("says an edge as a sentence, and finds the hubs once per graph", () => {
    const graph = securityGraph();
    expect(linkSentence(graph, "new-security-concept~addresses~drug-smuggling")).toBe(
      "new security concept addresses drug smuggling",
    );
    const hubs = mostConnected(graph);
    expect(hubs[0].key).toBe("new-security-concept");
    expect(mostConnected(graph)).toBe(hubs);
  });
});

describe("linksShownFirst", () => {
  it("lists 30 links a group for a few groups, fewer for many, never under 5", () => {
    expect(linksShownFirst(1)).toBe(LINKS_SHOWN_FIRST);
    expect(linksShownFirst(4)).toBe(30);
    expect(linksShownFirst(8)).toBe(LINKS_FIRST_BUDGET / 8);
    expect(linksShownFirst(24)).toBe(5);
    expect(linksShownFirst(100)).toBe(5);
    expect(linksShownFirst(0)).toBe(30);
  });
});
