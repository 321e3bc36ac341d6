// Checks a curated graph file against the data contract before anything is built from it, and
// reports every problem at once with its JSON path and a fix, so a curator can repair a file in one pass.
import { didYouMean, didYouMeanPhrase } from "./did-you-mean.ts";
import { edgeKey } from "./edge-key.ts";
import { matchingPrefixLength, normaliseQuote } from "./normalise-quote.ts";
import type { CuratedFile } from "./types.ts";
import { NODE_KINDS, RELATIONS } from "./vocabulary.ts";

export interface ValidationError {
  /** The file as the user named it. */
  file: string;
  /** JSON path of the problem, like `edges[12].target`; "" for the file as a whole. */
  path: string;
  /** What is wrong, starting with the offending value where there is one. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export interface ValidateOptions {
  /** Named in every error. */
  fileName: string;
  /** Text of each source document, by source id: evidence is looked up in it. */
  sourceTexts: Record<string, string>;
}

export type ValidationResult =
  | { ok: true; file: CuratedFile }
  | { ok: false; errors: ValidationError[] };

/** `graph/x.kg.json: edges[12].target "undp2" is not a node key (did you mean "undp"?)` */
export function formatValidationError(error: ValidationError): string {
  return error.path === ""
    ? `${error.file}: ${error.message}`
    : `${error.file}: ${error.path} ${error.message}`;
}

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FILE_FIELDS = ["$schema", "title", "sources", "nodes", "edges"];
const SOURCE_FIELDS = ["id", "title", "path"];
const NODE_FIELDS = ["key", "label", "nodeKind", "description", "aliases", "date"];
const EDGE_FIELDS = ["source", "target", "relation", "evidence", "date", "sourceDoc"];
/** Beyond this many, a missing endpoint is reported without suggestions (each costs a scan). */
const MAX_SUGGESTION_SEARCHES = 200;

type Json = Record<string, unknown>;

export function validateCurated(data: unknown, options: ValidateOptions): ValidationResult {
  const errors: ValidationError[] = [];
  const report = (path: string, message: string, fix: string) =>
    errors.push({ file: options.fileName, path, message, fix });

  if (!isObject(data)) {
    report(
      "",
      `must hold a JSON object with title, sources, nodes and edges, not ${describe(data)}`,
      'Wrap the content in { "title": …, "sources": […], "nodes": […], "edges": […] }.',
    );
    return { ok: false, errors };
  }
  reportUnknownFields(data, "", FILE_FIELDS, report);
  checkText(data, "", "title", report);
  const sourceTexts = checkSources(data, options.sourceTexts, report);
  const nodeKeys = checkNodes(data, report);
  checkEdges(data, nodeKeys, sourceTexts, report);
  return errors.length === 0
    ? { ok: true, file: data as unknown as CuratedFile }
    : { ok: false, errors };
}

type Report = (path: string, message: string, fix: string) => void;

interface SourceText {
  path: string;
  normalised: string;
}

/** Source ids in file order, each with its normalised text when that text is available. */
type Sources = Map<string, SourceText | null>;

function checkSources(data: Json, texts: Record<string, string>, report: Report): Sources {
  const sources: Sources = new Map();
  const list = checkArray(data, "sources", report);
  if (!list) return sources;
  if (list.length === 0 && Array.isArray(data.edges) && data.edges.length > 0) {
    report(
      "sources",
      "is empty, so no evidence can be checked",
      'Add the source document: { "id": "…", "title": "…", "path": "sources/….txt" }.',
    );
  }
  list.forEach((source, index) => {
    const at = `sources[${index}]`;
    if (!isObject(source)) {
      report(
        at,
        `must be an object with id, title and path, not ${describe(source)}`,
        'Replace it with { "id": …, "title": …, "path": … }.',
      );
      return;
    }
    reportUnknownFields(source, at, SOURCE_FIELDS, report);
    checkText(source, at, "title", report);
    const id = checkKey(source, at, "id", report);
    const path = checkText(source, at, "path", report);
    if (id === undefined) return;
    if (sources.has(id)) {
      report(
        `${at}.id`,
        `${JSON.stringify(id)} is used by an earlier source`,
        "Give each source its own id.",
      );
      return;
    }
    const text = texts[id];
    if (text === undefined && path !== undefined) {
      report(
        `${at}.path`,
        `${JSON.stringify(path)}: no text found for source ${JSON.stringify(id)}`,
        "Put the source text at this path, relative to the curated file.",
      );
    }
    sources.set(
      id,
      text === undefined ? null : { path: path ?? "", normalised: normaliseQuote(text) },
    );
  });
  return sources;
}

