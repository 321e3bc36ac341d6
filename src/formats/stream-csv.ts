// Reads one CSV file into a table as its bytes arrive, with papaparse's own chunk streamer (fed
// through the stream interface it accepts), so a big edge list is never one string. Delimiter,
// line ends, blank lines and row lines are decided as csv-table.ts decides them for a whole text;
// the table then goes through the same checks (tableFromRows).
import Papa from "papaparse";
import { guessDelimiter, malformedCsv, type TableResult, tableFromRows } from "./csv-table.ts";
import type { ImportError } from "./import-types.ts";

type Listener = (value?: unknown) => void;

/** The little of a Node stream papaparse's ReadableStreamStreamer uses; we push the text. */
class PushedText {
  readonly readable = true;
  private readonly listeners = new Map<string, Listener>();
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: Listener): void {
    this.listeners.set(event, listener);
  }
  removeListener(event: string): void {
    this.listeners.delete(event);
  }
  push(text: string): void {
    this.listeners.get("data")?.(text);
  }
  end(): void {
    this.listeners.get("end")?.();
  }
}

/** The text read so far from where rows start, to find each row's first line; trimmed as rows pass. */
class RowLines {
  private text = "";
  private textStart = 0;
  private line = 1;
  private scanned = 0;
  /** Where the next row may start: the end of the previous one (blank lines lie between). */
  private rowStart = 0;

  append(piece: string): void {
    this.text = this.text.slice(this.scanned - this.textStart) + piece;
    this.textStart = this.scanned;
  }

  /** The line the row ending at `cursor` started on. */
  nextRow(cursor: number): number {
    let start = this.rowStart;
    while (
      start - this.textStart < this.text.length &&
      /\s/.test(this.text[start - this.textStart])
    )
      start++;
    for (
      let at = this.text.indexOf("\n", this.scanned - this.textStart);
      at !== -1 && at + this.textStart < start;
      at = this.text.indexOf("\n", at + 1)
    )
      this.line++;
    this.scanned = Math.max(this.scanned, start);
    this.rowStart = cursor;
    return this.line;
  }
}

export async function readTableStream(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
): Promise<TableResult> {
  const decoder = new TextDecoder();
  const rows: string[][] = [];
  const lines: number[] = [];
  const rowLines = new RowLines();
  let failure: ImportError | null = null;
  let input: PushedText | null = null;
  let head = "";
  const start = (text: string, isEnd: boolean) => {
    const firstLineEnd = text.search(/\r\n|\n|\r/);
    // A lone "\r" at the end may be the first half of "\r\n": wait for more.
    if (!isEnd && (firstLineEnd === -1 || firstLineEnd === text.length - 1)) return null;
    const stream = new PushedText();
    const newline =
      firstLineEnd === -1
        ? undefined
        : (/\r\n|\n|\r/.exec(text.slice(firstLineEnd))?.[0] as "\r\n" | "\n" | "\r");
    Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
      delimiter: guessDelimiter(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)),
      newline,
      skipEmptyLines: "greedy",
      step(result, parser) {
        const startLine = rowLines.nextRow(result.meta.cursor);
        const problem = result.errors[0];
        if (problem) {
          failure = malformedCsv(name, { line: startLine }, problem);
          parser.abort();
          return;
        }
        rows.push(result.data);
        lines.push(startLine);
      },
    });
    return stream;
  };
  const feed = (piece: string, isEnd: boolean) => {
    if (!input) {
      head += piece;
      input = start(head, isEnd);
      if (!input) return;
      piece = head;
      head = "";
    }
    rowLines.append(piece);
    input.push(piece);
  };
  for await (const chunk of chunks) {
    feed(decoder.decode(chunk, { stream: true }), false);
    if (failure) break;
  }
  if (!failure) {
    feed(decoder.decode(), true);
    (input as PushedText | null)?.end();
  }
  if (failure) return { ok: false, error: failure };
  return tableFromRows({ name, text: "" }, rows, lines);
}
