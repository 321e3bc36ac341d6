// How PostgresStore's queries run, not only what they answer: a load leaves every page
// all-visible (so walks are index-only, with no VACUUM), and neighbourhoods and paths on the
// generated 10k-node graph read the edges and nodes through their indexes, never by scanning a
// whole table (which is what makes their cost follow the answer, not the graph).
import { describe, expect, it, vi } from "vitest";
import { postgresPaths } from "../../src/store/postgres/postgres-paths.ts";
import { postgresSearch } from "../../src/store/postgres/postgres-search.ts";
import { postgresNeighbourhood } from "../../src/store/postgres/postgres-walk.ts";
import type { VersionQuery } from "../../src/store/postgres/version-query.ts";
import { nameWords } from "../../src/store/search-text.ts";
import { generatedGraph } from "../store/store-graphs.ts";
import { loadedStore } from "./database.ts";

vi.setConfig({ testTimeout: 120_000 });

/** Runs each query as the store would, and keeps its EXPLAIN ANALYZE text. */
function explaining(query: VersionQuery, plans: string[]): VersionQuery {
  return async (sql, values) => {
    const rows = await query<Record<string, string>>(
      (t) => `EXPLAIN (ANALYZE, COSTS OFF) ${sql(t)}`,
      values,
    );
    plans.push(rows.map((row) => row["QUERY PLAN"]).join("\n"));
    return query(sql, values);
  };
}

/** The most connected node: its neighbourhood is the biggest answer. */
function hub(): string {
  const graph = generatedGraph();
  return graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
}

describe("PostgresStore's query plans on a generated 10k-node graph", () => {
  it("loads pages all-visible, and walks and paths never scan a whole table", async () => {
    const store = await loadedStore(generatedGraph(), "plans");
    const visibility = await store.query<{ relname: string; visible: boolean }>(
      (t) => `SELECT relname, relallvisible = relpages AS visible FROM pg_class
        WHERE oid IN ('${t.nodes}'::regclass, '${t.edges}'::regclass, '${t.evidence}'::regclass)`,
    );
    expect(visibility.map((row) => row.visible)).toEqual([true, true, true]);

    const plans: string[] = [];
    const query = explaining(store.query, plans);
    const centre = hub();
    expect(
      (await postgresNeighbourhood(query, centre, 2, { limit: 2000 }))?.truncated,
    ).toBeTruthy();
    expect(
      await postgresNeighbourhood(query, centre, 1, { hiddenRelations: ["addresses"] }),
    ).not.toBeNull();
    const keys = generatedGraph().nodes();
    expect(await postgresPaths(query, keys[17], keys[4242], { max: 3 })).not.toBeNull();
    expect(plans.length).toBeGreaterThan(8);
    for (const plan of plans) expect(plan).not.toMatch(/Seq Scan on (nodes|edges|evidence)_/);
    expect(plans.join("\n")).toMatch(/Index Only Scan using edges_\d+_(out|in)/);
    expect(plans.join("\n")).not.toMatch(/Heap Fetches: [1-9]/);
    await store.close();
  });

  it("searches names and words by index-only range scans, reading only the nodes shown", async () => {
    const graph = generatedGraph();
    const store = await loadedStore(graph, "search-plans");
    const plans: string[] = [];
    const query = explaining(store.query, plans);
    // A label's two first words swapped: no name starts with them, so the word stage runs too.
    const [first, second] = nameWords(
      String(graph.getNodeAttribute(graph.nodes()[17], "label")),
    ).split(" ");
    const hits = await postgresSearch(query, `${second} ${first}`, 8);
    expect(hits.map((hit) => hit.key)).toContain(graph.nodes()[17]);
    expect(plans).toHaveLength(2);
    const text = plans.join("\n");
    expect(text).toMatch(/Index Only Scan using names_\d+_words/);
    expect(text).toMatch(/Index Only Scan using words_\d+_word/);
    expect(text).not.toMatch(/Seq Scan|Heap Fetches: [1-9]|Index Scan using names_/);
    await store.close();
  });
});
