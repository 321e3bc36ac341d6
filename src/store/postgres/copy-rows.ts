// Streams rows into a table with COPY … FROM STDIN (text format) through pg-copy-streams, in
// chunks with back-pressure, so millions of rows go in without being held as one string.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | null | readonly string[];

/** Raised for input PostgreSQL cannot hold (a NUL character): names the item and the fix. */
export class LoadInputError extends Error {
  override name = "LoadInputError";
}

/** What COPY's text format escapes, and NUL, which it cannot hold: most text has none. */
const SPECIAL = /[\\\n\r\t\0]/;

function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  if (text.includes("\u0000"))
    throw new LoadInputError(`contains a NUL character: ${JSON.stringify(text.slice(0, 60))}`);
  return text.replace(/[\\\n\r\t]/g, (char) =>
    char === "\\" ? "\\\\" : char === "\n" ? "\\n" : char === "\r" ? "\\r" : "\\t",
  );
}

/** An array literal for a text[] column: {"a","b"} with quotes and backslashes escaped. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(",")}}`;
}

function cell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return escapeText(arrayLiteral(value));
}

const ROWS_PER_CHUNK = 2000;

/** One row as a line of COPY text: cells joined by tabs, without an array in between. */
function line(row: Cell[]): string {
  let text = cell(row[0]);
  for (let index = 1; index < row.length; index++) text += `\t${cell(row[index])}`;
  return `${text}\n`;
}

/** The COPY text of `rows`, in chunks of ROWS_PER_CHUNK rows; `onRows` hears the count so far. */
export function* copyText(
  rows: Iterable<Cell[]>,
  onRows: (count: number) => void = () => {},
): Generator<string> {
  let chunk = "";
  let count = 0;
  for (const row of rows) {
    chunk += line(row);
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
      onRows(count);
    }
  }
  if (chunk) yield chunk;
  onRows(count);
}

/** COPY text chunks (copyText) into `table (columns)`. */
export async function copyChunks(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string | Buffer>,
): Promise<void> {
  // FREEZE: the table was created in this transaction, so its rows can be written frozen and its
  // pages all-visible at once; index-only scans then never visit the heap, with no VACUUM.
  const stream = client.query(
    copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FREEZE)`),
  );
  await pipeline(Readable.from(chunks), stream);
}
