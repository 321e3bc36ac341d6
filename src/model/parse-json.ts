// JSON.parse says *that* a file is broken, but in Node 20 not always *where*. When parsing fails,
// a small scanner walks the text to the first bad character so the error can name line and column.

export interface JsonSyntaxError {
  /** 1-based line and column of the first character that is not valid JSON. */
  line: number;
  column: number;
  message: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export function parseJson(text: string): JsonParseResult {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(withoutBom) };
  } catch (error) {
    const found = locateJsonError(withoutBom) ?? {
      offset: 0,
      message: error instanceof Error ? error.message : String(error),
    };
    return {
      ok: false,
      error: { ...lineAndColumn(withoutBom, found.offset), message: found.message },
    };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; ) {
    line++;
    lineStart = index + 1;
    index = text.indexOf("\n", lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** Offset and description of the first syntax error, or null if the text is valid JSON. */
function locateJsonError(text: string): { offset: number; message: string } | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.at < text.length) {
      scanner.fail(`unexpected ${scanner.describe()} after the end of the JSON value`);
    }
    return null;
  } catch (problem) {
    if (problem instanceof SyntaxProblem) return problem;
    throw problem;
  }
}

/** A recursive-descent walk over JSON text that throws a SyntaxProblem at the first bad place. */
class JsonScanner {
  at = 0;

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new SyntaxProblem(this.at, message);
  }

  skipWhitespace(): void {
    while (this.at < this.text.length && " \t\n\r".includes(this.text[this.at])) this.at++;
  }

  describe(): string {
    return this.at >= this.text.length ? "the end of the file" : JSON.stringify(this.text[this.at]);
  }

  string(): void {
    const { text } = this;
    this.at++;
    while (this.at < text.length) {
      const char = text[this.at];
      if (char === '"') {
        this.at++;
        return;
      }
      if (char === "\\") {
        const escaped = text[this.at + 1];
        if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(this.at + 2, this.at + 6))) {
          this.at += 6;
        } else if (ESCAPES.has(escaped)) this.at += 2;
        else this.fail(`invalid escape "\\${escaped ?? ""}" in a string`);
      } else if (char < " ") {
        this.fail("a line break or control character inside a string; write it as \\n or \\t");
      } else {
        this.at++;
      }
    }
    this.fail("a string is not closed: a double quote is missing");
  }

  value(): void {
    const { text } = this;
    this.skipWhitespace();
    const char = text[this.at];
    if (char === "{") this.object();
    else if (char === "[") this.array();
    else if (char === '"') this.string();
    else if (char === "-" || (char >= "0" && char <= "9")) {
      NUMBER.lastIndex = this.at;
      if (!NUMBER.test(text)) this.fail("malformed number");
      this.at = NUMBER.lastIndex;
    } else {
      const literal = ["true", "false", "null"].find((word) => text.startsWith(word, this.at));
      if (literal) this.at += literal.length;
      else if (char === "'") this.fail("strings need double quotes, not single quotes");
      else this.fail(`expected a value but found ${this.describe()}`);
    }
  }

  /** After an item of an object or array: true on a comma (more follows), false at `close`. */
  private next(close: "}" | "]", after: string): boolean {
    this.skipWhitespace();
    if (this.text[this.at] === ",") {
      this.at++;
      return true;
    }
    if (this.text[this.at] === close) {
      this.at++;
      return false;
    }
    return this.fail(`expected "," or "${close}" after ${after} but found ${this.describe()}`);
  }

  /** Opens an object or array; true when it closes at once (empty). */
  private open(close: "}" | "]"): boolean {
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] !== close) return false;
    this.at++;
    return true;
  }

  object(): void {
    if (this.open("}")) return;
    do {
      this.skipWhitespace();
      if (this.text[this.at] === "}") this.fail('a trailing comma before "}"');
      if (this.text[this.at] !== '"') {
        this.fail(`expected a double-quoted property name but found ${this.describe()}`);
      }
      this.string();
      this.skipWhitespace();
      if (this.text[this.at] !== ":") {
        this.fail(`expected ":" after the property name but found ${this.describe()}`);
      }
      this.at++;
      this.value();
    } while (this.next("}", "a property value"));
  }

  array(): void {
    if (this.open("]")) return;
    do {
      this.skipWhitespace();
      if (this.text[this.at] === "]") this.fail('a trailing comma before "]"');
      this.value();
    } while (this.next("]", "an array element"));
  }
}
