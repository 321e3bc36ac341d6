// CSV for spreadsheets: nodes.csv and edges.csv, RFC 4180 (CRLF rows, quotes doubled, fields with
// a comma, quote or line break quoted). Lists are joined with " || ", or written as a JSON array
// when joining would not split back into the same items (an item containing " || ", say).
import Papa from "papaparse";
import type { KnowledgeGraph } from "../model/types.ts";
import { EVIDENCE_SOURCES, joinEvidence, splitEvidence } from "./csv-evidence.ts";
import {
  type GraphFile,
  type ImportError,
  importError,
  lineAndColumnAt,
  type Place,
} from "./import-types.ts";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";

export const LIST_SEPARATOR = " || ";
const NODE_COLUMNS = ["key", "label", "nodeKind", "description", "aliases", "date"];
const DISPLAY_COLUMNS = ["x", "y", "size", "color"];
const EDGE_COLUMNS = ["key", "source", "target", "relation", "evidence", EVIDENCE_SOURCES, "date"];
const LIST_COLUMNS = new Set(["aliases", "evidence", EVIDENCE_SOURCES]);
const NUMBER_COLUMNS = new Set(["x", "y", "size", "weight"]);
/** White space at either end of a field: quoted, so a spreadsheet keeps it. */
const EDGE_SPACE = /^\s|\s$/;

// ----- writing -----

export function writeCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  const nodeRows: Record<string, unknown>[] = graph.mapNodes((key, attributes) => ({
    ...attributes,
    key,
  }));
  const edgeRows: Record<string, unknown>[] = graph.mapEdges((key, attributes, source, target) => {
    const row: Record<string, unknown> = { ...attributes, key, source, target };
    splitEvidence(row);
    return row;
  });
  const display = DISPLAY_COLUMNS.filter((column) =>
    nodeRows.some((row) => row[column] !== undefined),
  );
  return {
    nodes: writeTable(columnsOf([...NODE_COLUMNS, ...display], nodeRows), nodeRows),
    edges: writeTable(columnsOf(EDGE_COLUMNS, edgeRows), edgeRows),
  };
}

/** The fixed columns, then any other attribute the rows carry, in order of appearance. */
function columnsOf(fixed: readonly string[], rows: Record<string, unknown>[]): string[] {
  const columns = new Set(fixed);
  const known = new Set([...NODE_COLUMNS, ...DISPLAY_COLUMNS, ...EDGE_COLUMNS]);
  for (const row of rows) {
    for (const name in row) if (!known.has(name)) columns.add(name);
  }
  return [...columns];
}

function writeTable(columns: string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) =>
    columns.map((column) => cellText(row[column], LIST_COLUMNS.has(column))),
  );
  // papaparse quotes a field with the delimiter, a quote, a line break or a byte-order mark, and
  // doubles quotes; `quotes` adds ours: leading or trailing white space of any kind (tabs too).
  const text = Papa.unparse(
    { fields: columns, data },
    { newline: "\r\n", quotes: (value: unknown) => EDGE_SPACE.test(String(value)) },
  );
  // Every row ends with CRLF; papaparse ends a header without rows with one already.
  return data.length > 0 ? `${text}\r\n` : text;
}

function cellText(value: unknown, isList: boolean): string {
  if (value === undefined || value === null) return "";
  if (isList && Array.isArray(value)) return encodeList(value.map(String));
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Items joined with LIST_SEPARATOR, or a JSON array when the joined text would not split back. */
export function encodeList(items: readonly string[]): string {
  if (items.length === 0) return "";
  const joined = items.join(LIST_SEPARATOR);
  const back = decodeList(joined);
  const isExact =
    back.length === items.length && back.every((item, index) => item === items[index]);
  return isExact ? joined : JSON.stringify(items);
}

export function decodeList(text: string): string[] {
  if (text === "") return [];
  if (text.startsWith("[")) {
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
    } catch {
      // Not JSON: an ordinary list that happens to start with "[".
    }
  }
  return text.split(LIST_SEPARATOR);
}

// ----- reading -----

