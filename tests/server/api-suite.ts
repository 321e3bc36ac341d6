// The JSON API's tests, for any store behind it: every endpoint's shape, every error status with
// its { error, fix } body, the limits, and hostile values in every parameter.

import type { FastifyInstance } from "fastify";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/cli/paths.ts";
import { buildServer } from "../../src/server/app.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { runKg } from "../cli/in-process.ts";

export const HOSTILE_VALUES = [
  "'; DROP TABLE nodes; --",
  "' OR '1'='1",
  "%",
  "%25",
  "_",
  "\\",
  "\u0000",
  "x".repeat(5000),
  "😀 ünïcødé \u202e",
  "\ud800",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "1e309",
  "-1",
  "NaN",
];

export const ENDPOINT_PARAMETERS: Record<string, string[]> = {
  "/api/search": ["q", "limit"],
  "/api/nodes": ["key"],
  "/api/neighbourhood": ["focus", "depth", "limit", "evidence", "hiddenKinds", "hiddenRelations"],
  "/api/paths": ["from", "to", "max", "maxLength", "hiddenKinds", "hiddenRelations"],
  "/api/hubs": ["limit"],
  "/api/source": ["id"],
  "/api/export": ["focus", "depth", "limit", "hiddenKinds", "hiddenRelations"],
};

/** Valid values, so each hostile value is tried with the other parameters sound. */
const VALID: Record<string, string> = {
  q: "security",
  limit: "5",
  key: "china",
  focus: "china",
  depth: "1",
  evidence: "true",
  hiddenKinds: "",
  hiddenRelations: "",
  from: "china",
  to: "international-terrorism",
  max: "2",
  maxLength: "6",
  id: "new-security-concept",
};

export function url(path: string, parameters: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  return `${path}?${search}`;
}

function expectError(response: { statusCode: number; body: string }, status: number) {
  expect(response.statusCode).toBe(status);
  const body = JSON.parse(response.body);
  expect(Object.keys(body).sort()).toEqual(["error", "fix"]);
  expect(body.error).toEqual(expect.any(String));
  expect(body.fix).toEqual(expect.any(String));
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b/);
}

