// MemoryStore against the GraphStore contract: the built-in graph, a generated 10k-node graph and
// a graph of awkward keys and attributes.
import { vi } from "vitest";
import { MemoryStore } from "../../src/store/memory-store.ts";
import { storeContract } from "./contract.ts";
import { awkwardGraph, builtInGraph, generatedGraph } from "./store-graphs.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

const open = async (graph: Parameters<typeof storeContract>[1] extends () => infer G ? G : never) =>
  new MemoryStore(graph);

storeContract("the built-in graph", builtInGraph, open);
storeContract("awkward cases", awkwardGraph, open);
storeContract("a generated 10k-node graph", generatedGraph, open);
