// Reads a graph from CSV files: an edge list (source and target columns) with an optional nodes
// file (a key or id column), told apart by their headers. Columns are matched whatever their case;
// Gephi's Type column (Directed/Undirected) is a direction. Tables come from csv-table.ts.
import {
  DISPLAY_COLUMNS,
  decodeList,
  EDGE_COLUMNS,
  LIST_COLUMNS,
  NODE_COLUMNS,
  NUMBER_COLUMNS,
} from "./csv-columns.ts";
import { joinEvidence } from "./csv-evidence.ts";
import { readTable, type Table } from "./csv-table.ts";
import { type GraphFile, importError, type Place } from "./import-types.ts";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";

export function readCsv(files: readonly GraphFile[]): RawResult {
  const tables: Table[] = [];
  for (const file of files) {
    const result = readTable(file);
    if (!result.ok) return result;
    tables.push(result.table);
  }
  return readCsvTables(tables);
}

/** The graph of an edge list and/or a nodes file, once each is a table (read whole or streamed). */
export function readCsvTables(tables: readonly Table[]): RawResult {
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
