// A RemoteGraph answered from an in-memory graph with src/query, and able to "go away": the
// session tests' stand-in for `kg serve` (the real server is tested in tests/store).
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { neighbourhood } from "../../src/query/neighbourhood.ts";
import { shortestPaths } from "../../src/query/paths.ts";
import type { GraphPart, RemotePath } from "../../src/store/api-shapes.ts";
import type { RemoteGraph } from "../../src/store/http-store.ts";
import { RemoteError } from "../../src/store/remote-error.ts";

export interface FakeRemote extends RemoteGraph {
  /** While true, every request fails as if the server were stopped. */
  isDown: boolean;
  asked: string[];
}

function part(graph: KnowledgeGraph, keys: Iterable<string>): GraphPart {
  const kept = new Set(keys);
  const nodes = [...kept].map((key) => ({ key, attributes: { ...graph.getNodeAttributes(key) } }));
  const edges: GraphPart["edges"] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    if (kept.has(source) && kept.has(target)) edges.push({ key, source, target, attributes });
  });
  return { nodes, edges };
}

export function fakeRemote(graph: KnowledgeGraph): FakeRemote {
  const fake: FakeRemote = {
    isDown: false,
    asked: [],
    info: async () =>
      ask("info", {
        title: "Fake",
        nodes: graph.order,
        edges: graph.size,
        kinds: {},
        relations: {},
      }),
    search: async () => ask("search", []),
    hubs: async () => ask("hubs", []),
    nodes: async (keys) =>
      ask(
        `nodes ${keys.join(",")}`,
        part(
          graph,
          keys.filter((key) => graph.hasNode(key)),
        ),
      ),
    async neighbourhood(focus, depth, options = {}) {
      if (!graph.hasNode(focus))
        throw new RemoteError("not-found", `no node "${focus}"`, "Search.", 404);
      const all = [...neighbourhood(graph, focus, depth, options)];
      const limit = options.limit ?? all.length;
      const answer = part(graph, all.slice(0, limit));
      if (all.length > limit) answer.truncated = { shown: limit, total: all.length };
      return ask(`neighbourhood ${focus} ${depth} ${limit}`, answer);
    },
    async paths(from, to, options = {}) {
      const found: RemotePath[] = shortestPaths(graph, from, to, options).map((path) => ({
        steps: path.steps.map(({ edge, relation }) => ({
          source: graph.source(edge),
          relation,
          target: graph.target(edge),
          evidence: graph.getEdgeAttribute(edge, "evidence"),
        })),
      }));
      return ask(`paths ${from} ${to}`, found);
    },
    exportUrl: () => "/api/export",
  };
  function ask<T>(what: string, answer: T): T {
    fake.asked.push(what);
    if (fake.isDown)
      throw new RemoteError("unreachable", "the server does not answer", "Start it.");
    return answer;
  }
  return fake;
}
