// The bench page measures the explorer as it is: its body must be the app's own layout
// (index.html), slot for slot, so every panel the app mounts is mounted there and the stage has
// the app's size. A panel added to index.html and not to bench/page/ours.html fails here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const read = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

/** The body's markup without comments, scripts and indentation. */
function bodyLayout(html: string): string[] {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  return body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<script\b[\s\S]*?<\/script>/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

describe("bench/page/ours.html", () => {
  it("has the app's layout: index.html's body, apart from the script it loads", () => {
    const app = bodyLayout(read("index.html"));
    expect(app.length).toBeGreaterThan(10);
    expect(app.join("\n")).toContain('id="stage"');
    expect(bodyLayout(read("bench/page/ours.html"))).toEqual(app);
  });
});
