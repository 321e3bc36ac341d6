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
