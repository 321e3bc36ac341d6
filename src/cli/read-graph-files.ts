// The graph `kg serve` and `kg db load` work on: the built-in graph, or one or two files in any
// format `kg import` reads (a curated file keeps its source texts). Failures come back as one line.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  formatImportError,
  type GraphFile,
  MAX_IMPORT_BYTES,
  parseGraphFile,
} from "../formats/index.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { BUILT_IN_GRAPH, displayPath } from "./paths.ts";
import { readCurated } from "./read-curated.ts";

export interface ReadGraph {
  graph: KnowledgeGraph;
  /** How it was read: "curated", "json", "gexf", "graphml" or "csv". */
  format: string;
  /** Source document texts by id (curated files only). */
  sourceTexts: Record<string, string>;
  warnings: string[];
  /** How to name it to the user. */
  name: string;
}

/** The file's text, or one line saying why it cannot be read. Too-large files are not read. */
export function readGraphFile(path: string, name: string): GraphFile | string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return `${name}: is a folder, not a graph file`;
    if (stats.size > MAX_IMPORT_BYTES) return { name, text: "", size: stats.size };
    return { name, text: readFileSync(path, "utf8"), size: stats.size };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return `${name}: no such file`;
    if (code === "EACCES") return `${name}: permission denied`;
    return `${name}: cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** No argument: the built-in graph. Returns one line (the problem and its fix) on failure. */
export function readGraphArguments(arguments_: readonly string[], cwd: string): ReadGraph | string {
  if (arguments_.length === 0) return readCuratedWithTexts(BUILT_IN_GRAPH, "the built-in graph");
  const files: GraphFile[] = [];
  const paths = arguments_.map((argument) => resolve(cwd, argument));
  for (const path of paths) {
    const read = readGraphFile(path, displayPath(path, cwd));
    if (typeof read === "string") return read;
    files.push(read);
  }
  const result = parseGraphFile(files);
  if (!result.ok) return formatImportError(result.error);
  const name = files.map((file) => file.name).join(" and ");
  if (result.format === "curated") {
    // The curated reader also brings the source texts the evidence quotes.
    const curated = readCuratedWithTexts(paths[0], name);
    if (typeof curated !== "string") return curated;
  }
  return {
    graph: result.graph,
    format: result.format,
    sourceTexts: {},
    warnings: result.warnings,
    name,
  };
}

function readCuratedWithTexts(path: string, name: string): ReadGraph | string {
  const read = readCurated(path, name);
  if (!read.ok) {
    const first = read.errors[0];
    return `${name}: ${first.path ? `${first.path}: ` : ""}${first.message}${first.fix ? ` Fix: ${first.fix}` : ""}`;
  }
  return {
    graph: read.graph,
    format: "curated",
    sourceTexts: read.sourceTexts,
    warnings: [],
    name,
  };
}
