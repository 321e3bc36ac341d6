// Measures what a visitor downloads before the explorer can start: the production build's initial
// JavaScript (the entry index.html loads plus the chunks it preloads), gzipped. Chunks loaded
// lazily (workers, import()) are left out, as they do not delay the first screen.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Paths, as written in the built index.html, of the scripts the page loads up front. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    if (/^<script/i.test(tag) && attribute("src") && attribute("type") === "module") {
      found.add(attribute("src") as string);
    } else if (/^<link/i.test(tag) && attribute("rel") === "modulepreload" && attribute("href")) {
      found.add(attribute("href") as string);
    }
  }
  return [...found];
}

export function gzipKb(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length / 1024;
}

export interface BundleSize {
  kb: number;
  files: { path: string; gzipKb: number }[];
}

/** Builds the app into a temporary folder (dist/ is left alone) and sizes its initial scripts. */
export async function measureBundleSize(root: string): Promise<BundleSize> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "kg-bench-build-"));
  try {
    await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const scripts = initialScripts(html);
    if (scripts.length === 0) {
      throw new Error(
        `${join(root, "index.html")}: the built page loads no module script; ` +
          'add <script type="module" src="/src/main.ts"></script>.',
      );
    }
    const files = scripts.map((path) => ({
      path,
      gzipKb: gzipKb(readFileSync(join(outDir, path.replace(/^\.?\//, "")))),
    }));
    return { kb: files.reduce((sum, file) => sum + file.gzipKb, 0), files };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
