// JSON-LD (expanded, compacted, flattened, with an inline @context) through jsonld.js, the W3C
// reference processor, to RDF quads and then the same mapping as Turtle. Nothing is fetched: a
// document loader that refuses every URL turns a remote @context into an error naming it.
import jsonld from "jsonld";
import { parseJson } from "../../model/parse-json.ts";
import { type GraphFile, importError } from "../import-types.ts";
import type { RawResult } from "../normalise.ts";
import { QuadIndex } from "./quad-index.ts";
import type { RdfQuad } from "./rdf-terms.ts";
import { finishIndex, type RdfReadOptions } from "./read-triples.ts";

class RemoteContextRefused extends Error {
  constructor(readonly url: string) {
    super(`remote document ${url} was not fetched`);
  }
}

const refuseEveryUrl = async (url: string): Promise<never> => {
  throw new RemoteContextRefused(url);
};

export async function readJsonLd(
  file: GraphFile,
  options: RdfReadOptions = {},
): Promise<RawResult> {
  const parsed = parseJson(file.text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      ok: false,
      error: importError(
        file.name,
        { line, column },
        `JSON syntax error: ${message}`,
        "correct the JSON there",
      ),
    };
  }
  let quads: RdfQuad[];
  try {
    quads = (await jsonld.toRDF(parsed.value as never, {
      documentLoader: refuseEveryUrl as never,
      base: `file:///${encodeURIComponent(file.name.split(/[\\/]/).pop() ?? file.name)}`,
    })) as unknown as RdfQuad[];
  } catch (error) {
    return { ok: false, error: jsonLdError(file.name, error) };
  }
  const index = new QuadIndex();
  for (const quad of quads) index.add(quad);
  return finishIndex(index, declaredPrefixes(parsed.value), options);
}

interface JsonLdErrorShape {
  name?: string;
  message?: string;
  details?: { code?: string; url?: string; cause?: unknown };
}

function jsonLdError(fileName: string, error: unknown) {
  const shape = (error ?? {}) as JsonLdErrorShape;
  const cause = shape.details?.cause;
  const refused =
    error instanceof RemoteContextRefused
      ? error
      : cause instanceof RemoteContextRefused
        ? cause
        : undefined;
  const named = refused?.url ?? shape.details?.url;
  if (named !== undefined) {
    return importError(
      fileName,
      { path: "@context" },
      `the JSON-LD needs the remote @context ${JSON.stringify(named)}, and files are never fetched from the web`,
      `replace ${JSON.stringify(named)} in "@context" by the context object itself, or open the expanded JSON-LD`,
    );
  }
  const code = shape.details?.code ?? shape.name ?? "error";
  const message = (shape.message ?? String(error)).split("\n")[0];
  return importError(
    fileName,
    {},
    `not valid JSON-LD (${code}): ${message}`,
    "check the document against the JSON-LD 1.1 syntax, or export it again as expanded JSON-LD",
  );
}

/**
 * Prefixes the document's top-level @context declares, for short names: terms mapped to IRIs
 * that end in `/`, `#` or `:`, or marked `@prefix: true`.
 */
export function declaredPrefixes(document: unknown): Record<string, string> {
  const prefixes: Record<string, string> = {};
  const roots = Array.isArray(document) ? document : [document];
  for (const root of roots) {
    if (typeof root !== "object" || root === null) continue;
    const context = (root as Record<string, unknown>)["@context"];
    for (const part of Array.isArray(context) ? context : [context]) {
      if (typeof part !== "object" || part === null) continue;
      for (const [term, definition] of Object.entries(part as Record<string, unknown>)) {
        if (term.startsWith("@")) continue;
        const iri = prefixIri(definition);
        if (iri !== null) prefixes[term] = iri;
      }
    }
  }
  return prefixes;
}

function prefixIri(definition: unknown): string | null {
  if (typeof definition === "string") return /[/#:]$/.test(definition) ? definition : null;
  if (typeof definition !== "object" || definition === null) return null;
  const { "@id": id, "@prefix": isPrefix } = definition as Record<string, unknown>;
  return typeof id === "string" && isPrefix === true ? id : null;
}
