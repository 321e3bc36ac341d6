// `kg stats [FILE]`: the shape of the graph in a terminal: counts by kind and relation, the
// most connected nodes, and the connected components (a graph in pieces is worth knowing about).

import { counted } from "../../model/counted.ts";
import { stats } from "../../query/stats.ts";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { loadGraphArgument } from "../load-graph-argument.ts";

const TOP = 10;

export const statsCommand: Command = {
  name: "stats",
  summary: "counts by kind and relation, the most connected nodes, connected components",
  usage: `Usage: kg stats [FILE]

Prints, for the built-in graph (or the curated FILE): node counts by kind, edge counts by
relation, the ${TOP} most connected nodes (edges in and out) and the connected components
(edge direction ignored).`,

  run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, ["FILE"]);
    const loaded = loadGraphArgument(positionals[0], io);
    if (!loaded.ok) return loaded.exitCode;
    const result = stats(loaded.graph, { top: TOP });
    const lines = [
      `${loaded.graph.getAttribute("title") ?? loaded.name} (${loaded.name})`,
      `${counted(result.nodeCount, "node")}, ${counted(result.edgeCount, "edge")}`,
      "",
      "Nodes by kind:",
      ...table(result.nodesByKind.map(({ name, count }) => [name, String(count)])),
      "",
      "Edges by relation:",
      ...table(result.edgesByRelation.map(({ name, count }) => [name, String(count)])),
      "",
      `Most connected (top ${TOP}, edges in and out):`,
      ...table(
        result.mostConnected.map(({ key, label, degree }, index) => [
          `${index + 1}.`,
          key,
          String(degree),
          label,
        ]),
      ),
      "",
      `Connected components: ${describeComponents(result.componentSizes)}`,
    ];
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};

/** Left-aligned text columns, numbers right-aligned, two spaces of indent. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows.map(
    (row) =>
      `  ${row
        .map((cell, column) =>
          /^\d+\.?$/.test(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
        )
        .join("  ")
        .trimEnd()}`,
  );
}

function describeComponents(sizes: number[]): string {
  if (sizes.length === 0) return "none (the graph is empty)";
  if (sizes.length === 1) return "1 (the whole graph is one piece)";
  const singletons = sizes.filter((size) => size === 1).length;
  const shown = sizes.slice(0, 10).join(", ");
  return (
    `${sizes.length}, sizes ${shown}${sizes.length > 10 ? ", …" : ""}` +
    (singletons > 0 ? ` (${singletons} of a single node)` : "")
  );
}
