// The test cluster, as a pool and as a way to load a graph under a fresh name.
import { inject } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { createPool } from "../../src/store/postgres/connection.ts";
import { loadGraph } from "../../src/store/postgres/load-graph.ts";
import { PostgresStore } from "../../src/store/postgres/postgres-store.ts";

export const databaseUrl = () => inject("databaseUrl");

let counter = 0;

/** Loads `graph` under a new name (from `label`) and opens a store on it. */
export async function loadedStore(
  graph: KnowledgeGraph,
  label: string,
  sourceTexts: Record<string, string> = {},
): Promise<PostgresStore> {
  const pool = createPool({ url: databaseUrl() });
  const name = `${label.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${process.pid}-${counter++}`;
  await loadGraph(pool, graph, { name, replace: false, sourceTexts, sourceFiles: label });
  return PostgresStore.open(pool, name, "the test cluster");
}
