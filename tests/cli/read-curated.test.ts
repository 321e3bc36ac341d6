import { rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCurated } from "../../src/cli/read-curated.ts";
import { curatedFixture, SOURCE_TEXT } from "../model/curated-fixture.ts";
import { writeTempGraph } from "./temp-graph.ts";

const folders: string[] = [];
function temp(file?: unknown) {
  const written = writeTempGraph(file);
  folders.push(written.folder);
  return written;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("readCurated", () => {
  it("reads the file and its sources (relative to the file) and builds the graph", () => {
    const result = readCurated(temp().path, "test.kg.json");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sourceTexts).toEqual({ essay: SOURCE_TEXT });
    expect(result.graph.order).toBe(3);
    expect(result.graph.hasEdge("china~proposed~new-security-concept")).toBe(true);
    expect(result.file.title).toBe("A small test graph");
  });

  it("names the file as the caller asks in every error", () => {
    const broken = curatedFixture();
    broken.edges[0].source = "chin";
    const result = readCurated(temp(broken).path, "my/graph.kg.json");
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: "my/graph.kg.json",
          path: "edges[0].source",
          message: '"chin" is not a node key (did you mean "china"?)',
          fix: 'Use the key "china", or add a node with key "chin".',
        },
      ],
    });
  });

  it("reports a JSON syntax error with its line and column", () => {
    const result = readCurated(temp('{\n  "title": "x"\n  "nodes": []\n}').path, "x.json");
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        path: "line 3, column 3",
        message: 'is not valid JSON: expected "," or "}" after a property value but found "\\""',
      }),
    ]);
  });

  it("reports a source text that is not where the file says", () => {
    const { folder, path } = temp();
    unlinkSync(join(folder, "sources", "essay.txt"));
    const result = readCurated(path, "x.json");
    expect(!result.ok && result.errors.map((error) => `${error.path} ${error.message}`)).toEqual([
      'sources[0].path "sources/essay.txt": no text found for source "essay"',
    ]);
  });

  it("reports a file that cannot be read", () => {
    const { folder } = temp();
    const result = readCurated(folder, "a-folder");
    expect(!result.ok && result.errors[0].message).toBe(
      "cannot be read: it is a folder, not a file",
    );
  });

  it("accepts a file saved with a byte order mark", () => {
    const { path } = temp();
    writeFileSync(path, `\uFEFF${JSON.stringify(curatedFixture())}`);
    expect(readCurated(path).ok).toBe(true);
  });
});
