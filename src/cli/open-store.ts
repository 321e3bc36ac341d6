// The GraphStore `kg serve` answers from: the graph files named on the command line (or the
// built-in graph) held in memory.

import type { GraphStore } from "../store/graph-store.ts";
import { MemoryStore } from "../store/memory-store.ts";
import { UsageError } from "./args.ts";
import type { CliIo } from "./command.ts";
import { readGraphArguments } from "./read-graph-files.ts";

export interface OpenedStore {
  store: GraphStore;
  /** What is served, for the start-up line: "the built-in graph (81 nodes, 120 edges) from memory". */
  description: string;
}

export async function openStore(files: readonly string[], io: CliIo): Promise<OpenedStore> {
  const read = readGraphArguments(files, io.cwd);
  if (typeof read === "string") throw new UsageError(read);
  for (const warning of read.warnings) io.stderr(`note: ${warning}\n`);
  const { order, size } = read.graph;
  return {
    store: new MemoryStore(read.graph, read.sourceTexts),
    description: `${read.name} (${order} nodes, ${size} edges) from memory`,
  };
}
