// What counts as the explorer's initial JavaScript in the built index.html.
import { describe, expect, it } from "vitest";
import { gzipKb, initialScripts } from "../../bench/bundle-size.ts";

describe("initialScripts", () => {
  it("takes the entry module and the chunks it preloads, not styles or lazy chunks", () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel="icon" href="data:,">
    </head><body><script>console.log("inline")</script></body></html>`;
    expect(initialScripts(html)).toEqual(["/assets/index-abc.js", "/assets/vendor-def.js"]);
  });

  it("finds nothing in a page without module scripts", () => {
    expect(initialScripts("<html><body><p>static</p></body></html>")).toEqual([]);
  });
});

describe("gzipKb", () => {
  it("measures compressed size, so repetitive code weighs little", () => {
    const repetitive = new TextEncoder().encode("const a = 1;\n".repeat(10_000));
    expect(gzipKb(repetitive)).toBeLessThan(repetitive.length / 1024 / 50);
  });
});
