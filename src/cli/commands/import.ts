// `kg import`: converts a graph file from another tool (graphology JSON, GEXF, GraphML, a CSV edge
// list with an optional nodes file) into JSON, GEXF or GraphML, through the explorer's own importer.
import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  EXPORT_FORMATS,
  formatImportError,
  type GraphFile,
  MAX_IMPORT_BYTES,
  parseGraphFile,
  serialise,
} from "../../formats/index.ts";
import { counted } from "../../model/counted.ts";
import { parseChoice, parseCommandArgs, UsageError } from "../args.ts";
import type { Command } from "../command.ts";
import { displayPath } from "../paths.ts";
import { writeOutput } from "../write-output.ts";

const OPTIONS = {
  to: { type: "string" },
  out: { type: "string" },
  "add-missing-nodes": { type: "boolean" },
} as const;

export const importCommand: Command = {
  name: "import",
  summary: "convert a JSON, GEXF, GraphML or CSV graph file to json, gexf or graphml",
  usage: `Usage: kg import FILE [FILE2] [--to json|gexf|graphml] [--out PATH] [--add-missing-nodes]

Reads a graph file as the explorer opens it and writes it in another format. FILE may be
graphology or node-link JSON, a curated .kg.json, GEXF (Gephi), GraphML, or a CSV edge list
(source,target[,relation,...]); FILE2 is the CSV nodes file (key or id,label,...), if any.
Attributes are mapped onto the explorer's contract (label, nodeKind, relation, evidence...).
  --to   json (default, graphology), gexf or graphml
  --out  the file to write; without it the result goes to stdout
  --add-missing-nodes  create the nodes that edges name but the file does not list (as Gephi
         does), and say which; without it such a file is refused

Exit 0 on success (notes about the mapping on stderr), or exit 2 with one line:
  FILE:LINE:COLUMN (PATH): problem Fix: what to do`,

  run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, ["FILE", "FILE2"]);
    const to = parseChoice(
      "--to",
      (values.to as string | undefined) ?? "json",
      EXPORT_FORMATS,
      "format",
    );
    const out = values.out as string | undefined;
    if (positionals.length === 0) {
      throw new UsageError("name the graph file to convert, as in kg import graph.gexf --to json");
    }

    const files: GraphFile[] = [];
    for (const argument of positionals) {
      const path = resolve(io.cwd, argument);
      const read = readGraphFile(path, displayPath(path, io.cwd));
      if (typeof read === "string") {
        io.stderr(`${read}\n`);
        return 2;
      }
      files.push(read);
    }
    const result = parseGraphFile(files, { addMissingNodes: values["add-missing-nodes"] === true });
    if (!result.ok) {
      io.stderr(`${formatImportError(result.error)}\n`);
      return 2;
    }
    for (const warning of result.warnings) io.stderr(`note: ${warning}\n`);

    const written = writeOutput(serialise(result.graph, to), out, io);
    if (written === null) return 0;
    const { order, size } = result.graph;
    io.stderr(
      `Converted ${files.map((file) => basename(file.name)).join(" and ")} (${result.format}, ${counted(order, "node")}, ${counted(size, "edge")}) to ${written} (${to})\n`,
    );
    return 0;
  },
};

/** The file's text, or one line saying why it cannot be read. Too-large files are not read. */
function readGraphFile(path: string, name: string): GraphFile | string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return `${name}: is a folder, not a graph file`;
    if (stats.size > MAX_IMPORT_BYTES) return { name, text: "", size: stats.size };
    return { name, text: readFileSync(path, "utf8"), size: stats.size };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return `${name}: no such file`;
    if (code === "EACCES") return `${name}: permission denied`;
    return `${name}: cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
