// Which format a file is in, from its extension and from its first characters: the two must
// agree, so a GEXF saved as .json or a PNG dropped by mistake gets a clear error, not a crash.
import { type GraphFile, type ImportError, importError } from "./import-types.ts";

export type DetectedFormat = "json" | "gexf" | "graphml" | "csv" | RdfFormat;
/** RDF syntaxes, read by src/formats/rdf (loaded only when such a file is opened). */
export type RdfFormat = "turtle" | "trig" | "ntriples" | "nquads" | "jsonld";
export const RDF_FORMATS: readonly RdfFormat[] = ["turtle", "trig", "ntriples", "nquads", "jsonld"];

export function isRdfFormat(format: string): format is RdfFormat {
  return (RDF_FORMATS as readonly string[]).includes(format);
}
export type DetectResult = { ok: true; format: DetectedFormat } | { ok: false; error: ImportError };

const BY_EXTENSION: Record<string, DetectedFormat> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  csv: "csv",
  tsv: "csv",
  ttl: "turtle",
  trig: "trig",
  nt: "ntriples",
  nq: "nquads",
  jsonld: "jsonld",
};

const FORMAT_NAMES: Record<DetectedFormat, string> = {
  json: "JSON",
  gexf: "GEXF (XML)",
  graphml: "GraphML (XML)",
  csv: "CSV (a table of text)",
  turtle: "Turtle",
  trig: "TriG",
  ntriples: "N-Triples",
  nquads: "N-Quads",
  jsonld: "JSON-LD",
};

/** Signatures of files people drop by mistake; the text decoder turns 0x89 into U+FFFD. */
const SIGNATURES: [RegExp, string][] = [
  [/^[\uFFFD\u0089]PNG/, "a PNG image"],
  [/^\uFFFD\uFFFD\uFFFD/, "an image or other binary file"],
  [/^GIF8/, "a GIF image"],
  [/^%PDF-/, "a PDF document"],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ZIP signature is control characters
  [/^PK\u0003\u0004/, "a ZIP archive (an .xlsx workbook is one: save the sheet as CSV)"],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: so is the gzip signature
  [/^\u001F[\uFFFD\u008B]/, "a gzip archive (decompress it first)"],
];

export function detectFormat(file: GraphFile): DetectResult {
  const fail = (message: string, fix: string) => ({
    ok: false as const,
    error: importError(file.name, {}, message, fix),
  });
  // Only the first characters are looked at: no copy of a file that may be hundreds of MB.
  const start = file.text.search(/[^\s\uFEFF]/);
  if (start === -1) {
    return fail(
      "the file is empty",
      "open a graph file with nodes and edges (JSON, GEXF, GraphML or CSV)",
    );
  }
  const head = file.text.slice(start, start + 65536);
  const binary = describeBinary(head);
  if (binary) {
    return fail(
      `not a graph file: it looks like ${binary}`,
      "open a graph file: JSON, GEXF, GraphML or CSV",
    );
  }
  const sniffed = sniff(head);
  if (!sniffed.ok) return fail(sniffed.message, sniffed.fix);

  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  const expected = BY_EXTENSION[extension];
  if (expected && !agrees(expected, sniffed.format, head)) {
    return fail(
      `named .${extension} but looks like ${FORMAT_NAMES[sniffed.format]}, not ${FORMAT_NAMES[expected]}`,
      `rename the file to .${EXTENSION_OF[sniffed.format]}, or export it again as ${FORMAT_NAMES[expected]}`,
    );
  }
  return { ok: true, format: expected ? settle(expected, sniffed.format) : sniffed.format };
}

const EXTENSION_OF: Record<DetectedFormat, string> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  csv: "csv",
  turtle: "ttl",
  trig: "trig",
  ntriples: "nt",
  nquads: "nq",
  jsonld: "jsonld",
};

const TRIPLE_SYNTAXES: readonly DetectedFormat[] = ["turtle", "trig", "ntriples", "nquads"];

