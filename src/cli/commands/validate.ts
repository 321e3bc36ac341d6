// `kg validate [FILE]`: checks the built-in graph (or FILE) against the data contract, so a
// curator sees every problem at once before the explorer or an export ever reads the file.

import { counted } from "../../model/counted.ts";
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

Exit 0 with a one-line summary, or exit 2 with one line per problem:
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
    return 0;
  },
};
