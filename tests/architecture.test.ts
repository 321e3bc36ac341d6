// A guard on the layers of src/: imports only go downwards (model → query/appearance/formats →
// state/layout → view/ui → main and the CLI), no module imports itself round a cycle, the pure
// core never imports sigma, and formats/ touches no worker or DOM global outside its worker
// entry. The checks read the source text, so they run in Node without building anything.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** The layer of each top-level folder (or file) of src/: a module may import its own or lower. */
const LAYERS: Record<string, number> = {
  model: 0,
  query: 1,
  appearance: 1,
  formats: 1,
  state: 2,
  layout: 2,
  store: 1,
  server: 4,
  view: 3,
  ui: 3,
  "main.ts": 4,
  cli: 4,
};
const PURE_LAYERS = ["model", "query", "appearance", "formats", "state", "layout", "store"];
const WORKER_ENTRY = "formats/parse-worker.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Comments and the text of string literals removed, so neither can look like code. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1")
    .replace(/`(?:\\.|[^`\\])*`/g, "``")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
  return [...text.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(pattern)].map((match) => match[1]);
}

function layerOf(file: string): string {
  const [top] = relative(SRC, file).split(/[\\/]/);
  return top;
}

interface Module {
  file: string;
  name: string;
  imports: string[];
}

const modules: Module[] = sourceFiles(SRC).map((file) => ({
  file,
  name: relative(SRC, file).replace(/\\/g, "/"),
  imports: importsOf(readFileSync(file, "utf8")),
}));

/** The src/ files a module imports (relative specifiers, resolved; asset queries dropped). */
function localImports(module: Module): string[] {
  return module.imports
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => resolve(dirname(module.file), specifier.replace(/\?.*$/, "")))
    .filter((path) => path.startsWith(`${SRC}/`) && path.endsWith(".ts"));
}

describe("the layers of src/", () => {
  it("knows the layer of every file", () => {
    const unknown = modules.filter((module) => !(layerOf(module.file) in LAYERS));
    expect(unknown.map((module) => module.name)).toEqual([]);
  });

  it("imports only from the same layer or a lower one", () => {
    const upward: string[] = [];
    for (const module of modules) {
      const from = layerOf(module.file);
      for (const target of localImports(module)) {
        const to = layerOf(target);
        if (LAYERS[to] > LAYERS[from]) upward.push(`${module.name} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    const edges = new Map(modules.map((module) => [module.file, localImports(module)]));
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      const at = trail.indexOf(file);
      if (at >= 0) {
        cycles.push([...trail.slice(at), file].map((path) => relative(SRC, path)).join(" → "));
        return;
      }
      if (done.has(file)) return;
      for (const next of edges.get(file) ?? []) visit(next, [...trail, file]);
      done.add(file);
    };
    for (const file of edges.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("keeps sigma out of the pure core", () => {
    const offenders = modules
      .filter((module) => PURE_LAYERS.includes(layerOf(module.file)))
      .filter((module) => module.imports.some((specifier) => /^(sigma|@sigma\/)/.test(specifier)))
      .map((module) => module.name);
    expect(offenders).toEqual([]);
  });
});

/** Worker and page globals that formats/ must leave to its worker entry and to the UI. */
const GLOBAL_USES: [string, RegExp][] = [
  ["self", /(?<![.\w$])self\b/],
  ["postMessage", /(?<![.\w$])postMessage\s*\(/],
  ["importScripts", /\bimportScripts\b/],
  ["onmessage", /(?<![.\w$])onmessage\b/],
  ["addEventListener", /(?<![.\w$])addEventListener\s*\(/],
  ["Worker", /\bnew\s+Worker\b|\b(?:Dedicated)?WorkerGlobalScope\b/],
  ["window", /(?<![.\w$])window\b/],
  ["navigator", /(?<![.\w$])navigator\b/],
  ["localStorage", /\b(?:local|session)Storage\b/],
  ["HTMLElement", /\bHTML\w*Element\b/],
  ["requestAnimationFrame", /\brequestAnimationFrame\b/],
  [
    "the page's document",
    /(?<![.\w$])document\.(?:createElement|body|head|querySelector|getElementById|defaultView|cookie|location)\b/,
  ],
];

/**
 * The one use formats/ may make of a page global: xml-document.ts takes the browser's
 * DOMParser when there is one (faster, and what the import tests fake) and falls back to xmldom.
 */
const ALLOWED_PAGE_GLOBALS: Record<string, RegExp> = {
  "formats/xml-document.ts": /globalThis as \{ DOMParser\?/,
};

/** The globals a piece of code uses from GLOBAL_USES. */
function globalsUsed(code: string): string[] {
  return GLOBAL_USES.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

describe("formats/ and the globals of workers and pages", () => {
  it("finds the globals the checks look for", () => {
    expect(globalsUsed("const scope = self as unknown as DedicatedWorkerGlobalScope;")).toEqual([
      "self",
      "Worker",
    ]);
    expect(globalsUsed("postMessage(reply); window.alert(1)")).toEqual(["postMessage", "window"]);
    expect(globalsUsed("document.createElement('a')")).toEqual(["the page's document"]);
    expect(globalsUsed("scope.postMessage(m); xml.document.getElementsByTagName('x')")).toEqual([]);
  });

  it("uses them only in the worker entry", () => {
    const offenders: string[] = [];
    for (const module of modules) {
      if (layerOf(module.file) !== "formats" || module.name === WORKER_ENTRY) continue;
      const code = codeOnly(readFileSync(module.file, "utf8"));
      for (const name of globalsUsed(code)) offenders.push(`${module.name}: ${name}`);
      if (/globalThis/.test(code) && !ALLOWED_PAGE_GLOBALS[module.name]?.test(code)) {
        offenders.push(`${module.name}: globalThis`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("has a worker entry that still speaks to its page", () => {
    const entry = codeOnly(readFileSync(join(SRC, WORKER_ENTRY), "utf8"));
    expect(globalsUsed(entry)).toContain("self");
  });
});

describe("the import reader", () => {
  it("reads static, type-only, re-exported and dynamic imports", () => {
    const text = [
      'import a from "./a.ts";',
      'import type { B } from "../b.ts";',
      'export { c } from "./c.ts";',
      'const d = await import("./d.ts");',
      'import "./e.css";',
      '/* import x from "./commented.ts"; */',
    ].join("\n");
    expect(importsOf(text)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.css"]);
  });
});
