import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/model/edge-key.ts";
import { buildGraph } from "../../src/model/load.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { formatPath, type GraphPath, shortestPaths } from "../../src/query/paths.ts";

type EdgeSpec = [source: string, relation: string, target: string];

/** Nodes are given as "key" or "key:kind"; labels are the keys in upper case. */
function graphOf(nodes: string[], edges: EdgeSpec[]): KnowledgeGraph {
  return buildGraph({
    title: "Test",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
    nodes: nodes.map((spec) => {
      const [key, nodeKind = "actor"] = spec.split(":");
      return { key, label: key.toUpperCase(), nodeKind, description: "" };
    }),
    edges: edges.map(([source, relation, target]) => ({ source, relation, target, evidence: [] })),
  });
}

const chains = (paths: GraphPath[]) => paths.map((path) => path.nodes.join(" "));

describe("shortestPaths", () => {
  const security = graphOf(
    ["china", "nsc:principle", "terrorism:threat", "un"],
    [
      ["china", "proposed", "nsc"],
      ["nsc", "addresses", "terrorism"],
      ["un", "proposed", "nsc"],
    ],
  );

  it("finds the chain of relations and writes it with the edge directions", () => {
    const [path] = shortestPaths(security, "china", "terrorism");
    expect(path.nodes).toEqual(["china", "nsc", "terrorism"]);
    expect(path.steps).toEqual([
      { edge: "china~proposed~nsc", from: "china", to: "nsc", relation: "proposed", forward: true },
      {
        edge: "nsc~addresses~terrorism",
        from: "nsc",
        to: "terrorism",
        relation: "addresses",
        forward: true,
      },
    ]);
    expect(formatPath(security, path)).toBe("CHINA —proposed→ NSC —addresses→ TERRORISM");
  });

  it("walks edges against their direction and says so", () => {
    const [path] = shortestPaths(security, "terrorism", "un");
    expect(path.steps.map((step) => step.forward)).toEqual([false, false]);
    expect(formatPath(security, path)).toBe("TERRORISM ←addresses— NSC ←proposed— UN");
  });

  it("orders paths of equal length by node keys, whatever the insertion order", () => {
    const diamond = graphOf(
      ["a", "c", "b", "d"],
      [
        ["a", "r", "c"],
        ["c", "r", "d"],
        ["a", "r", "b"],
        ["b", "r", "d"],
      ],
    );
    expect(chains(shortestPaths(diamond, "a", "d"))).toEqual(["a b d", "a c d"]);
  });

  it("gives all shortest paths first, then the next shortest, up to max (default 3)", () => {
    const graph = graphOf(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "r", "b"],
        ["b", "r", "f"],
        ["a", "r", "c"],
        ["c", "r", "f"],
        ["a", "r", "d"],
        ["d", "r", "e"],
        ["e", "r", "f"],
      ],
    );
    expect(chains(shortestPaths(graph, "a", "f"))).toEqual(["a b f", "a c f", "a d e f"]);
    expect(chains(shortestPaths(graph, "a", "f", { max: 2 }))).toEqual(["a b f", "a c f"]);
    expect(chains(shortestPaths(graph, "a", "f", { max: 1 }))).toEqual(["a b f"]);
  });

  it("counts parallel edges with different relations as different paths", () => {
    const graph = graphOf(
      ["china", "nsc", "terrorism"],
      [
        ["china", "reiterated", "nsc"],
        ["china", "proposed", "nsc"],
        ["nsc", "addresses", "terrorism"],
      ],
    );
    const paths = shortestPaths(graph, "china", "terrorism");
    expect(paths.map((path) => formatPath(graph, path))).toEqual([
      "CHINA —proposed→ NSC —addresses→ TERRORISM",
      "CHINA —reiterated→ NSC —addresses→ TERRORISM",
    ]);
  });

  it("never walks a hidden relation", () => {
    const paths = shortestPaths(security, "china", "terrorism", { hiddenRelations: ["addresses"] });
    expect(paths).toEqual([]);
    const detour = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "contrasts-with", "d"],
        ["a", "r", "b"],
        ["b", "r", "c"],
        ["c", "r", "d"],
      ],
    );
    const around = shortestPaths(detour, "a", "d", { hiddenRelations: ["contrasts-with"] });
    expect(chains(around)).toEqual(["a b c d"]);
  });

  it("never walks through a node of a hidden kind, nor starts or ends at one", () => {
    expect(shortestPaths(security, "china", "un", { hiddenKinds: ["principle"] })).toEqual([]);
    expect(shortestPaths(security, "china", "terrorism", { hiddenKinds: ["threat"] })).toEqual([]);
    expect(chains(shortestPaths(security, "china", "un", { hiddenKinds: ["threat"] }))).toEqual([
      "china nsc un",
    ]);
  });

  it("finds no path between parts of the graph that are not connected", () => {
    const islands = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "r", "b"],
        ["c", "r", "d"],
      ],
    );
    expect(shortestPaths(islands, "a", "d")).toEqual([]);
  });

  it("drops paths longer than maxLength", () => {
    const line = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "r", "b"],
        ["b", "r", "c"],
        ["c", "r", "d"],
      ],
    );
    expect(shortestPaths(line, "a", "d", { maxLength: 2 })).toEqual([]);
    expect(chains(shortestPaths(line, "a", "d", { maxLength: 3 }))).toEqual(["a b c d"]);
  });

  it("returns simple paths only: no node twice, even around cycles", () => {
    const cyclic = graphOf(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "r", "b"],
        ["b", "r", "c"],
        ["c", "r", "a"],
        ["c", "r", "d"],
        ["d", "r", "e"],
        ["e", "r", "c"],
      ],
    );
    const paths = shortestPaths(cyclic, "a", "e", { max: 10 });
    expect(chains(paths)).toEqual(["a c e", "a b c e", "a c d e", "a b c d e"]);
  });

  it("answers a node to itself with the path of no step", () => {
    expect(shortestPaths(security, "china", "china")).toEqual([{ nodes: ["china"], steps: [] }]);
  });

  it("rejects an end that is not a node, naming it", () => {
    expect(() => shortestPaths(security, "china", "chnia")).toThrow('"chnia" is not a node');
  });

  it("agrees with enumerating every simple path on small random graphs", () => {
    const keys = ["a", "b", "c", "d", "e", "f"];
    const edgeSpec = fc.tuple(
      fc.constantFrom(...keys),
      fc.constantFrom("p", "q"),
      fc.constantFrom(...keys),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(edgeSpec, { maxLength: 14, selector: (edge) => edgeKey(...edge) }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(undefined, 2, 3),
        (edges, max, maxLength) => {
          const graph = graphOf(keys, edges);
          const expected = allSimplePaths(graph, "a", "f")
            .filter((path) => maxLength === undefined || path.steps.length <= maxLength)
            .slice(0, max);
          expect(shortestPaths(graph, "a", "f", { max, maxLength })).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Brute force: every simple path, sorted by length, then node keys, then edge keys. */
function allSimplePaths(graph: KnowledgeGraph, from: string, to: string): GraphPath[] {
  const paths: GraphPath[] = [];
  const walk = (path: GraphPath) => {
    const here = path.nodes[path.nodes.length - 1];
    if (here === to) {
      paths.push(path);
      return;
    }
    graph.forEachEdge(here, (edge, attributes, source, target) => {
      const next = source === here ? target : source;
      if (source === target || path.nodes.includes(next)) return;
      walk({
        nodes: [...path.nodes, next],
        steps: [
          ...path.steps,
          { edge, from: here, to: next, relation: attributes.relation, forward: source === here },
        ],
      });
    });
  };
  walk({ nodes: [from], steps: [] });
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  return paths.sort(
    (a, b) =>
      a.steps.length - b.steps.length ||
      compare(a.nodes, b.nodes) ||
      compare(
        a.steps.map((step) => step.edge),
        b.steps.map((step) => step.edge),
      ),
  );
}
