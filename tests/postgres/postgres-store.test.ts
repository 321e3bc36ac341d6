// PostgresStore against the same GraphStore contract as MemoryStore, on the same graphs: passing
// both means identical answers, order included.
import { storeContract } from "../store/contract.ts";
import { awkwardGraph, builtInGraph, generatedGraph } from "../store/store-graphs.ts";
import { loadedStore } from "./database.ts";

storeContract("the built-in graph", builtInGraph, (graph, name) => loadedStore(graph, name));
storeContract("awkward cases", awkwardGraph, (graph, name) => loadedStore(graph, name));
storeContract("a generated 10k-node graph", generatedGraph, (graph, name) =>
  loadedStore(graph, name),
);
