// Turns the files a user picked or dropped into a graph, or into one message saying what is
// wrong and where. Small files are parsed at once; big ones in a web worker with progress and
// a way to cancel, so the page never freezes. The parsers are loaded only when first needed.
import { MultiDirectedGraph } from "graphology";
import { formatImportError, type ImportError, type ImportFormat } from "../formats/import-types.ts";
import type { ParseReply, ParseRequest } from "../formats/parse-worker.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../model/types.ts";

/**
 * The largest file a tab reads whole (JSON-LD) or parses as RDF triples (Turtle, N-Triples...). Text, parse tree and graph together take
 * several times the file's size, and a tab runs out of memory well before the CLI's 250 MB limit.
 */
export const BROWSER_MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/**
 * The largest JSON, GEXF, GraphML or CSV file a tab opens: the worker parses them as they stream
 * in, so only the graph is held, never the text (src/formats/stream-graph-file.ts).
 */
export const BROWSER_MAX_STREAM_BYTES = 1024 * 1024 * 1024;
/** Above this, parsing could hold the page for more than a moment: it moves to a worker. */
export const WORKER_THRESHOLD_BYTES = 2 * 1024 * 1024;

export type OpenProgress =
  | { phase: "reading"; loaded: number; total: number }
  | { phase: "parsing" };

export type OpenOutcome =
  | { ok: true; graph: KnowledgeGraph; warnings: string[]; format: ImportFormat }
  | { ok: false; isCancelled: false; message: string; missingNodes?: number }
  | { ok: false; isCancelled: true };

export interface OpenTask {
  /** Whether the work runs in a worker (and so reports progress and can be cancelled). */
  readonly isInWorker: boolean;
  readonly outcome: Promise<OpenOutcome>;
  cancel(): void;
}

function totalSize(files: readonly File[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

export interface OpenOptions {
  /** Create the nodes edges name but the files do not list (the user chose "Open anyway"). */
  addMissingNodes?: boolean;
}

export function openGraphFiles(
  files: readonly File[],
  onProgress: (progress: OpenProgress) => void,
  options: OpenOptions = {},
): OpenTask {
  const isInWorker = totalSize(files) > WORKER_THRESHOLD_BYTES && tooBig(files) === null;
  if (!isInWorker) {
    return { isInWorker, outcome: parseHere(files, options), cancel: () => {} };
  }
  return parseInWorker(files, onProgress, options);
}

function failed(error: ImportError): OpenOutcome {
  const outcome: OpenOutcome = { ok: false, isCancelled: false, message: formatImportError(error) };
  if (error.missingNodes !== undefined) outcome.missingNodes = error.missingNodes;
  return outcome;
}

/**
 * The file over the limit, if any: refused before a byte of it is read. Up to the streaming
 * limit the worker decides, once it knows the format (JSON-LD is read whole).
 */
function tooBig(files: readonly File[]): File | null {
  return files.find((file) => file.size > BROWSER_MAX_STREAM_BYTES) ?? null;
}

async function parseHere(files: readonly File[], options: OpenOptions): Promise<OpenOutcome> {
  const formats = await import("../formats/index.ts");
  const big = tooBig(files);
  // The parser's own size check words the message; it runs before the text is looked at.
  const texts = big ? files.map(() => "") : await Promise.all(files.map((file) => file.text()));
  const result = await formats.readGraphFiles(
    files.map((file, index) => ({ name: file.name, text: texts[index], size: file.size })),
    {
      maxBytes: big ? BROWSER_MAX_STREAM_BYTES : BROWSER_MAX_IMPORT_BYTES,
      language: navigator.language,
      addMissingNodes: options.addMissingNodes,
    },
  );
  if (!result.ok) return failed(result.error);
  return { ok: true, graph: result.graph, warnings: result.warnings, format: result.format };
}

function parseInWorker(
  files: readonly File[],
  onProgress: (progress: OpenProgress) => void,
  options: OpenOptions,
): OpenTask {
  const worker = new Worker(new URL("../formats/parse-worker.ts", import.meta.url), {
    type: "module",
  });
  let settle: (outcome: OpenOutcome) => void = () => {};
  const outcome = new Promise<OpenOutcome>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    if (reply.type === "progress") {
      onProgress(
        reply.phase === "reading"
          ? { phase: "reading", loaded: reply.loaded, total: reply.total }
          : { phase: "parsing" },
      );
    } else if (reply.type === "failed") {
      settle(failed(reply.error));
    } else {
      const graph: KnowledgeGraph = MultiDirectedGraph.from(reply.graph) as MultiDirectedGraph<
        NodeAttributes,
        EdgeAttributes
      >;
      settle({ ok: true, graph, warnings: reply.warnings, format: reply.format });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({
      ok: false,
      isCancelled: false,
      message: `${files[0]?.name ?? "the file"}: the file could not be opened in the background (${event.message || "the worker stopped"}). Fix: reload the page and open the file again.`,
    });
  };
  const request: ParseRequest = {
    files: [...files],
    maxBytes: BROWSER_MAX_IMPORT_BYTES,
    maxStreamBytes: BROWSER_MAX_STREAM_BYTES,
    addMissingNodes: options.addMissingNodes,
  };
  worker.postMessage(request);
  onProgress({ phase: "reading", loaded: 0, total: totalSize(files) });
  return {
    isInWorker: true,
    outcome,
    cancel: () => settle({ ok: false, isCancelled: true }),
  };
}
