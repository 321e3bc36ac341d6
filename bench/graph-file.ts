// Writes and caches the synthetic graph files. A 1M-edge graph is a few hundred MB of JSON, more
// than one string may safely hold, so files are written item by item; the text is still exactly
// what JSON.stringify would give, so any JSON reader (and the app) loads it.
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { generateGraph, type SerializedKnowledgeGraph } from "./generate-graph.ts";
import { HUB_HEAVY, hubHeavy } from "./hub-heavy.ts";
import type { GraphSize } from "./options.ts";

/** Bump when the generator changes, so stale cached files are not reused. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20240;

export async function writeGraphFile(path: string, graph: SerializedKnowledgeGraph): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`{"options":${JSON.stringify(graph.options)},`);
  await write(`"attributes":${JSON.stringify(graph.attributes)},"nodes":[`);
  await writeItems(write, graph.nodes);
  await write('],"edges":[');
  await writeItems(write, graph.edges);
  await write("]}");
  out.end();
  await once(out, "finish");
}

async function writeItems(write: (text: string) => Promise<void>, items: readonly unknown[]) {
  const batch = 2000;
  for (let start = 0; start < items.length; start += batch) {
    const parts = items.slice(start, start + batch).map((item) => JSON.stringify(item));
    await write((start === 0 ? "" : ",") + parts.join(","));
  }
}

export function graphFileName(size: GraphSize, seed: number): string {
  const shape = size.shape === "hub-heavy" ? `-hubs${HUB_HEAVY.hubs}-${HUB_HEAVY.share}` : "";
  return `kg-${size.nodes}n-${size.edges}e${shape}-seed${seed}-v${GENERATOR_VERSION}.json`;
}

/**
 * Path of the cached graph file for a size, generating it first when it is missing. Written to a
 * temporary name and renamed, so an interrupted run never leaves a truncated file behind.
 */
export async function ensureGraphFile(
  size: GraphSize,
  options: {
    dataDir: string;
    seed: number;
    sentences: readonly string[];
    log: (line: string) => void;
  },
): Promise<string> {
  const path = join(options.dataDir, graphFileName(size, options.seed));
  if (existsSync(path)) return path;
  mkdirSync(options.dataDir, { recursive: true });
  options.log(`generating ${size.label} (${size.nodes} nodes, ${size.edges} edges) -> ${path}`);
  const generated = generateGraph({ ...size, seed: options.seed, sentences: options.sentences });
  const graph = size.shape === "hub-heavy" ? hubHeavy(generated) : generated;
  const temporary = `${path}.${process.pid}.tmp`;
  await writeGraphFile(temporary, graph);
  renameSync(temporary, path);
  return path;
}
