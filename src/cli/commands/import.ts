// `kg import`: converts a graph file from another tool (graphology JSON, GEXF, GraphML, a CSV edge
// list with an optional nodes file, RDF) into another format, through the explorer's own importer.
import { basename, resolve } from "node:path";
import {
  EXPORT_FORMATS,
  formatImportError,
  type GraphFile,
  readGraphFiles,
  serialise,
} from "../../formats/index.ts";
import { counted } from "../../model/counted.ts";
import { parseChoice, parseCommandArgs, UsageError } from "../args.ts";
import type { Command } from "../command.ts";
import { languageFromEnvironment } from "../language.ts";
import { displayPath } from "../paths.ts";
import { readGraphFile } from "../read-graph-files.ts";
import { writeOutput } from "../write-output.ts";

const OPTIONS = {
  to: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  "add-missing-nodes": { type: "boolean" },
} as const;

export const importCommand: Command = {
  name: "import",
  summary: "convert a JSON, GEXF, GraphML, CSV or RDF graph file to another format",
  usage: `Usage: kg import FILE [FILE2] [--to json|gexf|graphml|ttl|nt|jsonld] [--lang TAG] [--out PATH] [--add-missing-nodes]

Reads a graph file as the explorer opens it and writes it in another format. FILE may be
graphology or node-link JSON, a curated .kg.json, GEXF (Gephi), GraphML, a CSV edge list
(source,target[,relation,...]), or RDF: Turtle (.ttl), TriG (.trig), N-Triples (.nt), N-Quads
(.nq), JSON-LD (.jsonld); FILE2 is the CSV nodes file (key or id,label,...), if any.
Attributes are mapped onto the explorer's contract (label, nodeKind, relation, evidence...);
docs/rdf.md says how RDF is mapped.
  --to    json (default, graphology), gexf, graphml, ttl (Turtle), nt (N-Triples), jsonld
  --lang  preferred language of RDF labels (default: from $LANG, else en)
  --out   the file to write; without it the result goes to stdout
  --add-missing-nodes  create the nodes that edges name but the file does not list (as Gephi
          does), and say which; without it such a file is refused

Exit 0 on success (notes about the mapping on stderr), or exit 2 with one line:
  FILE:LINE:COLUMN (PATH): problem Fix: what to do`,

  async run(argv, io) {
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
    const language = (values.lang as string | undefined) ?? languageFromEnvironment();
    const addMissingNodes = values["add-missing-nodes"] === true;
    const result = await readGraphFiles(files, { language, addMissingNodes });
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
