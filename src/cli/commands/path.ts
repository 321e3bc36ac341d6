// `kg path FROM TO`: explains how two nodes are connected, as the shortest chains of relations
// with the quotes that back each step, so a claim drawn from the graph can be checked in the text.
import { evidenceOf } from "../../model/evidence.ts";
import type { KnowledgeGraph } from "../../model/types.ts";
import { DEFAULT_MAX_PATHS, formatPath, type GraphPath, shortestPaths } from "../../query/paths.ts";
import { resolveNode } from "../../query/resolve-node.ts";
import { parseChoice, parseCommandArgs, parseCount, UsageError } from "../args.ts";
import type { Command } from "../command.ts";
import { hiddenFromKeepLists } from "../keep-lists.ts";
import { loadGraphArgument } from "../load-graph-argument.ts";

const FORMATS = ["text", "json"] as const;

const OPTIONS = {
  max: { type: "string" },
  "max-length": { type: "string" },
  kinds: { type: "string" },
  relations: { type: "string" },
  format: { type: "string" },
} as const;

export const pathCommand: Command = {
  name: "path",
  summary: "the shortest chains of relations between two nodes, with their evidence",
  usage: `Usage: kg path FROM TO [--max K] [--max-length N] [--kinds k1,k2] [--relations r1,r2]
               [--format text|json] [FILE]

Prints up to K (default ${DEFAULT_MAX_PATHS}) shortest paths from FROM to TO in the built-in graph
(or the curated FILE), shortest first, edges followed both ways; under each step, its evidence.
  FROM, TO      a node key, label or alias
  --max         how many paths at most, a whole number 1 or more
  --max-length  the longest path accepted, in steps
  --kinds       node kinds a path may go through, comma-separated (default: all)
  --relations   relations a path may follow, comma-separated (default: all)
  --format      text (one chain per line, each quote indented below with its source document
                in brackets) or json (evidence as [{ "quote", "source" }])

Exit 0 with the paths, 1 when there is no path, 2 for an unknown node or a bad option.`,

  run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, ["FROM", "TO", "FILE"]);
    const text = (name: keyof typeof OPTIONS) => values[name] as string | undefined;
    const [fromValue, toValue, file] = positionals;
    if (fromValue === undefined || toValue === undefined) {
      throw new UsageError("give the two ends: kg path FROM TO (a node key, label or alias each)");
    }
    const maxValue = text("max");
    const max = maxValue === undefined ? DEFAULT_MAX_PATHS : parseCount("--max", maxValue);
    if (max < 1) throw new UsageError("--max must be 1 or more: how many paths to print");
    const lengthValue = text("max-length");
    const maxLength =
      lengthValue === undefined ? undefined : parseCount("--max-length", lengthValue);
    const format = parseChoice("--format", text("format") ?? "text", FORMATS, "format");

    const loaded = loadGraphArgument(file, io);
    if (!loaded.ok) return loaded.exitCode;
    const { graph } = loaded;
    const keptKinds = text("kinds");
    const keptRelations = text("relations");
    const { hiddenKinds, hiddenRelations } = hiddenFromKeepLists(graph, keptKinds, keptRelations);

    const [from, to] = [
      ["FROM", fromValue],
      ["TO", toValue],
    ].map(([name, value]) => {
      const resolved = resolveNode(graph, value);
      if (!resolved.ok) throw new UsageError(`${name}: ${resolved.message}`);
      const kind = graph.getNodeAttribute(resolved.key, "nodeKind");
      if (hiddenKinds.includes(kind)) {
        throw new UsageError(
          `${name} ${JSON.stringify(resolved.key)} is a ${kind}, which --kinds leaves out; add ${kind} to --kinds`,
        );
      }
      return resolved.key;
    });

    const paths = shortestPaths(graph, from, to, { max, maxLength, hiddenKinds, hiddenRelations });
    if (format === "json") {
      const json = { from, to, paths: paths.map((path) => pathJson(graph, path)) };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else if (paths.length > 0) {
      io.stdout(paths.map((path) => pathText(graph, path)).join("\n"));
    }
    if (paths.length > 0) return 0;
    const limits = [
      keptKinds !== undefined && "--kinds",
      keptRelations !== undefined && "--relations",
      maxLength !== undefined && "--max-length",
    ].filter((flag) => flag !== false);
    const hint = limits.length > 0 ? ` with the ${limits.join(", ")} given` : "";
    io.stderr(`no path between ${describe(graph, from)} and ${describe(graph, to)}${hint}\n`);
    return 1;
  },
};

/** The chain on one line, then each step and its quotes, indented. */
function pathText(graph: KnowledgeGraph, path: GraphPath): string {
  const lines = [formatPath(graph, path)];
  for (const step of path.steps) {
    lines.push(`  ${formatPath(graph, { nodes: [step.from, step.to], steps: [step] })}`);
    for (const { quote, source } of evidenceOf(graph.getEdgeAttribute(step.edge, "evidence"))) {
      lines.push(`    “${quote}”${source === "" ? "" : ` (${source})`}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function pathJson(graph: KnowledgeGraph, path: GraphPath) {
  return {
    nodes: path.nodes,
    steps: path.steps.map(({ edge, from, to, relation, forward }) => ({
      from,
      to,
      relation,
      forward,
      evidence: evidenceOf(graph.getEdgeAttribute(edge, "evidence")),
    })),
  };
}

function describe(graph: KnowledgeGraph, key: string): string {
  const label = graph.getNodeAttribute(key, "label");
  return label && label !== key ? `${JSON.stringify(key)} (${label})` : JSON.stringify(key);
}