interface Table {
  file: GraphFile;
  header: string[];
  rows: string[][];
  /** 1-based line on which each row starts (rows may span lines inside quotes). */
  lines: number[];
}

type TableResult = { ok: true; table: Table } | { ok: false; error: ImportError };

export function readCsv(files: readonly GraphFile[]): RawResult {
  const tables: Table[] = [];
  for (const file of files) {
    const result = readTable(file);
    if (!result.ok) return result;
    tables.push(result.table);
  }
  let edgesTable: Table | undefined;
  let nodesTable: Table | undefined;
  for (const table of tables) {
    const names = table.header.map((name) => name.toLowerCase());
    const isEdges = names.includes("source") && names.includes("target");
    const isNodes = names.includes("key") || names.includes("id");
    const fail = (message: string, fix: string) => ({
      ok: false as const,
      error: importError(table.file.name, { line: 1, path: "header" }, message, fix),
    });
    if (isEdges) {
      if (edgesTable)
        return fail(
          `two edge lists: ${edgesTable.file.name} and ${table.file.name} both have source and target columns`,
          "open one edge list, with an optional nodes file (key or id column)",
        );
      edgesTable = table;
    } else if (isNodes) {
      if (nodesTable)
        return fail(
          `two nodes files: ${nodesTable.file.name} and ${table.file.name} both have a key or id column and no source/target`,
          "open an edge list (source and target columns) with one nodes file",
        );
      nodesTable = table;
    } else {
      return fail(
        `the header (${table.header.join(", ")}) has neither source and target columns (an edge list) nor a key or id column (a nodes file)`,
        "name the columns of an edge list source,target[,relation,...] and of a nodes file key,label,...",
      );
    }
  }
  const warnings: string[] = [];
  if (!edgesTable)
    warnings.push(
      "no edge list given (a CSV with source and target columns): the graph has nodes only",
    );
  const nodes = nodesTable ? tableNodes(nodesTable, warnings) : [];
  const edges = edgesTable ? tableEdges(edgesTable, warnings) : [];
  const placeIn =
    (table: Table | undefined) =>
    (index: number, field?: string): Place => ({
      file: table?.file.name,
      line: table?.lines[index],
      path: field,
    });
  return {
    ok: true,
    raw: {
      attributes: {},
      nodes,
      edges,
      addMissingNodes: nodesTable === undefined,
      placeOfNode: placeIn(nodesTable),
      placeOfEdge: placeIn(edgesTable),
    },
    warnings,
  };
}

function readTable(file: GraphFile): TableResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const newline =
    firstLineEnd === -1
      ? undefined
      : (/\r\n|\n|\r/.exec(text.slice(firstLineEnd))?.[0] as "\r\n" | "\n" | "\r");
  const rows: string[][] = [];
  const lines: number[] = [];
  let failure: ImportError | null = null;
  let rowStart = 0;
  let line = 1;
  let scanned = 0;
  const lineAt = (offset: number) => {
    // Rows arrive in order, so counting line breaks from the last row keeps this linear.
    for (
      let at = text.indexOf("\n", scanned);
      at !== -1 && at < offset;
      at = text.indexOf("\n", at + 1)
    )
      line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(firstLine),
    newline,
    skipEmptyLines: "greedy",
    step(result, parser) {
      // Skipped blank lines sit between the previous row's end and this row's first character.
      while (rowStart < text.length && /\s/.test(text[rowStart])) rowStart++;
      const startLine = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const problem = result.errors[0];
      if (problem) {
        const place =
          typeof problem.index === "number"
            ? lineAndColumnAt(text, problem.index)
            : { line: startLine };
        failure = importError(
          file.name,
          place,
          `malformed CSV: ${problem.message.toLowerCase()}`,
          csvFix(problem.code),
        );
        parser.abort();
        return;
      }
      rows.push(result.data);
      lines.push(startLine);
    },
  });
  if (failure) return { ok: false, error: failure };
  const header = rows.shift()?.map((name) => name.trim());
  lines.shift();
  if (!header || header.every((name) => name === "")) {
    return {
      ok: false,
      error: importError(
        file.name,
        { line: 1 },
        "the CSV has no header row",
        "start the file with a header: source,target,relation",
      ),
    };
  }
  for (let index = 0; index < rows.length; index++) {
    if (rows[index].length > header.length) {
      return {
        ok: false,
        error: importError(
          file.name,
          { line: lines[index] },
          `row has ${rows[index].length} fields but the header has ${header.length}`,
          'quote fields that contain the delimiter: "a, b"',
        ),
      };
    }
  }
  return { ok: true, table: { file, header, rows, lines } };
}

