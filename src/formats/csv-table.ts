// Reads one CSV file into a table of text cells: the delimiter guessed from the header (comma,
// semicolon or tab), a byte-order mark dropped, each row's starting line kept for errors, and a
// malformed file turned into an error that names the line and the fix. papaparse does the parsing.
import Papa from "papaparse";
import { type GraphFile, type ImportError, importError, lineAndColumnAt } from "./import-types.ts";

export interface Table {
  file: GraphFile;
  header: string[];
  rows: string[][];
  /** 1-based line on which each row starts (rows may span lines inside quotes). */
  lines: number[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; error: ImportError };

export function readTable(file: GraphFile): TableResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const parsed = parseRows(file.name, text);
  if ("error" in parsed) return { ok: false, error: parsed.error };
  return tableFromRows(file, parsed.rows, parsed.lines);
}

/** The header and the rows under it, checked: the rows and lines of the whole file, as parsed. */
export function tableFromRows(file: GraphFile, rows: string[][], lines: number[]): TableResult {
  const header = rows.shift()?.map((name) => name.trim());
  lines.shift();
  if (!header || header.every((name) => name === "")) {
    return {
      ok: false,
      error: importError(
        file.name,
        { line: 1 },
        "the CSV has no header row",
        "start the file with a header: source,target,relation",
      ),
    };
  }
  for (let index = 0; index < rows.length; index++) {
    if (rows[index].length > header.length) {
      return {
        ok: false,
        error: importError(
          file.name,
          { line: lines[index] },
          `row has ${rows[index].length} fields but the header has ${header.length}`,
          'quote fields that contain the delimiter: "a, b"',
        ),
      };
    }
  }
  return { ok: true, table: { file, header, rows, lines } };
}

type ParsedRows = { rows: string[][]; lines: number[] } | { error: ImportError };

/** Every non-blank row with the line it starts on, or the first parse error, placed. */
function parseRows(fileName: string, text: string): ParsedRows {
  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const newline =
    firstLineEnd === -1
      ? undefined
      : (/\r\n|\n|\r/.exec(text.slice(firstLineEnd))?.[0] as "\r\n" | "\n" | "\r");
  const rows: string[][] = [];
  const lines: number[] = [];
  let failure: ImportError | null = null;
  let rowStart = 0;
  const lineAt = lineCounter(text);
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(firstLine),
    newline,
    skipEmptyLines: "greedy",
    step(result, parser) {
      // Skipped blank lines sit between the previous row's end and this row's first character.
      while (rowStart < text.length && /\s/.test(text[rowStart])) rowStart++;
      const startLine = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const problem = result.errors[0];
      if (problem) {
        const place =
          typeof problem.index === "number"
            ? lineAndColumnAt(text, problem.index)
            : { line: startLine };
        failure = malformedCsv(fileName, place, problem);
        parser.abort();
        return;
      }
      rows.push(result.data);
      lines.push(startLine);
    },
  });
  return failure ? { error: failure } : { rows, lines };
}

/** The 1-based line of an offset, for offsets asked in increasing order: linear over the text. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    for (
      let at = text.indexOf("\n", scanned);
      at !== -1 && at < offset;
      at = text.indexOf("\n", at + 1)
    )
      line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
}

/** Comma, semicolon (spreadsheets in many locales) or tab: whichever the header uses most. */
export function guessDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const candidate of [",", ";", "\t"]) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** The error for a row papaparse could not read, at `place`, with the fix for its code. */
export function malformedCsv(
  name: string,
  place: Parameters<typeof importError>[1],
  problem: { message: string; code: string },
): ImportError {
  return importError(
    name,
    place,
    `malformed CSV: ${problem.message.toLowerCase()}`,
    csvFix(problem.code),
  );
}

export function csvFix(code: string): string {
  if (code === "MissingQuotes")
    return 'close the quoted field with a double quote; write a quote inside a field as ""';
  if (code === "InvalidQuotes")
    return 'a quoted field must end right after its closing quote; write a quote inside a field as ""';
  return "check the file is a comma-separated table with one header row";
}
