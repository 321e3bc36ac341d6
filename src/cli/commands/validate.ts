// `kg validate [FILE]`: checks the built-in graph (or FILE) against the data contract, so a
// curator sees every problem at once before the explorer or an export ever reads the file.

import { counted } from "../../model/counted.ts";
import { evidenceOf, evidenceSources } from "../../model/evidence.ts";
import type { KnowledgeGraph } from "../../model/types.ts";
import { stats } from "../../query/stats.ts";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { loadGraphArgument } from "../load-graph-argument.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "check the built-in graph or FILE; list every problem with its JSON path",
  usage: `Usage: kg validate [FILE]

Checks a curated graph file (default: graph/new-security-concept.kg.json) against the data
contract: fields and types, kinds and relations, kebab-case keys, edges to missing nodes,
duplicates, dates, isolated nodes, and that every evidence quote is verbatim in its source.

Exit 0 with a summary (counts by kind and relation; evidence quotes by source document), or
exit 2 with one line per problem:
  FILE: JSON.PATH problem (did you mean …?)`,

  run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, ["FILE"]);
    const loaded = loadGraphArgument(positionals[0], io);
    if (!loaded.ok) return loaded.exitCode;
    const summary = stats(loaded.graph, { top: 0 });
    const list = (counts: { name: string; count: number }[]) =>
      counts.map(({ name, count }) => `${name} ${count}`).join(", ");
    io.stdout(
      `${loaded.name}: valid, ${counted(summary.nodeCount, "node")} (${list(summary.nodesByKind)}), ` +
        `${counted(summary.edgeCount, "edge")} (${list(summary.edgesByRelation)})\n`,
    );
    io.stdout(`${evidenceSummary(loaded.graph)}\n`);
    return 0;
  },
};

/** `evidence: 190 quotes (new-security-concept 188, fixture 2); 1 edge backed by 2 documents` */
export function evidenceSummary(graph: KnowledgeGraph): string {
  const bySource = new Map<string, number>();
  let quotes = 0;
  let multiple = 0;
  graph.forEachEdge((_edge, attributes) => {
    const items = evidenceOf(attributes.evidence);
    quotes += items.length;
    for (const { source } of items) bySource.set(source, (bySource.get(source) ?? 0) + 1);
    if (evidenceSources(items).length > 1) multiple++;
  });
  const counts = [...bySource].map(([source, count]) => `${source || "no source"} ${count}`);
  const several =
    multiple === 0
      ? "no edge backed by more than one document"
      : `${multiple} ${multiple === 1 ? "edge" : "edges"} backed by more than one document`;
  return `evidence: ${quotes} quotes (${counts.join(", ")}); ${several}`;
}