/** Whether the content can be what the extension says. */
function agrees(expected: DetectedFormat, sniffed: DetectedFormat, head: string): boolean {
  if (expected === sniffed) return true;
  if (expected === "json") return sniffed === "jsonld";
  if (expected === "jsonld") return sniffed === "json";
  if (TRIPLE_SYNTAXES.includes(expected)) {
    // Sniffing cannot tell the triple syntaxes apart, and Turtle may start with `[`.
    return TRIPLE_SYNTAXES.includes(sniffed) || sniffed === "csv" || head.startsWith("[");
  }
  return false;
}

/** The extension names the syntax; JSON-LD content in a .json file is read as JSON-LD. */
function settle(expected: DetectedFormat, sniffed: DetectedFormat): DetectedFormat {
  return expected === "json" && sniffed === "jsonld" ? "jsonld" : expected;
}

type Sniffed = { ok: true; format: DetectedFormat } | { ok: false; message: string; fix: string };

function sniff(text: string): Sniffed {
  if (text.startsWith("{") || text.startsWith("[")) {
    return { ok: true, format: JSON_LD_START.test(text) ? "jsonld" : "json" };
  }
  const rdf = sniffTriples(text);
  if (rdf) return { ok: true, format: rdf };
  if (!text.startsWith("<")) return { ok: true, format: "csv" };
  const root = rootElementName(text);
  if (root === "gexf" || root === "graphml") return { ok: true, format: root };
  if (root === "svg" || root === "html") {
    return {
      ok: false,
      message: `not a graph file: it is ${root === "svg" ? "an SVG picture" : "a web page (HTML)"}`,
      fix: "open the graph file itself: JSON, GEXF, GraphML or CSV",
    };
  }
  if (root === "rdf") {
    return {
      ok: false,
      message: "RDF/XML is not read",
      fix: "convert the file to Turtle, N-Triples or JSON-LD (any RDF tool does, e.g. `riot --output=turtle`)",
    };
  }
  return {
    ok: false,
    message: root
      ? `XML with the root element <${root}>, which is neither GEXF (<gexf>) nor GraphML (<graphml>)`
      : "starts with < but no XML element could be found",
    fix: "export the graph as GEXF or GraphML",
  };
}

/** A JSON object whose first key is a JSON-LD keyword, possibly inside a top-level array. */
const JSON_LD_START = /^\[?\s*\{\s*"@(context|id|graph|type)"\s*:/;
/** Turtle/TriG directives, an N-Triples or N-Quads statement, a blank node or a TriG graph. */
const TRIPLES_START =
  /^(?:@prefix\s|@base\s|prefix\s+[\w.-]*:|base\s+<|graph\s|version\s|<[^\s<>"{}|^`\\]*>\s*(?:<|[A-Za-z_][\w.-]*:|a\s|\{)|_:[\w.-]+\s|[A-Za-z_][\w.-]*:[\w.-]*\s)/i;
const N_QUADS_LINE =
  /^(?:<[^>]*>|_:\S+)\s*<[^>]*>\s*(?:<[^>]*>|_:\S+|"(?:[^"\\\n]|\\.)*"\S*)\s*(?:<[^>]*>|_:\S+)\s*\.\s*$/m;

/** Turtle-like text, past leading `#` comments; N-Quads when its first statement has a graph. */
function sniffTriples(text: string): DetectedFormat | null {
  const body = text.replace(/^(?:#[^\n]*(?:\n|$)|\s+)*/, "");
  if (!TRIPLES_START.test(body)) return null;
  const firstLine = body.slice(0, body.indexOf("\n") === -1 ? undefined : body.indexOf("\n"));
  return N_QUADS_LINE.test(firstLine) ? "nquads" : "trig";
}

/** The local name of the first element, past the declaration, comments and DOCTYPE. */
function rootElementName(text: string): string | null {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i.exec(
    text.slice(0, 65536),
  );
  const rest = text.slice(prolog?.[0].length ?? 0, (prolog?.[0].length ?? 0) + 1024);
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  return match ? match[2].toLowerCase() : null;
}

function describeBinary(text: string): string | null {
  for (const [signature, description] of SIGNATURES) if (signature.test(text)) return description;
  const head = text.slice(0, 4096);
  let strange = 0;
  for (let index = 0; index < head.length; index++) {
    const code = head.charCodeAt(index);
    if (code === 0) return "binary data (it contains NUL bytes)";
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd)
      strange++;
  }
  return strange > head.length * 0.1 ? "binary data" : null;
}
