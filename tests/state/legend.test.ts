// What the Legend lists: each kind and relation with its colour and count, from the graph, or in
// remote mode from the database too.
import { describe, expect, it } from "vitest";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import { legendEntries } from "../../src/state/legend.ts";
import { createPalette } from "../../src/state/palette.ts";
import { securityGraph } from "./fixture.ts";

describe("the legend's entries", () => {
  const index = createGraphIndex(securityGraph());
  const palette = createPalette(index.kinds, index.relations);

  it("count the graph's own kinds and relations, coloured by the palette", () => {
    const { kinds, relations } = legendEntries(index, palette);
    expect(kinds.map((entry) => entry.name)).toEqual(index.kinds);
    expect(kinds.find((entry) => entry.name === "actor")).toEqual({
      name: "actor",
      colour: palette.kinds.get("actor"),
      count: 2,
    });
    expect(relations.find((entry) => entry.name === "addresses")?.count).toBe(2);
  });

  it("in remote mode, add the database's other names and use its counts", () => {
    const database = { kinds: { actor: 900, city: 5 }, relations: { addresses: 40 } };
    const { kinds, relations } = legendEntries(index, palette, database);
    expect(kinds.map((entry) => [entry.name, entry.count])).toEqual([
      ...index.kinds.map((kind) => [kind, kind === "actor" ? 900 : 0]),
      ["city", 5],
    ]);
    expect(kinds.at(-1)?.colour).toBe("#999999");
    expect(relations.find((entry) => entry.name === "addresses")?.count).toBe(40);
  });
});
