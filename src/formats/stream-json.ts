// Parses a JSON file as its bytes arrive (@streamparser/json), so a file of hundreds of MB never
// has to be one string: only the parsed value is kept. A syntax error is placed by line and
// column, counted from the bytes seen so far; a file that stops early says so.
import { Tokenizer, TokenParser } from "@streamparser/json";
import type { Place } from "./import-types.ts";

export type StreamedJson =
  | { ok: true; value: unknown }
  | { ok: false; place: Place; message: string };

const NEWLINE = 10;

/** Lines counted over the bytes passed so far, so an error offset becomes line and column. */
class ByteLines {
  private line = 1;
  /** Absolute offset of the byte after the last newline of the chunks passed. */
  private lineStart = 0;
  private chunkStart = 0;
  private chunk: Uint8Array = new Uint8Array(0);

  next(chunk: Uint8Array): void {
    this.count(this.chunk, this.chunk.length);
    this.chunkStart += this.chunk.length;
    this.chunk = chunk;
  }

  /** Line and column (in characters on the current chunk, in bytes before it) of an offset. */
  placeOf(offset: number): Place {
    const within = Math.max(0, Math.min(offset - this.chunkStart, this.chunk.length));
    const { line, lineStart } = this.count(this.chunk, within, false);
    const startInChunk = Math.max(0, lineStart - this.chunkStart);
    const characters = new TextDecoder().decode(this.chunk.subarray(startInChunk, within)).length;
    const before = lineStart < this.chunkStart ? this.chunkStart - lineStart : 0;
    return { line, column: before + characters + 1 };
  }

  private count(bytes: Uint8Array, end: number, keep = true): { line: number; lineStart: number } {
    let { line, lineStart } = this;
    for (
      let at = bytes.indexOf(NEWLINE);
      at !== -1 && at < end;
      at = bytes.indexOf(NEWLINE, at + 1)
    ) {
      line++;
      lineStart = this.chunkStart + at + 1;
    }
    if (keep) {
      this.line = line;
      this.lineStart = lineStart;
    }
    return { line, lineStart };
  }
}

/** The JSON value of the whole stream, or where and why its syntax is wrong. */
export async function parseJsonStream(chunks: AsyncIterable<Uint8Array>): Promise<StreamedJson> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ["$"], keepStack: false });
  const lines = new ByteLines();
  let value: unknown;
  let isComplete = false;
  let lastOffset = 0;
  tokenizer.onToken = (token) => {
    lastOffset = token.offset;
    parser.write(token);
  };
  parser.onValue = (info) => {
    value = info.value;
    isComplete = true;
  };
  parser.onEnd = () => {};
  try {
    for await (const chunk of chunks) {
      lines.next(chunk);
      tokenizer.write(chunk);
    }
    if (!tokenizer.isEnded) tokenizer.end();
  } catch (error) {
    return syntaxFailure(error, lines, lastOffset);
  }
  if (!isComplete) {
    return {
      ok: false,
      place: {},
      message: "the file ends before the JSON is complete",
    };
  }
  return { ok: true, value };
}

function syntaxFailure(error: unknown, lines: ByteLines, lastOffset: number): StreamedJson {
  const text = error instanceof Error ? error.message : String(error);
  const unexpected =
    /^Unexpected "(.*)" at chunk position "\d+" \(absolute position "(\d+)"\)/s.exec(text);
  if (unexpected) {
    return {
      ok: false,
      place: lines.placeOf(Number(unexpected[2])),
      message: `unexpected ${JSON.stringify(unexpected[1])}`,
    };
  }
  if (/ended in the middle|ended in mid-parsing/.test(text)) {
    return { ok: false, place: {}, message: "the file ends before the JSON is complete" };
  }
  const token = /^Unexpected (\w+) \((.*)\) in state/s.exec(text);
  return {
    ok: false,
    place: lines.placeOf(lastOffset),
    message: token ? `unexpected ${token[1].toLowerCase()} ${token[2]}` : text,
  };
}
