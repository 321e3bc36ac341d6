// Writes a graph as nodes.csv and edges.csv for spreadsheets: RFC 4180 (CRLF rows, quotes
// doubled, fields with a comma, quote or line break quoted, and ours: white space at either end).
// Lists are joined with " || " (csv-columns.ts); evidence is two columns (csv-evidence.ts).
import Papa from "papaparse";
import type { KnowledgeGraph } from "../model/types.ts";
import {
  DISPLAY_COLUMNS,
  EDGE_COLUMNS,
  encodeList,
  LIST_COLUMNS,
  NODE_COLUMNS,
} from "./csv-columns.ts";
import { splitEvidence } from "./csv-evidence.ts";

/** White space at either end of a field: quoted, so a spreadsheet keeps it. */
const EDGE_SPACE = /^\s|\s$/;

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
