// Opens a graph file from a stream of its bytes, for files too big to hold as one string (the
// app's parse worker reads a File this way): JSON, GEXF, GraphML and CSV (an edge list and its
// nodes file, one after the other) are parsed as they arrive, then checked and normalised exactly
// as parseGraphFile does, so both paths give the same graph and the same errors. Never throws:
// every failure is an ImportError naming the file and the place.
import { readCsvTables } from "./csv.ts";
import type { Table } from "./csv-table.ts";
import type { DetectedFormat } from "./detect-format.ts";
import { type GraphFile, importError, type ParseResult } from "./import-types.ts";
import { readJsonValue } from "./json.ts";
import type { RawResult } from "./normalise.ts";
import { failure, finishRaw, withTitle } from "./parse-graph-file.ts";
import { readTableStream } from "./stream-csv.ts";
import { GexfStream } from "./stream-gexf.ts";
import { GraphmlStream } from "./stream-graphml.ts";
import { parseJsonStream } from "./stream-json.ts";
import { streamXml } from "./stream-xml.ts";

export type StreamFormat = "json" | "gexf" | "graphml" | "csv";

export function isStreamFormat(format: DetectedFormat): format is StreamFormat {
  return format === "json" || format === "gexf" || format === "graphml" || format === "csv";
}

/** A file as a stream of bytes; CSV takes two (an edge list and its nodes file), read in turn. */
export interface StreamedFile {
  name: string;
  chunks: AsyncIterable<Uint8Array>;
}

export interface StreamOptions {
  addMissingNodes?: boolean;
}

export async function streamGraphFile(
  streamed: readonly StreamedFile[],
  format: StreamFormat,
  options: StreamOptions = {},
): Promise<ParseResult> {
  const files: GraphFile[] = streamed.map(({ name }) => ({ name, text: "" }));
  const [{ name, chunks }] = streamed;
  try {
    if (format === "json") return await streamJson(files, chunks, options);
    const raw =
      format === "csv"
        ? await streamCsv(streamed)
        : await streamXmlGraph(name, format, chunks, options);
    return finishRaw(raw, files, format, options.addMissingNodes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(
      importError(
        name,
        {},
        `the file could not be read: ${message}`,
        "check the file opens in the program that wrote it, then export it again",
      ),
    );
  }
}

async function streamCsv(streamed: readonly StreamedFile[]): Promise<RawResult> {
  const tables: Table[] = [];
  for (const file of streamed) {
    const table = await readTableStream(file.name, file.chunks);
    if (!table.ok) return table;
    tables.push(table.table);
  }
  return readCsvTables(tables);
}

async function streamJson(
  files: GraphFile[],
  chunks: AsyncIterable<Uint8Array>,
  options: StreamOptions,
): Promise<ParseResult> {
  const parsed = await parseJsonStream(chunks);
  if (!parsed.ok) {
    return failure(
      importError(
        files[0].name,
        parsed.place,
        `malformed JSON: ${parsed.message}`,
        "correct the JSON at that place, or export the file again",
      ),
    );
  }
  const read = readJsonValue(files[0], parsed.value);
  if (!read.ok) return failure(read.error);
  if (read.kind === "curated") {
    return withTitle({ ok: true, graph: read.graph, warnings: [], format: "curated" }, files);
  }
  return finishRaw(read.raw, files, read.format, options.addMissingNodes);
}

async function streamXmlGraph(
  name: string,
  format: "gexf" | "graphml",
  chunks: AsyncIterable<Uint8Array>,
  options: StreamOptions,
): Promise<RawResult> {
  const reader = format === "gexf" ? new GexfStream(name) : new GraphmlStream(name);
  const label = format === "gexf" ? "GEXF" : "GraphML";
  const streamed = await streamXml(chunks, reader);
  if (!streamed.ok) {
    return {
      ok: false,
      error: importError(
        name,
        streamed.place,
        `malformed XML: ${streamed.message}`,
        `check the file is complete and was saved as ${label}`,
      ),
    };
  }
  return reader.finish(options);
}
