// Turtle, TriG, N-Triples and N-Quads (RDF 1.2, so `<< s p o >>` and `<<( s p o )>>` too) read
// with N3.js as a stream: the worker pushes each chunk as it comes off the disk, so a 100 MB
// file is never held twice, and the CLI pushes the whole text at once. Synchronous throughout.
import { Parser } from "n3";
import { type ImportError, importError } from "../import-types.ts";
import type { RawResult } from "../normalise.ts";
import { QuadIndex } from "./quad-index.ts";
import { quadsToGraph } from "./quads-to-graph.ts";
import { OUR_PREFIXES, PrefixShortener, WELL_KNOWN_PREFIXES } from "./rdf-names.ts";
import type { RdfQuad } from "./rdf-terms.ts";

export type TripleSyntax = "turtle" | "trig" | "ntriples" | "nquads";

export const SYNTAX_NAMES: Record<TripleSyntax, string> = {
  turtle: "Turtle",
  trig: "TriG",
  ntriples: "N-Triples",
  nquads: "N-Quads",
};

export interface RdfReadOptions {
  /** The reader's language tag: labels in it are preferred. Default "en". */
  language?: string;
}

export interface TripleStream {
  /** Feeds the next piece of the text; pieces may split lines and characters anywhere. */
  push(chunk: string): void;
  /** The end of the text: the graph, or the first error with its line and column. */
  end(): RawResult;
}

type Listener = (value?: unknown) => void;

export function createTripleStream(
  fileName: string,
  syntax: TripleSyntax,
  options: RdfReadOptions = {},
): TripleStream {
  const index = new QuadIndex();
  const prefixes: Record<string, string> = {};
  let error: ImportError | null = null;
  const listeners = new Map<string, Listener>();
  // N3.js reads any object with on('data' | 'end' | 'error') as a stream, synchronously.
  const input = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return input;
    },
  };
  const parser = new Parser({
    format: SYNTAX_NAMES[syntax],
    baseIRI: `file:///${encodeURIComponent(fileName.split(/[\\/]/).pop() ?? fileName)}`,
    blankNodePrefix: "_:",
  });
  parser.parse(
    input as never,
    {
      onQuad: (problem: Error | null, quad: RdfQuad | null) => {
        if (error) return;
        if (problem) error = parseError(fileName, problem, syntax);
        else if (quad) index.add(quad);
      },
      onPrefix: (prefix: string, iri: { value: string }) => {
        prefixes[prefix] = iri.value;
      },
    } as never,
  );
  // N3.js can throw right after reporting an error (an invalid IRI in a prefix declaration): the
  // reported error is the one to show; a throw with nothing reported still becomes an answer.
  const guarded = (event: string, chunk?: string) => {
    try {
      listeners.get(event)?.(chunk);
    } catch (thrown) {
      error ??= importError(
        fileName,
        {},
        `${SYNTAX_NAMES[syntax]} syntax error: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
        `correct the ${SYNTAX_NAMES[syntax]} syntax`,
      );
    }
  };
  return {
    push(chunk) {
      if (!error && chunk !== "") guarded("data", chunk);
    },
    end() {
      if (!error) guarded("end");
      if (error) return { ok: false, error };
      return finishIndex(index, prefixes, options);
    },
  };
}

/** The collected quads as a graph: shared by the triple syntaxes and JSON-LD. */
export function finishIndex(
  index: QuadIndex,
  prefixes: Readonly<Record<string, string>>,
  options: RdfReadOptions,
): RawResult {
  const shortener = new PrefixShortener({ ...WELL_KNOWN_PREFIXES, ...prefixes, ...OUR_PREFIXES });
  const context = { shortener, language: options.language ?? "en" };
  const { raw, warnings } = quadsToGraph(index, prefixes, context);
  return { ok: true, raw, warnings };
}

interface N3ErrorContext {
  line?: number;
  token?: { start?: number; type?: string; prefix?: string };
}

function parseError(fileName: string, problem: Error, syntax: TripleSyntax): ImportError {
  const context = (problem as Error & { context?: N3ErrorContext }).context ?? {};
  const lineMatch = /on line (\d+)\.?$/.exec(problem.message);
  const line = context.line ?? (lineMatch ? Number(lineMatch[1]) : undefined);
  const start = context.token?.start;
  const message = problem.message.replace(/\s*on line \d+\.?$/, "");
  const undefinedPrefix = /^Undefined prefix "([^"]*):"/.exec(message);
  const fix = undefinedPrefix
    ? `declare the prefix before its first use: @prefix ${undefinedPrefix[1]}: <http://…/> .`
    : `correct the ${SYNTAX_NAMES[syntax]} syntax there`;
  return importError(
    fileName,
    { line, column: typeof start === "number" ? start + 1 : undefined },
    `${SYNTAX_NAMES[syntax]} syntax error: ${lowerFirst(message)}`,
    fix,
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
