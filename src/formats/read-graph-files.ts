// Opens any graph file the explorer reads, RDF included: the formats parseGraphFile reads at
// once, and RDF through readers loaded on demand (N3.js, jsonld.js; JSON-LD is asynchronous).
// Like parseGraphFile it never throws: every failure is an ImportError.
import { isRdfFormat } from "./detect-format.ts";
import { type GraphFile, importError, MAX_IMPORT_BYTES, type ParseResult } from "./import-types.ts";
import { checkFiles, failure, type ParseOptions, parseGraphFile } from "./parse-graph-file.ts";

export interface ReadOptions extends ParseOptions {
  /** The reader's language tag, for RDF labels ("de", "pt-BR"). Default "en". */
  language?: string;
}

export async function readGraphFiles(
  files: readonly GraphFile[],
  options: ReadOptions = {},
): Promise<ParseResult> {
  const checked = checkFiles(files, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (!checked.ok) return checked.result;
  const format = checked.formats[0];
  if (!isRdfFormat(format)) return parseGraphFile(files, options);
  try {
    const { readRdfFile } = await import("./rdf/read-rdf.ts");
    return await readRdfFile(files[0], format, { language: options.language });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(
      importError(
        files[0].name,
        {},
        `the file could not be read: ${message}`,
        "check the file opens in the program that wrote it, then export it again",
      ),
    );
  }
}
