// The shapes every importer returns: a graph under our attribute contract, or one error a user
// can act on (file, line or JSON path, fix). Parsers never throw; callers switch on `ok`.
import type { KnowledgeGraph } from "../model/types.ts";

/** A file the user opened: its name (for the extension and for messages) and its text. */
export interface GraphFile {
  name: string;
  text: string;
  /** Size in bytes when known (File.size, fs.stat); otherwise the text length stands in. */
  size?: number;
}

/** What a file was read as. "curated" is our own hand-written format (graph/*.kg.json). */
export type ImportFormat =
  | "json"
  | "gephi-lite"
  | "curated"
  | "gexf"
  | "graphml"
  | "csv"
  | "turtle"
  | "trig"
  | "ntriples"
  | "nquads"
  | "jsonld";

export interface ImportError {
  file: string;
  /** 1-based line and column, when the format and the parser can tell. */
  line?: number;
  column?: number;
  /** Where in the structure: a JSON path (`edges[12].target`) or an XML element path. */
  path?: string;
  message: string;
  fix?: string;
  /**
   * Set when edges name nodes the file does not list: how many distinct keys are missing, so the
   * app can offer to open the file anyway, creating them (parse option `addMissingNodes`).
   */
  missingNodes?: number;
}

export type ParseResult =
  | { ok: true; graph: KnowledgeGraph; warnings: string[]; format: ImportFormat }
  | { ok: false; error: ImportError };

/** Files over this size are refused before parsing: the tab would run out of memory first. */
export const MAX_IMPORT_BYTES = 250 * 1024 * 1024;

/** Where an error is, as found by a parser; merged into an ImportError. */
export interface Place {
  /** When several files are read together (CSV), the one the place is in. */
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

export function importError(
  file: string,
  place: Place,
  message: string,
  fix?: string,
): ImportError {
  const error: ImportError = { file: place.file ?? file, message };
  if (place.line !== undefined) error.line = place.line;
  if (place.column !== undefined) error.column = place.column;
  if (place.path !== undefined) error.path = place.path;
  if (fix !== undefined) error.fix = fix;
  return error;
}

/** One line for a terminal or a status bar: `edges.csv:12: message. Fix: ...` */
export function formatImportError(error: ImportError): string {
  let where = error.file;
  if (error.line !== undefined) {
    where += `:${error.line}`;
    if (error.column !== undefined) where += `:${error.column}`;
  }
  if (error.path !== undefined) where += ` (${error.path})`;
  const fix = error.fix ? ` Fix: ${error.fix}` : "";
  return `${where}: ${error.message}${fix}`;
}

/** 1-based line and column of a character offset; counts "\n", so CRLF and LF files agree. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let index = text.indexOf("\n");
  while (index !== -1 && index < offset) {
    line++;
    lineStart = index + 1;
    index = text.indexOf("\n", lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}
