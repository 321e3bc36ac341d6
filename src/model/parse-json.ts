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
  let at = 0;
  const fail = (message: string): never => {
    throw new SyntaxProblem(at, message);
  };
  const skipWhitespace = () => {
    while (at < text.length && " \t\n\r".includes(text[at])) at++;
  };
  const describe = (): string =>
    at >= text.length ? "the end of the file" : JSON.stringify(text[at]);

  const string = () => {
    at++;
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        at++;
        return;
      }
      if (char === "\\") {
        const escaped = text[at + 1];
        if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else if (ESCAPES.has(escaped)) at += 2;
        else fail(`invalid escape "\\${escaped ?? ""}" in a string`);
      } else if (char < " ") {
        fail("a line break or control character inside a string; write it as \\n or \\t");
      } else {
        at++;
      }
    }
    fail("a string is not closed: a double quote is missing");
  };

  const value = (): void => {
    skipWhitespace();
    const char = text[at];
    if (char === "{") object();
    else if (char === "[") array();
    else if (char === '"') string();
    else if (char === "-" || (char >= "0" && char <= "9")) {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) fail("malformed number");
      at = NUMBER.lastIndex;
    } else {
      const literal = ["true", "false", "null"].find((word) => text.startsWith(word, at));
      if (literal) at += literal.length;
      else if (char === "'") fail("strings need double quotes, not single quotes");
      else fail(`expected a value but found ${describe()}`);
    }
  };

  const object = () => {
    at++;
    skipWhitespace();
    if (text[at] === "}") {
      at++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[at] === "}") fail('a trailing comma before "}"');
      if (text[at] !== '"') fail(`expected a double-quoted property name but found ${describe()}`);
      string();
      skipWhitespace();
      if (text[at] !== ":") fail(`expected ":" after the property name but found ${describe()}`);
      at++;
      value();
      skipWhitespace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "}") {
        at++;
        return;
      }
      fail(`expected "," or "}" after a property value but found ${describe()}`);
    }
  };

  const array = () => {
    at++;
    skipWhitespace();
    if (text[at] === "]") {
      at++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[at] === "]") fail('a trailing comma before "]"');
      value();
      skipWhitespace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "]") {
        at++;
        return;
      }
      fail(`expected "," or "]" after an array element but found ${describe()}`);
    }
  };

  try {
    value();
    skipWhitespace();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return null;
  } catch (problem) {
    if (problem instanceof SyntaxProblem) return problem;
    throw problem;
  }
}
