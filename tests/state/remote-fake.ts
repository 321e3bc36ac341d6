// A MemoryStore that can "go away" and records what it was asked: the session tests' stand-in
// for `kg serve` (the real server is tested in tests/store/http-store-server.test.ts).
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { MemoryStore } from "../../src/store/memory-store.ts";
import { RemoteError } from "../../src/store/remote-error.ts";

export interface FlakyStore extends GraphStore {
  /** While true, every call fails as if the server were stopped. */
  isDown: boolean;
  /** "neighbourhood c 2 1000": method, then its arguments (limit for neighbourhoods). */
  asked: string[];
}

export function flakyStore(graph: KnowledgeGraph): FlakyStore {
  const memory = new MemoryStore(graph);
  const state = { isDown: false, asked: [] as string[] };
  const check = (what: string) => {
    state.asked.push(what);
    if (state.isDown)
      throw new RemoteError("unreachable", "the server does not answer", "Start it.");
  };
  return {
    get isDown() {
      return state.isDown;
    },
    set isDown(value: boolean) {
      state.isDown = value;
    },
    asked: state.asked,
    async info() {
      check("info");
      return memory.info();
    },
    async search(text, limit) {
      check(`search ${text}`);
      return memory.search(text, limit);
    },
    async nodes(keys) {
      check(`nodes ${keys.join(",")}`);
      return memory.nodes(keys);
    },
    async neighbourhood(focus, depth, options = {}) {
      check(`neighbourhood ${focus} ${depth} ${options.limit}`);
      return memory.neighbourhood(focus, depth, options);
    },
    async paths(from, to, query) {
      check(`paths ${from} ${to}`);
      return memory.paths(from, to, query);
    },
    async hubs(limit) {
      check("hubs");
      return memory.hubs(limit);
    },
    exportItems: (scope) => memory.exportItems(scope),
    sourceText: (id) => memory.sourceText(id),
    close: () => memory.close(),
  };
}
