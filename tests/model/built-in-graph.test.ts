import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CuratedFile } from "../../src/model/types.ts";
import { formatValidationError, validateCurated } from "../../src/model/validate.ts";

const GRAPH_URL = new URL("../../graph/new-security-concept.kg.json", import.meta.url);

describe("the built-in graph (graph/new-security-concept.kg.json)", () => {
  it("passes validation: every quote is verbatim in its source, every key and relation is valid", () => {
    const data = JSON.parse(readFileSync(GRAPH_URL, "utf8")) as CuratedFile;
    const sourceTexts = Object.fromEntries(
      data.sources.map((source) => [
        source.id,
        readFileSync(fileURLToPath(new URL(source.path, GRAPH_URL)), "utf8"),
      ]),
    );
    const result = validateCurated(data, {
      fileName: "graph/new-security-concept.kg.json",
      sourceTexts,
    });
    // Listing the problems makes a failure here as readable as `kg validate`.
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
    expect(data.nodes.length).toBeGreaterThan(10);
  });
});
