// Reads a curated graph file and the source texts it quotes from disk, validates it, and builds
// the graph: the Node-side counterpart of the app's bundled import. Every problem comes back as a value.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildGraph } from "../model/load.ts";
import { parseJson } from "../model/parse-json.ts";
import type { CuratedFile, KnowledgeGraph } from "../model/types.ts";
import { type ValidationError, validateCurated } from "../model/validate.ts";

export type ReadCuratedResult =
  | {
      ok: true;
      file: CuratedFile;
      graph: KnowledgeGraph;
      sourceTexts: Record<string, string>;
      /** What was read from an older shape of the format, to be rewritten. */
      notes: string[];
    }
  | { ok: false; errors: ValidationError[] };

/**
 * `filePath` is read as is; `fileName` is how errors name it (default: `filePath`). Source paths
 * are relative to the curated file; a text that cannot be read is reported by validation.
 */
export function readCurated(filePath: string, fileName = filePath): ReadCuratedResult {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          path: "",
          message: `cannot be read: ${describeFsError(error)}`,
          fix: "Check the path; a relative path is relative to the current directory.",
        },
      ],
    };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          path: `line ${line}, column ${column}`,
          message: `is not valid JSON: ${message}`,
          fix: "Correct the JSON at that place (an editor with JSON support shows it too).",
        },
      ],
    };
  }
  const sourceTexts = readSourceTexts(parsed.value, dirname(filePath));
  const result = validateCurated(parsed.value, { fileName, sourceTexts });
  if (!result.ok) return result;
  const { file, notes } = result;
  return { ok: true, file, graph: buildGraph(file), sourceTexts, notes };
}

/** Texts of the sources that can be read; shape problems are left to validation. */
function readSourceTexts(data: unknown, folder: string): Record<string, string> {
  const texts: Record<string, string> = {};
  const sources = (data as { sources?: unknown })?.sources;
  if (!Array.isArray(sources)) return texts;
  for (const source of sources) {
    const { id, path } = (source ?? {}) as { id?: unknown; path?: unknown };
    if (typeof id !== "string" || typeof path !== "string" || id in texts) continue;
    try {
      texts[id] = readFileSync(resolve(folder, path), "utf8").replace(/^\uFEFF/, "");
    } catch {
      // Validation reports the missing text at sources[i].path.
    }
  }
  return texts;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
