import { describe, expect, it } from "vitest";
import { resolveNode } from "../../src/query/resolve-node.ts";
import { queryFixture } from "./query-fixture.ts";

const graph = queryFixture();

describe("resolveNode", () => {
  it("finds a node by its key", () => {
    expect(resolveNode(graph, "c")).toEqual({ ok: true, key: "c" });
  });

  it("finds a node by its label, ignoring case, accents, quote style and spacing", () => {
    expect(resolveNode(graph, "common SECURITY")).toEqual({ ok: true, key: "c" });
    expect(resolveNode(graph, "  cote d'ivoire ")).toEqual({ ok: true, key: "a" });
  });

  it("finds a node by one of its aliases", () => {
    expect(resolveNode(graph, "prc")).toEqual({ ok: true, key: "f" });
    expect(resolveNode(graph, "Ivory Coast")).toEqual({ ok: true, key: "a" });
  });

  it("refuses a name shared by several nodes and lists them", () => {
    const result = resolveNode(graph, "the delegation");
    expect(result).toEqual({
      ok: false,
      message:
        '"the delegation" names several nodes: "g" (Delegation), "h" (Another delegation); give the key',
      suggestions: ["g", "h"],
    });
  });

  it("suggests nodes for a typo", () => {
    const result = resolveNode(graph, "terorism");
    expect(result).toEqual({
      ok: false,
      message: 'no node has the key, label or alias "terorism" (did you mean "d" (Terrorism)?)',
      suggestions: ["d"],
    });
  });

  it("says so plainly when nothing is close", () => {
    expect(resolveNode(graph, "xylophone")).toEqual({
      ok: false,
      message: 'no node has the key, label or alias "xylophone"',
      suggestions: [],
    });
  });
});
