import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/model/parse-json.ts";

function errorOf(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error("expected a syntax error");
  return result.error;
}

describe("parseJson", () => {
  it("parses valid JSON, ignoring a byte order mark", () => {
    expect(parseJson('\uFEFF{"a": [1, "b"]}')).toEqual({ ok: true, value: { a: [1, "b"] } });
  });

  it("points at the line and column of a trailing comma", () => {
    expect(errorOf('{\n  "nodes": [\n    1,\n  ]\n}')).toEqual({
      line: 4,
      column: 3,
      message: 'a trailing comma before "]"',
    });
  });

  it("points at a missing comma between properties", () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      message: 'expected "," or "}" after a property value but found "\\""',
    });
  });

  it("explains single quotes, which Node does not locate", () => {
    expect(errorOf("{\"title\": 'x'}")).toEqual({
      line: 1,
      column: 11,
      message: "strings need double quotes, not single quotes",
    });
  });

  it("reports a file that ends too early at its end", () => {
    expect(errorOf('{\n"a": [1, 2')).toMatchObject({ line: 2, column: 11 });
    expect(errorOf("")).toMatchObject({ line: 1, column: 1 });
  });

  it("reports a line break inside a string", () => {
    expect(errorOf('{"a": "one\ntwo"}')).toMatchObject({ line: 1, column: 11 });
  });

  it("reports text after the value", () => {
    expect(errorOf('{"a": 1} x')).toMatchObject({ line: 1, column: 10 });
  });
});
