// Opens the graph files a user drops or names on the command line: checks size and kind, reads
// the format, maps attributes onto our contract. Synchronous and never throws: every failure
// comes back as an ImportError naming the file, the place and a fix.
import { readCsv } from "./csv.ts";
import { type DetectedFormat, detectFormat, isRdfFormat } from "./detect-format.ts";
import { readGexf } from "./gexf.ts";
import { readGraphml } from "./graphml.ts";
import {
  type GraphFile,
  type ImportError,
  type ImportFormat,
  importError,
  MAX_IMPORT_BYTES,
  type ParseResult,
} from "./import-types.ts";
import { readJson } from "./json.ts";
import { normaliseGraph, type RawResult } from "./normalise.ts";

export interface ParseOptions {
  /** Refuse files larger than this many bytes (default MAX_IMPORT_BYTES, 250 MB). */
  maxBytes?: number;
  /** Create the nodes that edges name but the file does not list (Gephi does), and say which. */
  addMissingNodes?: boolean;
}

export function parseGraphFile(
  files: readonly GraphFile[],
  options: ParseOptions = {},
): ParseResult {
  try {
    return parseFiles(
      files,
      options.maxBytes ?? MAX_IMPORT_BYTES,
      options.addMissingNodes === true,
    );
  } catch (error) {
    // A bug of ours or of a library on a file nobody foresaw: still an answer, not a crash.
    const message = error instanceof Error ? error.message : String(error);
    return failure(
      importError(
        files[0]?.name ?? "(no file)",
        {},
        `the file could not be read: ${message}`,
        "check the file opens in the program that wrote it, then export it again",
      ),
    );
  }
}

export function failure(error: ImportError): ParseResult {
  return { ok: false, error };
}

export type CheckedFiles =
  | { ok: true; formats: DetectedFormat[] }
  | { ok: false; result: ParseResult };

/** Count, size and format of the files: everything decided before a parser runs. */
export function checkFiles(files: readonly GraphFile[], maxBytes: number): CheckedFiles {
  const refuse = (error: ImportError): CheckedFiles => ({ ok: false, result: failure(error) });
  if (files.length === 0) {
    return refuse(
      importError(
        "(no file)",
        {},
        "no file given",
        "open a graph file: JSON, GEXF, GraphML or CSV",
      ),
    );
  }
  if (files.length > 2) {
    return refuse(
      importError(
        files[2].name,
        {},
        `${files.length} files given; at most two are read together (a CSV edge list and its nodes file)`,
        "open one graph file, or one CSV edge list with one nodes file",
      ),
    );
  }
  const formats: DetectedFormat[] = [];
  for (const file of files) {
    const size = file.size ?? file.text.length;
    if (size > maxBytes) {
      return refuse(
        importError(
          file.name,
          {},
          `the file is ${megabytes(size)}; files up to ${megabytes(maxBytes)} can be opened`,
          "open a part of the graph: filter it in the program that wrote it and export again",
        ),
      );
    }
    const detected = detectFormat(file);
    if (!detected.ok) return refuse(detected.error);
    formats.push(detected.format);
  }
  if (files.length === 2 && formats.some((format) => format !== "csv")) {
    const other = files[formats.findIndex((format) => format !== "csv")];
    return refuse(
      importError(
        other.name,
        {},
        "two files can only be read together as CSV: an edge list and its nodes file",
        "open this file on its own",
      ),
    );
  }
  return { ok: true, formats };
}

function parseFiles(
  files: readonly GraphFile[],
  maxBytes: number,
  addMissingNodes: boolean,
): ParseResult {
  const checked = checkFiles(files, maxBytes);
  if (!checked.ok) return checked.result;
  let format: ImportFormat = checked.formats[0];
  if (isRdfFormat(format)) {
    // RDF readers are loaded on demand and JSON-LD is asynchronous: see read-graph-files.ts.
    return failure(
      importError(
        files[0].name,
        {},
        `${format} files are read by readGraphFiles, not parseGraphFile`,
      ),
    );
  }
  let raw: RawResult;
  if (format === "json") {
    const read = readJson(files[0]);
    if (!read.ok) return failure(read.error);
    if (read.kind === "curated")
      return withTitle({ ok: true, graph: read.graph, warnings: [], format: "curated" }, files);
    raw = read.raw;
    format = read.format;
  } else if (format === "gexf") raw = readGexf(files[0], { addMissingNodes });
  else if (format === "graphml") raw = readGraphml(files[0], { addMissingNodes });
  else raw = readCsv(files);
  return finishRaw(raw, files, format, addMissingNodes);
}

/** A reader's nodes and edges under our contract, titled after the file when untitled. */
export function finishRaw(
  raw: RawResult,
  files: readonly GraphFile[],
  format: ImportFormat,
  addMissingNodes = false,
): ParseResult {
  if (!raw.ok) return failure(raw.error);
  if (addMissingNodes) raw.raw.addMissingNodes = true;
  const normalised = normaliseGraph(raw.raw, files[0].name);
  if (!normalised.ok) return failure(normalised.error);
  return withTitle(
    {
      ok: true,
      graph: normalised.graph,
      warnings: [...raw.warnings, ...normalised.warnings],
      format,
    },
    files,
  );
}

/** Untitled graphs are named after their file, for the title bar and export file names. */
export function withTitle(
  result: ParseResult & { ok: true },
  files: readonly GraphFile[],
): ParseResult {
  if (!result.graph.getAttribute("title")) {
    const base = files[0].name.split(/[\\/]/).pop() ?? files[0].name;
    result.graph.setAttribute("title", base.replace(/\.[^.]*$/, "") || base);
  }
  return result;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
