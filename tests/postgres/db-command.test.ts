// `kg db` against the test cluster: load, list, stats, drop; replacing only with --replace; one-line
// errors with exit 2 for every bad input; and atomicity: a load killed half-way leaves the
// previous graph answering exactly as before, with no table of the dead load left behind.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateGraph, splitSentences } from "../../bench/generate-graph.ts";
import { REPO_ROOT } from "../../src/cli/paths.ts";
import { createPool } from "../../src/store/postgres/connection.ts";
import { PostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { runKg } from "../cli/in-process.ts";
import { databaseUrl } from "./database.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

const folder = mkdtempSync(join(tmpdir(), "kg-db-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// A database of its own: other test files load graphs into the cluster at the same time.
const DATABASE = `kg_db_command_${process.pid}`;
const url = () => databaseUrl().replace(/\/postgres$/, `/${DATABASE}`);
beforeAll(async () => {
  const pool = createPool({ url: databaseUrl() });
  await pool.query(`CREATE DATABASE ${DATABASE}`);
  await pool.end();
});
const kg = (...args: string[]) => runKg(REPO_ROOT, ["db", ...args, "--db", url()]);

async function answers(name: string) {
  const store = await PostgresStore.open(createPool({ url: url() }), name, "test");
  try {
    return JSON.stringify([
      await store.info(),
      await store.neighbourhood("china", 2),
      await store.search("security", 20),
      await store.paths("china", "international-terrorism"),
    ]);
  } finally {
    await store.close();
  }
}

async function kgTables(): Promise<string[]> {
  const pool = createPool({ url: url() });
  const { rows } = await pool.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'kg' ORDER BY 1",
  );
  await pool.end();
  return rows.map((row) => row.tablename);
}

describe("kg db", () => {
  it("loads, lists, sizes and drops a graph", async () => {
    const loaded = await kg("load", "graph/new-security-concept.kg.json", "--graph", "essay-a");
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stderr).toMatch(/edges: 122 rows[\s\S]*loaded essay-a: 80 nodes, 122 edges/);
    expect((await kg("list")).stdout).toMatch(/^essay-a\t80 nodes\t122 edges\t/m);
    const stats = await kg("stats", "essay-a");
    expect(stats.stdout).toMatch(/80 nodes, 122 edges/);
    expect(stats.stdout).toMatch(/^edges +~122 rows/m);
    expect((await kg("drop", "essay-a")).code).toBe(0);
    expect((await kg("list")).stdout).not.toMatch(/essay-a/);
    expect((await kg("drop", "essay-a")).code).toBe(1);
    expect((await kg("stats", "essay-a")).code).toBe(1);
  });

  it("replaces an existing graph only with --replace", async () => {
    expect(
      (await kg("load", "graph/new-security-concept.kg.json", "--graph", "essay-b")).code,
    ).toBe(0);
    const again = await kg("load", "graph/new-security-concept.kg.json", "--graph", "essay-b");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds a graph named "essay-b": add --replace/);
    const before = await answers("essay-b");
    expect(
      (await kg("load", "graph/new-security-concept.kg.json", "--graph", "essay-b", "--replace"))
        .code,
    ).toBe(0);
    expect(await answers("essay-b")).toBe(before);
    const versions = (await kgTables()).filter((table) => table.startsWith("edges_"));
    expect(versions.length).toBe(new Set((await kg("list")).stdout.trim().split("\n")).size);
  });

  it("bad input: one line naming the problem and the fix, exit 2, nothing written", async () => {
    const tables = await kgTables();
    writeFileSync(join(folder, "broken.json"), '{"nodes": [');
    const cases: [string[], RegExp][] = [
      [["load", join(folder, "missing.json")], /no such file/],
      [["load", join(folder, "broken.json")], /broken\.json/],
      [
        ["load", "graph/new-security-concept.kg.json", "--graph", "bad name!"],
        /--graph "bad name!"/,
      ],
      [["frobnicate"], /kg db load\|list\|drop\|stats/],
    ];
    for (const [args, message] of cases) {
      const run = await kg(...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.trim().split("\n").pop(), args.join(" ")).toMatch(message);
    }
    const unreachable = await runKg(REPO_ROOT, [
      "db",
      "list",
      "--db",
      "postgres://kg@127.0.0.1:1/postgres",
    ]);
    expect(unreachable).toMatchObject({ code: 2, stdout: "" });
    expect(unreachable.stderr).toMatch(
      /^kg db: cannot reach PostgreSQL at 127\.0\.0\.1:1\/postgres \(ECONNREFUSED\): start the server/,
    );
    const noDatabase = await runKg(REPO_ROOT, [
      "db",
      "list",
      "--db",
      databaseUrl().replace(/\/postgres$/, "/nowhere"),
    ]);
    expect(noDatabase.code).toBe(2);
    expect(noDatabase.stderr).toMatch(/database "nowhere" does not exist.*createdb/);
    expect(await kgTables()).toEqual(tables);
  });

  it("a load killed half-way leaves the previous graph as it was", async () => {
    expect(
      (await kg("load", "graph/new-security-concept.kg.json", "--graph", "essay-c")).code,
    ).toBe(0);
    const before = await answers("essay-c");
    const tables = await kgTables();
    const sentences = splitSentences(
      "Mutual trust is the basis of security. Terrorism threatens peace and stability in the region.",
    );
    const big = join(folder, "big.json");
    writeFileSync(
      big,
      JSON.stringify(generateGraph({ nodes: 20_000, edges: 100_000, seed: 3, sentences })),
    );
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, "bin", "kg.js"),
        "db",
        "load",
        big,
        "--graph",
        "essay-c",
        "--replace",
        "--db",
        url(),
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    const killed = new Promise<string | null>((resolve) => {
      child.stderr.on("data", (chunk) => {
        stderr += String(chunk);
        // Nodes are in, edges not yet: the middle of the transaction.
        if (/search words: \d/.test(stderr)) child.kill("SIGKILL");
      });
      child.on("exit", (_code, signal) => resolve(signal));
    });
    expect(await killed, stderr).toBe("SIGKILL");
    // The server rolls back once it sees the connection gone.
    for (let wait = 0; wait < 50 && (await kgTables()).length !== tables.length; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await kgTables()).toEqual(tables);
    expect(await answers("essay-c")).toBe(before);
  }, 120_000);
});
