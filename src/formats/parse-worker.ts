// Opens big graph files off the main thread, so the page keeps answering while a 500 MB GEXF is
// read and parsed, and posts the graph back as graphology's plain serialisation (class instances
// cannot cross to the page). JSON, GEXF, GraphML, CSV, Turtle and N-Triples stream: each piece
// read is parsed at once, so the text is never held whole and progress covers the parsing too.
// Other files (JSON-LD) are read whole, up to `maxBytes`, and parsed by readGraphFiles.
import type { SerializedGraph } from "graphology-types";
import { detectFormat } from "./detect-format.ts";
import type { ImportError, ImportFormat, ParseResult } from "./import-types.ts";
import { readGraphFiles } from "./read-graph-files.ts";

export interface ParseRequest {
  files: File[];
  /** The largest file read whole (JSON-LD) or parsed as it streams in (Turtle, N-Triples...). */
  maxBytes: number;
  /** The largest file of a format parsed as it streams in (JSON, GEXF, GraphML, CSV). */
  maxStreamBytes: number;
  /** Create the nodes edges name but the file does not list (the user chose "Open anyway"). */
  addMissingNodes?: boolean;
}

export type ParseReply =
  | { type: "progress"; phase: "reading"; loaded: number; total: number }
  | { type: "progress"; phase: "parsing" }
  | { type: "parsed"; graph: SerializedGraph; warnings: string[]; format: ImportFormat }
  | { type: "failed"; error: ImportError };

/** Progress messages are posted at most this often: enough for a smooth bar. */
const PROGRESS_INTERVAL_MS = 50;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ParseReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { files, maxBytes, maxStreamBytes, addMissingNodes } = event.data;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let loaded = 0;
  let lastPosted = 0;
  const onChunk = (bytes: number) => {
    loaded += bytes;
    const now = performance.now();
    if (now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    reply({ type: "progress", phase: "reading", loaded, total });
  };
  const texts: string[] = [];
  let result: ParseResult | null;
  try {
    result = await streamFile(files, { maxBytes, maxStreamBytes, addMissingNodes }, onChunk);
    // Refused before reading: no point spending a minute on a file that will be rejected.
    for (const file of result ? [] : files) {
      if (file.size > maxBytes) break;
      texts.push(await readText(file, onChunk));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({
      type: "failed",
      error: {
        file: files[texts.length]?.name ?? "(no file)",
        message: `the file could not be read: ${message}`,
        fix: "check the file is still there and readable, then open it again",
      },
    });
    return;
  }
  if (!result) {
    reply({ type: "progress", phase: "parsing" });
    result = await readGraphFiles(
      files.map((file, index) => ({ name: file.name, text: texts[index] ?? "", size: file.size })),
      { maxBytes, language: navigator.language, addMissingNodes },
    );
  }
  if (!result.ok)
    reply({ type: "failed", error: withStreamingNote(result.error, files, event.data) });
  else {
    reply({
      type: "parsed",
      graph: result.graph.export(),
      warnings: result.warnings,
      format: result.format,
    });
  }
};

/** A refusal for size says which formats may be bigger, and how much. */
function withStreamingNote(
  error: ImportError,
  files: readonly File[],
  limits: Pick<ParseRequest, "maxBytes" | "maxStreamBytes">,
): ImportError {
  if (!files.some((file) => file.size > limits.maxBytes)) return error;
  const streamable = Math.round(limits.maxStreamBytes / (1024 * 1024));
  return {
    ...error,
    fix: `${error.fix ?? "open a smaller file"}; or save it as JSON, GEXF, GraphML or CSV, which open up to ${streamable} MB`,
  };
}

const TRIPLE_FORMATS = ["turtle", "trig", "ntriples", "nquads"];

/**
 * Files parsed as they are read: JSON, GEXF, GraphML and CSV up to maxStreamBytes; Turtle,
 * TriG, N-Triples or N-Quads up to maxBytes; null for other files, which are read whole.
 */
async function streamFile(
  files: readonly File[],
  limits: Pick<ParseRequest, "maxBytes" | "maxStreamBytes" | "addMissingNodes">,
  onChunk: (bytes: number) => void,
): Promise<ParseResult | null> {
  if (files.length === 0 || files.some((file) => file.size > limits.maxStreamBytes)) return null;
  const formats: string[] = [];
  for (const file of files) {
    const head = await file.slice(0, 65536).text();
    const detected = detectFormat({ name: file.name, text: head, size: file.size });
    if (!detected.ok) return null;
    formats.push(detected.format);
  }
  const [format] = formats;
  const { isStreamFormat, streamGraphFile } = await import("./stream-graph-file.ts");
  const isCsv = formats.every((each) => each === "csv") && files.length <= 2;
  if (isCsv || (files.length === 1 && format !== "csv" && isStreamFormat(format as "json"))) {
    const streamed = files.map((file) => ({ name: file.name, chunks: bytePieces(file, onChunk) }));
    const result = await streamGraphFile(streamed, format as "json", limits);
    reply({ type: "progress", phase: "parsing" });
    return result;
  }
  const [file] = files;
  if (files.length !== 1 || file.size > limits.maxBytes || !TRIPLE_FORMATS.includes(format))
    return null;
  const { streamRdfFile } = await import("./rdf/read-rdf.ts");
  return streamRdfFile(file.name, file.size, format as "turtle", textPieces(file, onChunk), {
    language: navigator.language,
  });
}

/** The file's bytes piece by piece, counted for progress as each is handed on. */
async function* bytePieces(
  file: File,
  onChunk: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield value;
    onChunk(value.byteLength);
  }
}

/** The file's UTF-8 text piece by piece; a character split between chunks is kept whole. */
async function* textPieces(file: File, onChunk: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield decoder.decode(value, { stream: true });
    onChunk(value.byteLength);
  }
  yield decoder.decode();
}

/** The file as UTF-8 text, read in chunks so that progress can be reported. */
async function readText(file: File, onChunk: (bytes: number) => void): Promise<string> {
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    onChunk(value.byteLength);
  }
  parts.push(decoder.decode());
  return parts.join("");
}
