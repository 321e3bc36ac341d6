// Writes the small curated fixture and its source text into a temporary folder, as a user's
// own graph file would sit on disk: the CLI tests never depend on the built-in graph's content.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { curatedFixture, SOURCE_TEXT } from "../model/curated-fixture.ts";

export function writeTempGraph(file: unknown = curatedFixture()): { folder: string; path: string } {
  const folder = mkdtempSync(join(tmpdir(), "kg-cli-"));
  mkdirSync(join(folder, "sources"));
  writeFileSync(join(folder, "sources", "essay.txt"), SOURCE_TEXT);
  const path = join(folder, "test.kg.json");
  writeFileSync(path, typeof file === "string" ? file : JSON.stringify(file, null, 2));
  return { folder, path };
}