/** The node keys (valid or not, so one bad node does not cascade into edge errors), or null. */
function checkNodes(
  data: Json,
  report: Report,
): Map<string, { label: string; aliases: string[] }> | null {
  const list = checkArray(data, "nodes", report);
  if (!list) return null;
  const keys = new Map<string, { label: string; aliases: string[] }>();
  const firstIndex = new Map<string, number>();
  const linked = linkedNodeKeys(data.edges);
  list.forEach((node, index) => {
    const at = `nodes[${index}]`;
    if (!isObject(node)) {
      report(
        at,
        `must be an object with key, label, nodeKind and description, not ${describe(node)}`,
        "Replace it with a node object.",
      );
      return;
    }
    reportUnknownFields(node, at, NODE_FIELDS, report);
    checkKey(node, at, "key", report);
    const label = checkText(node, at, "label", report);
    checkChoice(node, at, "nodeKind", NODE_KINDS, "node kind", report);
    checkString(node, at, "description", report);
    const aliases = checkAliases(node, at, report);
    checkDate(node, at, report);
    const rawKey = typeof node.key === "string" ? node.key : undefined;
    if (rawKey === undefined) return;
    const earlier = firstIndex.get(rawKey);
    if (earlier !== undefined) {
      report(
        `${at}.key`,
        `${JSON.stringify(rawKey)} is already the key of nodes[${earlier}]`,
        "Give each node its own key, or merge the two nodes.",
      );
      return;
    }
    firstIndex.set(rawKey, index);
    keys.set(rawKey, { label: label ?? rawKey, aliases });
    if (linked && !linked.has(rawKey)) {
      report(
        at,
        `${JSON.stringify(rawKey)} is isolated: no edge links it`,
        "Add an edge with evidence from or to it, or remove the node.",
      );
    }
  });
  return keys;
}

/** Endpoints of every edge, even malformed ones; null when the edges cannot be read at all. */
function linkedNodeKeys(edges: unknown): Set<string> | null {
  if (!Array.isArray(edges)) return null;
  const linked = new Set<string>();
  for (const edge of edges) {
    if (!isObject(edge)) continue;
    if (typeof edge.source === "string") linked.add(edge.source);
    if (typeof edge.target === "string") linked.add(edge.target);
  }
  return linked;
}

