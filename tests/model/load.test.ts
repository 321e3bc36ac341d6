import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/model/edge-key.ts";
import { buildGraph } from "../../src/model/load.ts";
import { curatedFixture } from "./curated-fixture.ts";

describe("buildGraph (a validated curated file -> the graph the app explores)", () => {
  const file = curatedFixture();
  const graph = buildGraph(file);

  it("is a directed multigraph, so one pair can carry several relations", () => {
    expect(graph).toBeInstanceOf(MultiDirectedGraph);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.edges("china", "new-security-concept")).toHaveLength(2);
  });

  it("keeps the title and the sources as graph attributes", () => {
    expect(graph.getAttribute("title")).toBe("A small test graph");
    expect(graph.getAttribute("sources")).toEqual(file.sources);
  });

  it("gives nodes the contract's attributes, aliases defaulting to an empty list", () => {
    expect(graph.getNodeAttributes("china")).toEqual({
      label: "China",
      nodeKind: "actor",
      description: "A state.",
      aliases: ["People’s Republic of China", "PRC"],
    });
    expect(graph.getNodeAttributes("new-security-concept")).toMatchObject({
      aliases: [],
      date: "1997-03",
    });
  });

  it("keys edges as source~relation~target", () => {
    expect(graph.edges()).toEqual([
      "china~proposed~new-security-concept",
      "china~reiterated~new-security-concept",
      "new-security-concept~contrasts-with~asean-regional-forum",
    ]);
    expect(edgeKey("china", "proposed", "new-security-concept")).toBe(
      "china~proposed~new-security-concept",
    );
    expect(graph.source("china~proposed~new-security-concept")).toBe("china");
    expect(graph.target("china~proposed~new-security-concept")).toBe("new-security-concept");
  });

  it("gives edges their relation, date and evidence, each quote with its source document", () => {
    expect(graph.getEdgeAttributes("china~proposed~new-security-concept")).toEqual({
      relation: "proposed",
      evidence: [{ quote: "China formally proposed the “new security concept”", source: "essay" }],
      date: "1997-03",
    });
  });

  it("never sets a `type` attribute, which sigma would read as a program name", () => {
    for (const node of graph.nodes()) expect(graph.hasNodeAttribute(node, "type")).toBe(false);
    for (const edge of graph.edges()) expect(graph.hasEdgeAttribute(edge, "type")).toBe(false);
  });
});
