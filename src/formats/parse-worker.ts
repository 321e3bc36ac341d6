// Opens big graph files off the main thread, so the page keeps answering while a 50 MB GEXF is
// read and parsed: reads the File with progress, runs readGraphFiles, and posts the graph back
// as graphology's plain serialisation (class instances cannot cross to the page). Turtle and
// N-Triples stream: each piece read is parsed at once, so progress covers the parsing too.
import type { SerializedGraph } from "graphology-types";
import { detectFormat } from "./detect-format.ts";
import type { ImportError, ImportFormat, ParseResult } from "./import-types.ts";
import { readGraphFiles } from "./read-graph-files.ts";

export interface ParseRequest {
  files: File[];
  maxBytes: number;
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
  const { files, maxBytes, addMissingNodes } = event.data;
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
    result = await streamTriples(files, maxBytes, onChunk);
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
  if (!result.ok) reply({ type: "failed", error: result.error });
  else {
    reply({
      type: "parsed",
      graph: result.graph.export(),
      warnings: result.warnings,
      format: result.format,
    });
  }
};

/** A Turtle, TriG, N-Triples or N-Quads file parsed as it is read; null for other files. */
async function streamTriples(
  files: readonly File[],
  maxBytes: number,
  onChunk: (bytes: number) => void,
): Promise<ParseResult | null> {
  const [file] = files;
  if (files.length !== 1 || file.size > maxBytes) return null;
  const head = await file.slice(0, 65536).text();
  const detected = detectFormat({ name: file.name, text: head, size: file.size });
  if (!detected.ok || !["turtle", "trig", "ntriples", "nquads"].includes(detected.format))
    return null;
  const { streamRdfFile } = await import("./rdf/read-rdf.ts");
  return streamRdfFile(
    file.name,
    file.size,
    detected.format as "turtle",
    textPieces(file, onChunk),
    { language: navigator.language },
  );
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