function checkEdges(
  data: Json,
  nodeKeys: Map<string, { label: string; aliases: string[] }> | null,
  sources: Sources,
  report: Report,
): void {
  const list = checkArray(data, "edges", report);
  if (!list) return;
  const firstIndex = new Map<string, number>();
  const defaultSource = sources.keys().next().value;
  let suggestionSearches = 0;
  const checkEndpoint = (edge: Json, at: string, field: "source" | "target") => {
    const key = checkString(edge, at, field, report);
    if (key === undefined || !nodeKeys || nodeKeys.has(key)) return;
    const suggestions =
      suggestionSearches++ < MAX_SUGGESTION_SEARCHES
        ? didYouMean(
            key,
            [...nodeKeys].map(([value, { label, aliases }]) => ({
              value,
              names: [label, ...aliases],
            })),
          )
        : [];
    report(
      `${at}.${field}`,
      `${JSON.stringify(key)} is not a node key${didYouMeanPhrase(suggestions)}`,
      suggestions.length > 0
        ? `Use the key ${JSON.stringify(suggestions[0])}, or add a node with key ${JSON.stringify(key)}.`
        : `Add a node with key ${JSON.stringify(key)} to nodes, or correct the key.`,
    );
  };

  list.forEach((edge, index) => {
    const at = `edges[${index}]`;
    if (!isObject(edge)) {
      report(
        at,
        `must be an object with source, target, relation and evidence, not ${describe(edge)}`,
        "Replace it with an edge object.",
      );
      return;
    }
    reportUnknownFields(edge, at, EDGE_FIELDS, report);
    checkEndpoint(edge, at, "source");
    checkEndpoint(edge, at, "target");
    checkChoice(edge, at, "relation", RELATIONS, "relation", report);
    checkDate(edge, at, report);

    let sourceId = defaultSource;
    if (edge.sourceDoc !== undefined) {
      sourceId = checkString(edge, at, "sourceDoc", report);
      if (sourceId !== undefined && !sources.has(sourceId)) {
        const known = [...sources.keys()];
        report(
          `${at}.sourceDoc`,
          `${JSON.stringify(sourceId)} is not a source id${didYouMeanPhrase(didYouMean(sourceId, known))}; sources are: ${known.join(", ") || "none"}`,
          "Use the id of an entry in sources, or add the document to sources.",
        );
        sourceId = undefined;
      }
    }
    checkEvidence(
      edge,
      at,
      sourceId === undefined ? undefined : sources.get(sourceId),
      sourceId,
      report,
    );

    if (
      typeof edge.source === "string" &&
      typeof edge.target === "string" &&
      typeof edge.relation === "string"
    ) {
      const triple = edgeKey(edge.source, edge.relation, edge.target);
      const earlier = firstIndex.get(triple);
      if (earlier !== undefined) {
        report(
          at,
          `repeats edges[${earlier}]: same source, relation and target`,
          "Merge the evidence of both into one edge and remove this one.",
        );
      } else {
        firstIndex.set(triple, index);
      }
    }
  });
}

function checkEvidence(
  edge: Json,
  at: string,
  source: SourceText | null | undefined,
  sourceId: string | undefined,
  report: Report,
): void {
  const path = `${at}.evidence`;
  const evidence = edge.evidence;
  if (evidence === undefined) {
    report(
      path,
      "is missing",
      "Add evidence: a list of sentences quoted verbatim from the source.",
    );
    return;
  }
  if (!Array.isArray(evidence)) {
    report(
      path,
      `must be an array of quotes, not ${describe(evidence)}`,
      'Write it as ["quote", …].',
    );
    return;
  }
  if (evidence.length === 0) {
    report(
      path,
      "is empty: every edge needs at least one quote",
      "Quote the sentence of the source that states this relation.",
    );
    return;
  }
  evidence.forEach((quote, index) => {
    const quotePath = `${path}[${index}]`;
    if (typeof quote !== "string") {
      report(quotePath, `must be a string, not ${describe(quote)}`, "Write the quote as a string.");
      return;
    }
    const normalised = normaliseQuote(quote);
    if (normalised === "") {
      report(
        quotePath,
        "is empty",
        "Quote the sentence of the source that states this relation, or remove the entry.",
      );
      return;
    }
    if (!source || !sourceId) return; // the missing source or text is reported once, where it is declared
    if (source.normalised.includes(normalised)) return;
    const matched = matchingPrefixLength(normalised, source.normalised);
    const divergence =
      matched === 0
        ? ""
        : `; it matches up to ${JSON.stringify(ellipsis(normalised.slice(0, matched), 40, "start"))}`;
    report(
      quotePath,
      `${JSON.stringify(ellipsis(quote, 60, "end"))} is not found verbatim in source ${JSON.stringify(sourceId)} (${source.path})${divergence}`,
      "Copy the words exactly from the source; only whitespace and quote styles may differ.",
    );
  });
}

