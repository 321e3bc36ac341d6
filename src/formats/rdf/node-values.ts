// A resource's literal values and types as node attributes: the label a person should see,
// aliases, description, date and kind, in the documented orders (docs/rdf.md); every other value
// kept under its predicate's prefixed name.
import { bestLiteral, dateText, isDateLiteral, literalToValue } from "./literals.ts";
import type { LiteralValue } from "./quad-index.ts";
import {
  ATTR,
  DC,
  DCTERMS,
  FOAF,
  KIND,
  localName,
  type PrefixShortener,
  RDFS,
  SCHEMA,
  SCHEMA_HTTPS,
  SKOS,
  stripNamespace,
} from "./rdf-names.ts";

/** Where a node's label comes from, best first (language outranks this order). */
export const LABEL_PREDICATES = [
  `${RDFS}label`,
  `${SKOS}prefLabel`,
  `${SCHEMA}name`,
  `${SCHEMA_HTTPS}name`,
  `${FOAF}name`,
];
export const ALIAS_PREDICATES = [`${SKOS}altLabel`];
export const DESCRIPTION_PREDICATES = [
  `${RDFS}comment`,
  `${SCHEMA}description`,
  `${SCHEMA_HTTPS}description`,
  `${DCTERMS}description`,
  `${SKOS}definition`,
];
export const DATE_PREDICATES = [`${DCTERMS}date`, `${DC}date`];

export interface NamingContext {
  shortener: PrefixShortener;
  /** The reader's language tag ("de", "pt-BR"); labels in it are preferred. */
  language: string;
}

type Pair = [predicate: string, literal: LiteralValue];

/** The name an attribute gets from its predicate: `x` for `attr:x`, else `schema:population`. */
export function attributeName(predicate: string, context: NamingContext): string {
  return stripNamespace(predicate, ATTR) ?? context.shortener.shorten(predicate) ?? predicate;
}

/** A class IRI as a node kind: `principle` for `kind:principle`, else `foaf:Person` or `Person`. */
export function kindName(iri: string, context: NamingContext): string {
  return stripNamespace(iri, KIND) ?? context.shortener.shorten(iri) ?? localName(iri);
}

export function nodeValues(
  pairs: readonly Pair[],
  context: NamingContext,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const used = new Set<LiteralValue>();
  const ranked = (predicates: readonly string[]) =>
    pairs
      .map(([predicate, literal]) => ({ rank: predicates.indexOf(predicate), literal }))
      .filter((candidate) => candidate.rank !== -1);

  const labels = ranked(LABEL_PREDICATES);
  const label = bestLiteral(labels, context.language);
  const aliases: string[] = [];
  if (label) {
    attributes.label = label.literal.value;
    used.add(label.literal);
  }
  for (const [predicate, literal] of pairs) {
    if (!ALIAS_PREDICATES.includes(predicate)) continue;
    aliases.push(literal.value);
    used.add(literal);
  }
  // Labels in other languages or from other predicates become aliases.
  for (const { literal } of labels) {
    if (used.has(literal)) continue;
    used.add(literal);
    if (literal.value !== label?.literal.value && !aliases.includes(literal.value))
      aliases.push(literal.value);
  }
  if (aliases.length > 0) attributes.aliases = aliases;

  const description = bestLiteral(ranked(DESCRIPTION_PREDICATES), context.language);
  if (description) {
    attributes.description = description.literal.value;
    used.add(description.literal);
  }
  const date =
    pairs.find(([predicate]) => DATE_PREDICATES.includes(predicate)) ??
    pairs.find(([, literal]) => isDateLiteral(literal) && !used.has(literal));
  if (date) {
    attributes.date = dateText(date[1]);
    // A date under another predicate (schema:birthDate) is also kept under its own name.
    if (DATE_PREDICATES.includes(date[0])) used.add(date[1]);
  }
  Object.assign(attributes, otherValues(pairs, used, context));
  return attributes;
}

/** Every literal not mapped above, by attribute name; several values make a list. */
export function otherValues(
  pairs: readonly Pair[],
  used: ReadonlySet<LiteralValue>,
  context: NamingContext,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const counts = new Map<string, number>();
  for (const [predicate, literal] of pairs) {
    if (used.has(literal)) continue;
    const name = attributeName(predicate, context);
    const value = literalToValue(literal);
    const count = counts.get(name) ?? 0;
    counts.set(name, count + 1);
    if (count === 0) values[name] = value;
    else if (count === 1) values[name] = [values[name], value];
    else (values[name] as unknown[]).push(value);
  }
  return values;
}
