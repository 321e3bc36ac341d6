// Exports keep the file's own colours and sizes where its look was kept, and write the chosen
// appearance where another was chosen.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawAppearance } from "../../src/appearance/index.ts";
import { writeAppearance } from "../../src/appearance/write-appearance.ts";
import { parseGraphFile, serialise } from "../../src/formats/index.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { fixturePath } from "../fixture-path.ts";

const palettes = { kindColour: () => "#0072b2", relationColour: () => "#332288" };

function lesMiserables(): KnowledgeGraph {
  const result = parseGraphFile([
    { name: "les-miserables.gexf", text: readFileSync(fixturePath("les-miserables.gexf"), "utf8") },
  ]);
  if (!result.ok) throw new Error(result.error.message);
  return result.graph;
}

describe("writeAppearance", () => {
  it("a Gephi file exported with its own look keeps its colours and sizes exactly", () => {
    const graph = lesMiserables();
    const copy = graph.copy();
    writeAppearance(copy, drawAppearance(graph, {}, palettes.kindColour), palettes);
    expect(copy.getNodeAttributes("11")).toMatchObject({ color: "rgb(245,91,91)", size: 100 });
    // Edges by source colour (Gephi's look) are written, since the file had no edge colours.
    expect(copy.getEdgeAttribute("geid_138_13", "color")).toBe("#f55b5b");
    const reopened = parseGraphFile([{ name: "again.gexf", text: serialise(copy, "gexf") }]);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.graph.getNodeAttributes("11")).toMatchObject({
      color: "rgb(245,91,91)",
      size: 100,
    });
    expect(graph.getEdgeAttribute("geid_138_13", "color")).toBeUndefined();
  });

  it("writes the chosen appearance where one was chosen", () => {
    const graph = lesMiserables();
    const copy = graph.copy();
    const drawn = drawAppearance(
      graph,
      { nodeColour: "kind", nodeSize: "degree", edgeColour: "relation" },
      palettes.kindColour,
    );
    writeAppearance(copy, drawn, palettes);
    expect(copy.getNodeAttribute("11", "color")).toBe("#0072b2");
    expect(copy.getNodeAttribute("11", "size")).toBe(16);
    expect(copy.getEdgeAttribute("geid_138_13", "color")).toBe("#332288");
  });
});
