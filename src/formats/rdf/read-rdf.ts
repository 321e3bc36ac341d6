// Entry to the RDF readers, loaded with import() only when an RDF file is opened, so N3.js and
// jsonld.js stay out of the page's first download and out of every other format's path.
import type { RdfFormat } from "../detect-format.ts";
import type { GraphFile, ParseResult } from "../import-types.ts";
import { finishRaw } from "../parse-graph-file.ts";
import { readJsonLd } from "./read-jsonld.ts";
import { createTripleStream, type RdfReadOptions, type TripleSyntax } from "./read-triples.ts";

export { createTripleStream, type RdfReadOptions, type TripleSyntax };

export async function readRdfFile(
  file: GraphFile,
  format: RdfFormat,
  options: RdfReadOptions = {},
): Promise<ParseResult> {
  if (format === "jsonld") return finishRaw(await readJsonLd(file, options), [file], format);
  const stream = createTripleStream(file.name, format, options);
  stream.push(file.text);
  return finishRaw(stream.end(), [file], format);
}

/**
 * A triple-syntax file read piece by piece, for the parse worker: each piece is parsed as it
 * arrives, so progress covers parsing and the text is never held whole.
 */
export async function streamRdfFile(
  name: string,
  size: number,
  syntax: TripleSyntax,
  pieces: AsyncIterable<string>,
  options: RdfReadOptions = {},
): Promise<ParseResult> {
  const stream = createTripleStream(name, syntax, options);
  for await (const piece of pieces) stream.push(piece);
  return finishRaw(stream.end(), [{ name, text: "", size }], syntax);
}
