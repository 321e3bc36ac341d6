// Aliases make a node findable under the other names the text gives it, so they must be spelled
// as a source spells them (quote styles, spacing and letter case aside). A name the text never
// uses (a common abbreviation, say) is allowed only when marked as external, with the reason.

import { describe, isObject, type Json } from "./json-value.ts";
import { normaliseQuote } from "./normalise-quote.ts";
import { type Report, reportUnknownFields } from "./validate-fields.ts";

const EXTERNAL_FIELDS = ["name", "external"];

/** The texts aliases are looked up in, normalised and lower-cased; null when none is at hand. */
export type AliasTexts = string[] | null;

export function aliasTexts(normalisedTexts: readonly string[]): AliasTexts {
  return normalisedTexts.length === 0 ? null : normalisedTexts.map((text) => text.toLowerCase());
}

/** The node's alias names (external ones included), every problem reported. */
export function checkAliases(node: Json, at: string, texts: AliasTexts, report: Report): string[] {
  const aliases = node.aliases;
  if (aliases === undefined) return [];
  if (!Array.isArray(aliases)) {
    report(
      `${at}.aliases`,
      `must be an array, not ${describe(aliases)}`,
      'Write it as ["alias", …], with { "name": …, "external": "why" } for a name the text does not use.',
    );
    return [];
  }
  const valid: string[] = [];
  aliases.forEach((alias, index) => {
    const path = `${at}.aliases[${index}]`;
    if (typeof alias === "string") {
      if (alias.trim() === "") {
        report(path, "is empty", "Write the alias, or remove the entry.");
        return;
      }
      valid.push(alias);
      if (texts && !isInTexts(alias, texts)) {
        report(
          path,
          `${JSON.stringify(alias)} is not found in any source: aliases are spelled as the text spells them`,
          `Copy the name from the text, remove it, or mark it as a name from outside the text: { "name": ${JSON.stringify(alias)}, "external": "why it is needed" }.`,
        );
      }
      return;
    }
    if (!isObject(alias)) {
      report(
        path,
        `must be a string or { "name": …, "external": … }, not ${describe(alias)}`,
        "Write the alias as a string.",
      );
      return;
    }
    reportUnknownFields(alias, path, EXTERNAL_FIELDS, report);
    const name = typeof alias.name === "string" ? alias.name.trim() : "";
    const reason = typeof alias.external === "string" ? alias.external.trim() : "";
    if (name === "") report(`${path}.name`, "is missing or empty", "Write the external name.");
    if (reason === "") {
      report(
        `${path}.external`,
        "is missing or empty: an external name needs the reason it is kept",
        'Say why the name is needed, e.g. "the usual abbreviation, which the text does not use".',
      );
    }
    if (name !== "") valid.push(alias.name as string);
  });
  return valid;
}

function isInTexts(alias: string, texts: string[]): boolean {
  const needle = normaliseQuote(alias).toLowerCase();
  return texts.some((text) => text.includes(needle));
}
