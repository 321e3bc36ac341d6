// A plain clone has nothing beside it: no test, script or example may reach outside the repository
// for the files it needs (they live in tests/fixtures).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const FOLDERS = ["src", "tests", "bench", "scripts", ".ci", "bin"];
const TEXT = /\.(ts|mts|mjs|js|json|md|sh)$|^run$/;

function files(folder: string): string[] {
  const path = join(ROOT, folder);
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === "fixtures" || name === "node_modules" || name === "data") return [];
    const child = join(path, name);
    if (statSync(child).isDirectory()) return files(relative(ROOT, child));
    return TEXT.test(name) ? [child] : [];
  });
}

describe("the repository stands on its own", () => {
  it("no test, source, bench or script file names a path in the shared folder beside the clone", () => {
    const all = [...FOLDERS.flatMap(files), join(ROOT, "README.md"), join(ROOT, "package.json")];
    expect(all.length).toBeGreaterThan(50);
    const outside = all.filter((file) => /\.\.\/+shared\b/.test(readFileSync(file, "utf8")));
    expect(outside.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