/** `open` gives a store holding the built-in graph (with its source text). */
export function apiSuite(name: string, open: () => Promise<GraphStore>) {
  describe(`the JSON API over ${name}`, () => {
    let app: FastifyInstance;
    const get = (path: string) => app.inject({ method: "GET", url: path });
    const json = async (path: string) => {
      const response = await get(path);
      expect(response.statusCode, response.body).toBe(200);
      return JSON.parse(response.body);
    };
    beforeAll(async () => {
      app = await buildServer({ store: await open(), maxNodes: 50 });
    });
    afterAll(async () => app?.close());

    it("GET /api/info: title, counts, kinds and relations", async () => {
      const info = await json("/api/info");
      expect(info).toMatchObject({ title: "China’s new security concept", nodes: 80, edges: 122 });
      expect(info.kinds).toEqual({ principle: 48, threat: 16, actor: 12, document: 4 });
      expect(Object.keys(info.relations)[0]).toBe("part-of");
    });

    it("GET /api/search: best first, capped by limit; a blank query finds nothing", async () => {
      const { results } = await json("/api/search?q=Terror");
      expect(results[0]).toEqual({
        key: "international-terrorism",
        label: "International terrorism",
        nodeKind: "threat",
      });
      expect((await json("/api/search?q=s&limit=3")).results).toHaveLength(3);
      expect((await json("/api/search?q=%20")).results).toEqual([]);
      expect((await json("/api/search?q=S%C3%A9CURITY&limit=1")).results[0].label).toMatch(
        /security/i,
      );
    });

    it("GET /api/nodes: the nodes asked for that exist, attributes included", async () => {
      const { nodes } = await json(
        url("/api/nodes", { key: ["china", "nobody", "asean-regional-forum"] }),
      );
      expect(nodes.map((node: { key: string }) => node.key)).toEqual([
        "china",
        "asean-regional-forum",
      ]);
      expect(nodes[0].attributes).toMatchObject({ label: "China", nodeKind: "actor" });
    });

    it("GET /api/neighbourhood: graphology's export shape, evidence on edges, filters applied", async () => {
      const found = await json("/api/neighbourhood?focus=china&depth=1");
      expect(found.nodes[0].key).toBe("china");
      expect(found.truncated).toBeUndefined();
      const graph = new MultiDirectedGraph();
      graph.import(found);
      expect(graph.order).toBe(found.nodes.length);
      expect(found.edges[0].attributes.evidence[0]).toEqual({
        quote: expect.any(String),
        source: "new-security-concept",
      });
      const filtered = await json(
        "/api/neighbourhood?focus=china&depth=1&hiddenKinds=document,threat&hiddenRelations=proposed",
      );
      for (const node of filtered.nodes)
        expect(["actor", "principle"]).toContain(node.attributes.nodeKind);
      for (const edge of filtered.edges) expect(edge.attributes.relation).not.toBe("proposed");
      const lean = await json("/api/neighbourhood?focus=china&depth=1&evidence=false");
      expect(lean.edges.map((edge: { key: string }) => edge.key)).toEqual(
        found.edges.map((edge: { key: string }) => edge.key),
      );
      for (const edge of lean.edges) expect(edge.attributes).not.toHaveProperty("evidence");
      expect(lean.edges[0].attributes.relation).toBe(found.edges[0].attributes.relation);
      expectError(await get("/api/neighbourhood?focus=china&evidence=perhaps"), 400);
    });

    it("GET /api/neighbourhood: a cut result says how many are shown of how many", async () => {
      const cut = await json("/api/neighbourhood?focus=new-security-concept&depth=2&limit=10");
      expect(cut.nodes).toHaveLength(10);
      expect(cut.truncated).toEqual({ shown: 10, total: expect.any(Number), depth: 1 });
      expect(cut.truncated.total).toBeGreaterThan(10);
      expectError(await get("/api/neighbourhood?focus=china&limit=51"), 400);
      expect(
        (await json("/api/neighbourhood?focus=new-security-concept&depth=6")).nodes,
      ).toHaveLength(50);
    });

    it("GET /api/paths: the chains `kg path --format json` prints", async () => {
      const answer = await json("/api/paths?from=china&to=international-terrorism&max=3");
      const cli = await runKg(REPO_ROOT, [
        "path",
        "china",
        "international-terrorism",
        "--max",
        "3",
        "--format",
        "json",
      ]);
      const expected = JSON.parse(cli.stdout);
      expect(answer.paths.map((path: { nodes: string[] }) => path.nodes)).toEqual(
        expected.paths.map((path: { nodes: string[] }) => path.nodes),
      );
      const strip = ({ from, to, relation, forward, evidence }: Record<string, unknown>) => ({
        from,
        to,
        relation,
        forward,
        evidence,
      });
      expect(answer.paths[0].steps.map(strip)).toEqual(expected.paths[0].steps);
      expect(Object.keys(answer.paths[0].steps[0])).toEqual(
        expect.arrayContaining(["source", "relation", "target", "evidence"]),
      );
    });

    it("GET /api/hubs and /api/source", async () => {
      const { hubs } = await json("/api/hubs?limit=2");
      expect(hubs[0]).toMatchObject({ key: "new-security-concept", degree: 45 });
      expect(hubs).toHaveLength(2);
      const source = await json("/api/source?id=new-security-concept");
      expect(source.text).toContain("new security concept");
      expectError(await get("/api/source?id=nothing"), 404);
    });

    it("GET /api/export: the whole graph or a neighbourhood, streamed as graphology JSON", async () => {
      const response = await get("/api/export");
      expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.json"$/);
      const graph = new MultiDirectedGraph();
      graph.import(JSON.parse(response.body));
      expect([graph.order, graph.size]).toEqual([80, 122]);
      expect(graph.getAttribute("title")).toBe("China’s new security concept");
      const part = JSON.parse((await get("/api/export?focus=china&depth=1&limit=5")).body);
      expect(part.nodes).toHaveLength(5);
      expectError(await get("/api/export?focus=nobody"), 404);
    });

    it("unknown nodes are 404s naming the parameter", async () => {
      for (const path of [
        "/api/neighbourhood?focus=nobody",
        "/api/paths?from=nobody&to=china",
        "/api/paths?from=china&to=nobody",
      ]) {
        const response = await get(path);
        expectError(response, 404);
        expect(JSON.parse(response.body).error).toMatch(/^(focus|from|to): no node/);
      }
      expect(JSON.parse((await get("/api/paths?from=china&to=nobody")).body).error).toMatch(/^to:/);
    });

    it("bad parameters are 400s naming the parameter", async () => {
      const cases: [string, RegExp][] = [
        ["/api/search", /missing parameter "q"/],
        [`/api/search?q=${"x".repeat(201)}`, /^q /],
        ["/api/search?q=a&limit=0", /^limit /],
        ["/api/search?q=a&limit=101", /^limit /],
        ["/api/search?q=a&lmit=3", /unknown parameter "lmit"/],
        ["/api/neighbourhood?focus=china&depth=7", /^depth /],
        ["/api/neighbourhood?focus=china&depth=-1", /^depth /],
        ["/api/neighbourhood?focus=china&depth=two", /^depth /],
        ["/api/neighbourhood?focus=china&depth=1.5", /^depth /],
        ["/api/neighbourhood?depth=1", /missing parameter "focus"/],
        ["/api/neighbourhood?focus=", /^focus /],
        ["/api/neighbourhood?focus=a&focus=b", /^focus /],
        ["/api/paths?from=china&to=undp&max=11", /^max /],
        ["/api/paths?from=china&to=undp&maxLength=13", /^maxLength /],
        ["/api/hubs?limit=1001", /^limit /],
        ["/api/nodes", /missing parameter "key"/],
        [url("/api/nodes", { key: Array.from({ length: 1001 }, (_, i) => `k${i}`) }), /^key /],
        ["/api/search?q=a%00b", /NUL/],
        ["/api/hubs?limit=1e309", /^limit must be a whole number/],
        ["/api/export?focus=china&depth=1e3", /^depth must be a whole number/],
      ];
      for (const [path, message] of cases) {
        const response = await get(path);
        expectError(response, 400);
        expect(JSON.parse(response.body).error, path).toMatch(message);
      }
    });

    it("the API is read-only and unknown endpoints are JSON 404s", async () => {
      expectError(await app.inject({ method: "POST", url: "/api/info", payload: {} }), 405);
      expectError(await app.inject({ method: "DELETE", url: "/api/nodes?key=china" }), 405);
      expectError(await get("/api/graph"), 404);
    });

    it("hostile values in every parameter get an answer or a JSON 4xx, never a crash", async () => {
      for (const [path, parameters] of Object.entries(ENDPOINT_PARAMETERS)) {
        for (const parameter of parameters) {
          for (const value of HOSTILE_VALUES) {
            const values: Record<string, string> = {};
            for (const other of parameters) values[other] = VALID[other] ?? "";
            if (path === "/api/search" && !("limit" in values)) values.limit = "5";
            values[parameter] = value;
            const response = await get(url(path, values));
            const where = `${path} ${parameter}=${JSON.stringify(value.slice(0, 30))}`;
            expect([200, 400, 404], where).toContain(response.statusCode);
            if (response.statusCode !== 200) expectError(response, response.statusCode);
            else JSON.parse(response.body);
          }
        }
      }
      // The store still answers as before.
      expect((await json("/api/info")).nodes).toBe(80);
    }, 60_000);

    it("every answer carries the preview's Content-Security-Policy", async () => {
      const response = await get("/api/info");
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    });
  });
}
