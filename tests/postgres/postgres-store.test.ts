// PostgresStore against the same GraphStore contract as MemoryStore, on the same graphs: passing
// both means identical answers, order included.
import { vi } from "vitest";
import { storeContract } from "../store/contract.ts";
import { awkwardGraph, builtInGraph, generatedGraph } from "../store/store-graphs.ts";
import { loadedStore } from "./database.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

storeContract("the built-in graph", builtInGraph, (graph, name) => loadedStore(graph, name));
storeContract("awkward cases", awkwardGraph, (graph, name) => loadedStore(graph, name));
storeContract("a generated 10k-node graph", generatedGraph, (graph, name) =>
  loadedStore(graph, name),
);
