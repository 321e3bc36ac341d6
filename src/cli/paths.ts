// Where the repository's own files are, independent of the directory `kg` runs in, and how to
// name a file back to the user (relative to where they are, as they would type it).
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const BUILT_IN_GRAPH = resolve(REPO_ROOT, "graph/new-security-concept.kg.json");

/** The path relative to `cwd` when it lies below it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}
