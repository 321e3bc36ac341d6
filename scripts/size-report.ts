// Lists the files in src/ over 300 lines and the functions over 80 lines: the size limits of
// DEVELOPERS.md ("files <300 lines in src/, functions <80 lines"). A function's length counts
// its whole text, nested closures included, so a long mount made of short helpers still shows.
// It parses with rolldown's parser (oxc, which vite brings), since TypeScript 7 has no JS API.
// Run: npx tsx scripts/size-report.ts [--files N] [--functions N]; exits 1 when something is over.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "rolldown/parseAst";

const args = process.argv.slice(2);
const limit = (flag: string, fallback: number): number => {
  const at = args.indexOf(flag);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const fileLimit = limit("--files", 300);
const functionLimit = limit("--functions", 80);
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function isNode(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null && typeof (value as AstNode).type === "string";
}

function nameOf(node: AstNode, parent: AstNode | undefined): string {
  const named = (value: unknown) =>
    isNode(value) && typeof value.name === "string" ? value.name : undefined;
  return named(node.id) ?? named(parent?.id) ?? named(parent?.key) ?? "(anonymous)";
}

const over: string[] = [];
for (const path of sourceFiles("src")) {
  const text = readFileSync(path, "utf8");
  const name = relative(".", path);
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines > fileLimit) over.push(`file      ${lines} lines  ${name}`);
  const visit = (node: AstNode, parent: AstNode | undefined): void => {
    if (FUNCTIONS.has(node.type)) {
      const start = lineOf(node.start);
      const length = lineOf(node.end) - start + 1;
      if (length > functionLimit) {
        over.push(`function  ${length} lines  ${name}:${start} ${nameOf(node, parent)}`);
      }
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) visit(child, node);
      }
    }
  };
  visit(parseAst(text, { lang: "ts" }, path) as unknown as AstNode, undefined);
}
console.log(over.length ? over.join("\n") : "nothing over the limits");
process.exitCode = over.length ? 1 : 0;
