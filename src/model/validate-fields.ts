// The checks every part of a curated file shares: a field is there, has the right type, is a
// kebab-case key, a known choice or a calendar date; unknown fields get a did-you-mean.
import { didYouMean, didYouMeanPhrase } from "./did-you-mean.ts";
import { isCalendarDate } from "./iso-date.ts";
import { describe, type Json } from "./json-value.ts";

export type Report = (path: string, message: string, fix: string) => void;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkArray(data: Json, field: string, report: Report): unknown[] | undefined {
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

export function checkString(
  object: Json,
  at: string,
  field: string,
  report: Report,
): string | undefined {
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
export function checkText(
  object: Json,
  at: string,
  field: string,
  report: Report,
): string | undefined {
  const value = checkString(object, at, field, report);
  if (value !== undefined && value.trim() === "") {
    report(at === "" ? field : `${at}.${field}`, "is empty", `Write the ${field}.`);
    return undefined;
  }
  return value;
}

/** Keys and ids are kebab-case so they read well in URLs and edge keys (`a~relation~b`). */
export function checkKey(
  object: Json,
  at: string,
  field: string,
  report: Report,
): string | undefined {
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

export function checkChoice(
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

export function checkDate(object: Json, at: string, report: Report): void {
  if (object.date === undefined) return;
  const date = checkString(object, at, "date", report);
  if (date === undefined || isCalendarDate(date)) return;
  report(
    `${at}.date`,
    `${JSON.stringify(date)} is not a valid date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
    'Write the date like "1997", "1997-03" or "2002-07-31".',
  );
}

export function reportUnknownFields(
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

function toKebabCase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function ellipsis(text: string, length: number, keep: "start" | "end"): string {
  if (text.length <= length) return text;
  return keep === "end"
    ? `${text.slice(0, length - 1)}…`
    : `…${text.slice(text.length - length + 1)}`;
}
