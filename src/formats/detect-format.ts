// Which format a file is in, from its extension and from its first characters: the two must
// agree, so a GEXF saved as .json or a PNG dropped by mistake gets a clear error, not a crash.
import { type GraphFile, type ImportError, importError } from "./import-types.ts";

export type DetectedFormat = "json" | "gexf" | "graphml" | "csv";
export type DetectResult = { ok: true; format: DetectedFormat } | { ok: false; error: ImportError };

const BY_EXTENSION: Record<string, DetectedFormat> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  csv: "csv",
  tsv: "csv",
};

const FORMAT_NAMES: Record<DetectedFormat, string> = {
  json: "JSON",
  gexf: "GEXF (XML)",
  graphml: "GraphML (XML)",
  csv: "CSV (a table of text)",
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
  if (expected && expected !== sniffed.format) {
    return fail(
      `named .${extension} but looks like ${FORMAT_NAMES[sniffed.format]}, not ${FORMAT_NAMES[expected]}`,
      `rename the file to .${sniffed.format}, or export it again as ${FORMAT_NAMES[expected]}`,
    );
  }
  return { ok: true, format: sniffed.format };
}

type Sniffed = { ok: true; format: DetectedFormat } | { ok: false; message: string; fix: string };

function sniff(text: string): Sniffed {
  if (text.startsWith("{") || text.startsWith("[")) return { ok: true, format: "json" };
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
  return {
    ok: false,
    message: root
      ? `XML with the root element <${root}>, which is neither GEXF (<gexf>) nor GraphML (<graphml>)`
      : "starts with < but no XML element could be found",
    fix: "export the graph as GEXF or GraphML",
  };
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