function checkArray(data: Json, field: string, report: Report): unknown[] | undefined {
  const value = data[field];
  if (value === undefined) {
    report(field, "is missing", `Add "${field}": [ … ] to the file.`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    report(
      field,
      `must be an array, not ${describe(value)}`,
      `Write "${field}" as a JSON array: [ … ].`,
    );
    return undefined;
  }
  return value;
}

function checkString(object: Json, at: string, field: string, report: Report): string | undefined {
  const value = object[field];
  const path = at === "" ? field : `${at}.${field}`;
  if (value === undefined) {
    report(path, "is missing", `Add "${field}" as a string.`);
    return undefined;
  }
  if (typeof value !== "string") {
    report(
      path,
      `must be a string, not ${describe(value)}`,
      `Write "${field}" as a string in double quotes.`,
    );
    return undefined;
  }
  return value;
}

/** A string that must say something: empty or blank is an error. */
function checkText(object: Json, at: string, field: string, report: Report): string | undefined {
  const value = checkString(object, at, field, report);
  if (value !== undefined && value.trim() === "") {
    report(at === "" ? field : `${at}.${field}`, "is empty", `Write the ${field}.`);
    return undefined;
  }
  return value;
}

/** Keys and ids are kebab-case so they read well in URLs and edge keys (`a~relation~b`). */
function checkKey(object: Json, at: string, field: string, report: Report): string | undefined {
  const value = checkString(object, at, field, report);
  if (value === undefined) return undefined;
  if (!KEBAB_CASE.test(value)) {
    const suggestion = toKebabCase(value);
    report(
      `${at}.${field}`,
      `${JSON.stringify(value)} is not kebab-case${suggestion ? didYouMeanPhrase([suggestion]) : ""}`,
      "Use lowercase letters and digits in words joined by single hyphens, like un-security-council.",
    );
    return undefined;
  }
  return value;
}

function checkChoice(
  object: Json,
  at: string,
  field: string,
  choices: readonly string[],
  noun: string,
  report: Report,
): void {
  const value = checkString(object, at, field, report);
  if (value === undefined || choices.includes(value)) return;
  report(
    `${at}.${field}`,
    `${JSON.stringify(value)} is not a ${noun}${didYouMeanPhrase(didYouMean(value, choices, 1))}; use one of: ${choices.join(", ")}`,
    `Use one of the ${noun}s of graph/README.md, or propose a new one there first.`,
  );
}

function checkAliases(node: Json, at: string, report: Report): string[] {
  const aliases = node.aliases;
  if (aliases === undefined) return [];
  if (!Array.isArray(aliases)) {
    report(
      `${at}.aliases`,
      `must be an array of strings, not ${describe(aliases)}`,
      'Write it as ["alias", …].',
    );
    return [];
  }
  const valid: string[] = [];
  aliases.forEach((alias, index) => {
    if (typeof alias !== "string") {
      report(
        `${at}.aliases[${index}]`,
        `must be a string, not ${describe(alias)}`,
        "Write the alias as a string.",
      );
    } else if (alias.trim() === "") {
      report(`${at}.aliases[${index}]`, "is empty", "Write the alias, or remove the entry.");
    } else {
      valid.push(alias);
    }
  });
  return valid;
}

function checkDate(object: Json, at: string, report: Report): void {
  if (object.date === undefined) return;
  const date = checkString(object, at, "date", report);
  if (date === undefined || isCalendarDate(date)) return;
  report(
    `${at}.date`,
    `${JSON.stringify(date)} is not a valid date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
    'Write the date like "1997", "1997-03" or "2002-07-31".',
  );
}

export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

function reportUnknownFields(
  object: Json,
  at: string,
  known: readonly string[],
  report: Report,
): void {
  for (const field of Object.keys(object)) {
    if (known.includes(field)) continue;
    const suggestions = didYouMean(field, known, 1);
    report(
      at === "" ? field : `${at}.${field}`,
      `is not a field of the format${didYouMeanPhrase(suggestions)}; fields here are: ${known.join(", ")}`,
      suggestions.length > 0
        ? `Rename it to "${suggestions[0]}".`
        : "Remove it, or describe it in the node's description.",
    );
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value === "undefined" ? "nothing" : `a ${typeof value}`} (${JSON.stringify(value)})`;
}

function toKebabCase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function ellipsis(text: string, length: number, keep: "start" | "end"): string {
  if (text.length <= length) return text;
  return keep === "end"
    ? `${text.slice(0, length - 1)}…`
    : `…${text.slice(text.length - length + 1)}`;
}
