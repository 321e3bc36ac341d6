import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { pathCommand } from "../../src/cli/commands/path.ts";
import { runCaptured } from "./in-process.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

function kg(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/kg.js", ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `kg path` in-process, as a user would see it. */
function path(args: string[], cwd = REPO) {
  return runCaptured(cwd, (io) => pathCommand.run(args, io));
}

// Two pairs of nodes with nothing between them.
const folder = mkdtempSync(join(tmpdir(), "kg-path-"));
writeFileSync(
  join(folder, "doc.txt"),
  "Two islands\n\nChina proposed the concept. The West proposed another concept.\n",
);
writeFileSync(
  join(folder, "islands.kg.json"),
  JSON.stringify({
    title: "Two islands",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
    nodes: [
      { key: "china", label: "China", nodeKind: "actor", description: "A state." },
      { key: "nsc", label: "New security concept", nodeKind: "principle", description: "An idea." },
      { key: "west", label: "The West", nodeKind: "actor", description: "A group." },
      { key: "wsc", label: "Western concept", nodeKind: "principle", description: "An idea." },
    ],
    edges: [
      {
        source: "china",
        relation: "proposed",
        target: "nsc",
        evidence: [{ quote: "China proposed the concept.", source: "doc" }],
      },
      {
        source: "west",
        relation: "proposed",
        target: "wsc",
        evidence: [{ quote: "The West proposed another concept.", source: "doc" }],
      },
    ],
  }),
);
// The same graph in the old evidence shape: quote strings, sourceDoc.
writeFileSync(
  join(folder, "old.kg.json"),
  JSON.stringify({
    title: "Old shape",
    sources: [{ id: "doc", title: "Doc", path: "doc.txt" }],
    nodes: [
      { key: "china", label: "China", nodeKind: "actor", description: "A state." },
      { key: "nsc", label: "New security concept", nodeKind: "principle", description: "An idea." },
    ],
    edges: [
      {
        source: "china",
        relation: "proposed",
        target: "nsc",
        evidence: ["China proposed the concept."],
        sourceDoc: "doc",
      },
    ],
  }),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("kg path", () => {
  it("prints the chains from China to international terrorism with their evidence", () => {
    const { code, stdout } = kg("path", "china", "international-terrorism");
    expect(code).toBe(0);
    const chains = stdout.split("\n").filter((line) => line !== "" && !line.startsWith(" "));
    expect(chains.length).toBeGreaterThanOrEqual(1);
    expect(chains.length).toBeLessThanOrEqual(3);
    for (const chain of chains) expect(chain).toMatch(/^China —.+→ .*International terrorism$/i);
    expect(stdout).toMatch(/\n {4}“[^”\n]+” \(new-security-concept\)\n/); // a quote, its document, under a step
  });

  it("exits 2 naming an unknown node and what was probably meant", () => {
    const { code, stdout, stderr } = kg("path", "chna", "international-terrorism");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('kg path: FROM: no node has the key, label or alias "chna"');
    expect(stderr).toContain('did you mean "china"');
  });

  it("says there is no path and exits 1 when the ends are not connected", async () => {
    const result = await path(["china", "The West", "islands.kg.json"], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('no path between "china" (China) and "west" (The West)\n');
  });

  it("says which option left no path when a filter cut the only one", async () => {
    const result = await path(
      ["china", "nsc", "islands.kg.json", "--relations", "reiterated"],
      folder,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("with the --relations given");
  });

  it("writes JSON with the ends, the nodes and each step's direction and evidence", async () => {
    const result = await path(["nsc", "China", "islands.kg.json", "--format", "json"], folder);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      from: "nsc",
      to: "china",
      paths: [
        {
          nodes: ["nsc", "china"],
          steps: [
            {
              from: "nsc",
              to: "china",
              relation: "proposed",
              forward: false,
              evidence: [{ quote: "China proposed the concept.", source: "doc" }],
            },
          ],
        },
      ],
    });
  });

  it("reads a file in the old evidence shape, noting it on stderr", async () => {
    const result = await path(["china", "nsc", "old.kg.json"], folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("    “China proposed the concept.” (doc)\n");
    expect(result.stderr).toMatch(/^note: old\.kg\.json: edges\[0\] uses the old evidence shape/);
  });

  it("prints at most --max paths and refuses a --max of 0", async () => {
    const one = await path(["china", "international-terrorism", "--max", "1"]);
    expect(one.code).toBe(0);
    expect(one.stdout.split("\n").filter((line) => /^\S/.test(line))).toHaveLength(1);
    await expect(path(["china", "nsc", "--max", "0"])).rejects.toThrow("--max must be 1 or more");
  });
});
