// The questions the store contract asks of a graph: searches (plain, accented, partial, hostile),
// neighbourhoods at every depth with and without filters and caps, paths and hubs. Picked from the
// graph itself with a fixed seed, so every store and every run asks the same.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { NeighbourhoodOptions, PathQuery } from "../../src/store/graph-store.ts";
import { compareKeys } from "../../src/store/records.ts";

export type QueryCase =
  | { kind: "search"; text: string; limit: number }
  | { kind: "neighbourhood"; focus: string; depth: number; options: NeighbourhoodOptions }
  | { kind: "paths"; from: string; to: string; options: PathQuery }
  | { kind: "hubs"; limit: number };

const HOSTILE_TEXTS = [
  "",
  "   ",
  "'; DROP TABLE nodes; --",
  "%",
  "_",
  "\\",
  "a\u0000b",
  "😀",
  "x".repeat(500),
];

/** A small seeded generator: the cases must not change between runs. */
function picker(seed: number) {
  let state = seed;
  return (length: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % length;
  };
}

function byDegree(graph: KnowledgeGraph): string[] {
  return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || compareKeys(a, b));
}

function searchTexts(graph: KnowledgeGraph, pick: (n: number) => number): string[] {
  const keys = graph.nodes();
  const texts = [...HOSTILE_TEXTS, "security", "terror", "SÉCURITÉ", "mutual trust", "un", "chin"];
  for (let i = 0; i < 6; i++) {
    const label = String(graph.getNodeAttribute(keys[pick(keys.length)], "label") ?? "");
    const words = label.split(" ");
    texts.push(words[0], words.slice(0, 2).join(" "), label, label.slice(0, 4));
  }
  return texts;
}

export function queryCases(graph: KnowledgeGraph, name: string): QueryCase[] {
  const pick = picker(name.length * 7919 + graph.order);
  const keys = graph.nodes();
  const hubs = byDegree(graph);
  const kinds = [...new Set(graph.mapNodes((_key, attributes) => String(attributes.nodeKind)))];
  const relations = [...new Set(graph.mapEdges((_key, attributes) => String(attributes.relation)))];
  const cases: QueryCase[] = [];
  for (const text of searchTexts(graph, pick)) {
    cases.push({ kind: "search", text, limit: 8 }, { kind: "search", text, limit: 50 });
  }
  const foci = [hubs[0], hubs[1], hubs[Math.floor(hubs.length / 2)], hubs[hubs.length - 1]];
  for (let i = 0; i < 3; i++) foci.push(keys[pick(keys.length)]);
  for (const focus of foci) {
    for (const depth of [0, 1, 2, 3]) {
      cases.push({ kind: "neighbourhood", focus, depth, options: {} });
      cases.push({ kind: "neighbourhood", focus, depth, options: { limit: 40 } });
    }
    cases.push({
      kind: "neighbourhood",
      focus,
      depth: 2,
      options: { hiddenKinds: [kinds[0]], hiddenRelations: [relations[0]], limit: 500 },
    });
    cases.push({ kind: "neighbourhood", focus, depth: 1, options: { limit: 1 } });
    cases.push({ kind: "neighbourhood", focus, depth: 2, options: { evidence: false } });
  }
  cases.push({ kind: "neighbourhood", focus: hubs[0], depth: 6, options: { limit: 5000 } });
  for (let i = 0; i < 5; i++) {
    const from = keys[pick(keys.length)];
    const to = keys[pick(keys.length)];
    cases.push({ kind: "paths", from, to, options: {} });
    cases.push({ kind: "paths", from, to, options: { max: 5, maxLength: 6 } });
    cases.push({
      kind: "paths",
      from,
      to,
      options: { hiddenRelations: [relations[0]], hiddenKinds: [kinds[kinds.length - 1]] },
    });
  }
  cases.push({ kind: "paths", from: hubs[0], to: hubs[0], options: {} });
  cases.push({ kind: "paths", from: hubs[0], to: hubs[1], options: { max: 10 } });
  for (const limit of [0, 1, 10, 100]) cases.push({ kind: "hubs", limit });
  return cases;
}
