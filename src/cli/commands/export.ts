// `kg export`: writes the graph, or the neighbourhood of one node, in a format other tools read
// (graphology JSON, GEXF for Gephi, GraphML, CSV, RDF), keeping only the kinds and relations asked for.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { counted } from "../../model/counted.ts";
import type { KnowledgeGraph } from "../../model/types.ts";
import { neighbourhood } from "../../query/neighbourhood.ts";
import { resolveNode } from "../../query/resolve-node.ts";
import { subgraph } from "../../query/subgraph.ts";
import { parseChoice, parseCommandArgs, parseCount, UsageError } from "../args.ts";
import type { CliIo, Command } from "../command.ts";
import { hiddenFromKeepLists } from "../keep-lists.ts";
import { loadGraphArgument } from "../load-graph-argument.ts";
import { displayPath } from "../paths.ts";
import { writeOutput } from "../write-output.ts";

const FORMATS = ["json", "gexf", "graphml", "csv", "ttl", "nt", "jsonld"] as const;
type Format = (typeof FORMATS)[number];
const EVIDENCE_FORMS = ["star", "reified"] as const;

const OPTIONS = {
  format: { type: "string" },
  focus: { type: "string" },
  depth: { type: "string" },
  kinds: { type: "string" },
  relations: { type: "string" },
  evidence: { type: "string" },
  out: { type: "string" },
} as const;

export const exportCommand: Command = {
  name: "export",
  summary: "write the graph or a neighbourhood as json, gexf, graphml, csv, ttl, nt or jsonld",
  usage: `Usage: kg export --format json|gexf|graphml|csv|ttl|nt|jsonld [--focus KEY|LABEL]
                 [--depth N] [--kinds k1,k2] [--relations r1,r2] [--evidence star|reified]
                 [--out PATH] [FILE]

Writes the built-in graph (or the curated FILE), or with --focus the nodes within --depth hops
of that node (edges followed both ways; default depth 1).
  --format     json (graphology), gexf (Gephi), graphml, csv (nodes.csv and edges.csv),
               ttl (Turtle), nt (N-Triples), jsonld (JSON-LD); RDF is described in docs/rdf.md
  --evidence   how ttl and nt attach evidence to edges: star (RDF-star / RDF 1.2, default) or
               reified (rdf:Statement, for triple stores without RDF-star); jsonld is always reified
  --focus      a node key, label or alias
  --depth      hops around --focus, a whole number 0 or more
  --kinds      node kinds to keep, comma-separated (default: all)
  --relations  relations to keep, comma-separated (default: all)
  --out        the file to write; for csv the folder (created if needed). Without --out,
               json, gexf and graphml go to stdout and nothing else does.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, ["FILE"]);
    const text = (name: keyof typeof OPTIONS) => values[name] as string | undefined;
    const formatValue = text("format");
    if (formatValue === undefined) {
      throw new UsageError(`--format is required; valid formats: ${FORMATS.join(", ")}`);
    }
    const format = parseChoice("--format", formatValue, FORMATS, "format");
    const focusValue = text("focus");
    const depthValue = text("depth");
    if (depthValue !== undefined && focusValue === undefined) {
      throw new UsageError(
        "--depth counts hops from a node: give that node with --focus KEY|LABEL",
      );
    }
    const depth = depthValue === undefined ? 1 : parseCount("--depth", depthValue);
    const out = text("out");
    const evidenceValue = text("evidence");
    const evidence =
      evidenceValue === undefined
        ? "star"
        : parseChoice("--evidence", evidenceValue, EVIDENCE_FORMS, "evidence form");
    if (evidenceValue !== undefined && format !== "ttl" && format !== "nt") {
      throw new UsageError("--evidence applies to --format ttl and nt only");
    }
    if (format === "csv" && out === undefined) {
      throw new UsageError(
        "--format csv writes nodes.csv and edges.csv: name their folder with --out PATH",
      );
    }

    const loaded = loadGraphArgument(positionals[0], io);
    if (!loaded.ok) return loaded.exitCode;
    const { graph } = loaded;
    const keptKinds = text("kinds");
    const keptRelations = text("relations");
    const { hiddenKinds, hiddenRelations } = hiddenFromKeepLists(graph, keptKinds, keptRelations);

    let nodes: Set<string> | undefined;
    if (focusValue !== undefined) {
      const resolved = resolveNode(graph, focusValue);
      if (!resolved.ok) throw new UsageError(`--focus: ${resolved.message}`);
      const kind = graph.getNodeAttribute(resolved.key, "nodeKind");
      if (hiddenKinds.includes(kind)) {
        throw new UsageError(
          `--focus ${JSON.stringify(resolved.key)} is of kind ${kind}, which --kinds leaves out; add ${kind} to --kinds`,
        );
      }
      nodes = neighbourhood(graph, resolved.key, depth, { hiddenKinds, hiddenRelations });
    }
    const result = subgraph(graph, { nodes, hiddenKinds, hiddenRelations });
    return await write(result, format, out, io, evidence);
  },
};

async function write(
  graph: KnowledgeGraph,
  format: Format,
  out: string | undefined,
  io: CliIo,
  evidence: (typeof EVIDENCE_FORMS)[number],
): Promise<number> {
  // Loaded here, not at the top: the serialisers (and XML) are only needed by this command.
  const { serialise, serialiseCsv } = await import("../../formats/index.ts");
  const counts = `${counted(graph.order, "node")} and ${counted(graph.size, "edge")}`;
  if (format === "csv") {
    const folder = resolve(io.cwd, out as string);
    if (statSync(folder, { throwIfNoEntry: false })?.isFile()) {
      throw new UsageError(
        `--out ${JSON.stringify(out)} is a file; csv needs a folder for nodes.csv and edges.csv`,
      );
    }
    const { nodes, edges } = serialiseCsv(graph);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "nodes.csv"), nodes);
    writeFileSync(join(folder, "edges.csv"), edges);
    io.stderr(`Wrote ${counts} to ${displayPath(folder, io.cwd)}/nodes.csv and edges.csv\n`);
    return 0;
  }
  const written = writeOutput(serialise(graph, format, { evidence }), out, io);
  if (written !== null) io.stderr(`Wrote ${counts} to ${written} (${format})\n`);
  return 0;
}