/** Comma, semicolon (spreadsheets in many locales) or tab: whichever the header uses most. */
function guessDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const candidate of [",", ";", "\t"]) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function csvFix(code: string): string {
  if (code === "MissingQuotes")
    return 'close the quoted field with a double quote; write a quote inside a field as ""';
  if (code === "InvalidQuotes")
    return 'a quoted field must end right after its closing quote; write a quote inside a field as ""';
  return "check the file is a comma-separated table with one header row";
}

/** Canonical names for the columns we recognise whatever their case ("Source", "ID", "Label"). */
const CANONICAL = new Map(
  [
    ...NODE_COLUMNS,
    ...DISPLAY_COLUMNS,
    ...EDGE_COLUMNS,
    "id",
    "weight",
    "undirected",
    "sourceDoc",
  ].map((name) => [name.toLowerCase(), name]),
);

function columnNames(table: Table, warnings: string[]): string[] {
  const names = table.header.map((name) => CANONICAL.get(name.toLowerCase()) ?? name);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      warnings.push(`${table.file.name}: column "${name}" appears twice; the last one is kept`);
    seen.add(name);
  }
  return names;
}

function tableNodes(table: Table, warnings: string[]): RawNode[] {
  const names = columnNames(table, warnings);
  const keyColumn = names.includes("key") ? "key" : "id";
  return table.rows.map((row) => {
    const attributes: Record<string, unknown> = {};
    let key: string | undefined;
    names.forEach((name, index) => {
      const cell = row[index] ?? "";
      if (name === keyColumn) key = cell;
      else if (cell !== "") attributes[name] = cellValue(name, cell);
    });
    return { key: key === "" ? undefined : key, attributes };
  });
}

const DIRECTIONS = new Set(["directed", "undirected", "mutual"]);

function tableEdges(table: Table, warnings: string[]): RawEdge[] {
  const names = columnNames(table, warnings);
  const keyColumn = names.includes("key") ? "key" : "id";
  // Gephi's edge tables have a Type column saying Directed or Undirected: a direction, not a relation.
  const typeIndex = names.findIndex((name) => name.toLowerCase() === "type");
  const typeIsDirection =
    typeIndex !== -1 &&
    table.rows.every((row) => DIRECTIONS.has((row[typeIndex] ?? "").toLowerCase()));
  const evidenceWarnings = new Set<string>();
  const edges = table.rows.map((row) => {
    const edge: RawEdge = { source: undefined, target: undefined, attributes: {} };
    const attributes = edge.attributes as Record<string, unknown>;
    names.forEach((name, index) => {
      const cell = row[index] ?? "";
      if (name === "source" || name === "target") edge[name] = cell === "" ? undefined : cell;
      else if (name === keyColumn) edge.key = cell === "" ? undefined : cell;
      else if (index === typeIndex && typeIsDirection)
        edge.undirected = cell.toLowerCase() !== "directed";
      else if (name === "undirected") edge.undirected = cell.toLowerCase() === "true";
      else if (cell !== "") attributes[name] = cellValue(name, cell);
    });
    joinEvidence(attributes, evidenceWarnings);
    return edge;
  });
  for (const warning of evidenceWarnings) warnings.push(`${table.file.name}: ${warning}`);
  return edges;
}

function cellValue(name: string, cell: string): unknown {
  if (LIST_COLUMNS.has(name)) return decodeList(cell);
  if (NUMBER_COLUMNS.has(name) && cell.trim() !== "" && Number.isFinite(Number(cell)))
    return Number(cell);
  return cell;
}
