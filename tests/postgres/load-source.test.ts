// Loading from a GraphSource (what bench:db streams 5M edges through): a source whose keys are
// out of order, or that gives fewer rows than it announced, is refused and nothing is written.
import { afterAll, describe, expect, it } from "vitest";
import { listGraphs } from "../../src/store/postgres/catalogue.ts";
import { createPool } from "../../src/store/postgres/connection.ts";
import type { GraphSource, SourceNode } from "../../src/store/postgres/graph-source.ts";
import { loadSource } from "../../src/store/postgres/load-graph.ts";
import { PostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { versionTables } from "../../src/store/postgres/schema.ts";
import { databaseUrl } from "./database.ts";

const pool = createPool({ url: databaseUrl() });
afterAll(() => pool.end());

const node = (key: string): SourceNode => ({
  key,
  attributes: { label: key, nodeKind: "actor" },
  degree: 0,
});

function source(keys: string[], order = keys.length): GraphSource {
  return {
    title: "t",
    sources: [],
    order,
    size: 0,
    nodes: () => keys.map(node),
    edges: () => [],
  };
}

async function keysBmp(name: string): Promise<boolean> {
  const { rows } = await pool.query("SELECT keys_bmp FROM kg.graphs WHERE name = $1", [name]);
  return rows[0].keys_bmp;
}

describe("loadSource", () => {
  it("records whether every key is in the BMP (paths then walk integer ids)", async () => {
    const plain = `source-bmp-${process.pid}`;
    await loadSource(pool, source(["a", "\uffee"]), {
      name: plain,
      replace: false,
      sourceFiles: "t",
    });
    expect(await keysBmp(plain)).toBe(true);
    const astral = `source-astral-${process.pid}`;
    await loadSource(pool, source(["a", "😀"]), { name: astral, replace: false, sourceFiles: "t" });
    expect(await keysBmp(astral)).toBe(false);
  });

  it("refuses to open a graph whose search tables an older version wrote, saying how to reload", async () => {
    const name = `source-old-${process.pid}`;
    await loadSource(pool, source(["a"]), { name, replace: false, sourceFiles: "t" });
    const { rows } = await pool.query("SELECT version FROM kg.graphs WHERE name = $1", [name]);
    await pool.query(`ALTER TABLE ${versionTables(rows[0].version).words} DROP COLUMN label_words`);
    await expect(PostgresStore.open(pool, name, "the test cluster")).rejects.toThrow(
      `kg db load FILE --graph ${name} --replace`,
    );
  });

  it("loads a source in key order and records its counts", async () => {
    const name = `source-ok-${process.pid}`;
    await loadSource(pool, source(["a", "b"]), { name, replace: false, sourceFiles: "test" });
    const stored = (await listGraphs(pool)).find((graph) => graph.name === name);
    expect(stored?.nodes).toBe(2);
  });

  it("refuses keys out of order, naming them, and writes nothing", async () => {
    const name = `source-order-${process.pid}`;
    await expect(
      loadSource(pool, source(["b", "a"]), { name, replace: false, sourceFiles: "test" }),
    ).rejects.toThrow(/node "a" comes after "b"/);
    expect((await listGraphs(pool)).map((graph) => graph.name)).not.toContain(name);
  });

  it("refuses a source that gives fewer nodes than it announced", async () => {
    const name = `source-count-${process.pid}`;
    await expect(
      loadSource(pool, source(["a"], 2), { name, replace: false, sourceFiles: "test" }),
    ).rejects.toThrow(/gave 1 nodes where it announced 2/);
    expect((await listGraphs(pool)).map((graph) => graph.name)).not.toContain(name);
  });
});
