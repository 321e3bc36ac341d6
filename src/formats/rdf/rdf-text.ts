// How terms are spelled in Turtle and N-Triples: IRIs in angle brackets, literals quoted with
// the escapes both grammars share, prefixed names only where they read back unchanged.
import type { Literal, Resource, Value } from "./export-model.ts";
import { type PrefixShortener, XSD_STRING } from "./rdf-names.ts";

/** Characters an IRI reference cannot hold, percent-encoded (IRIs from parsers have none). */
export function iriRef(iri: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is encoded
  const safe = iri.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (character) =>
    encodeURIComponent(character),
  );
  return `<${safe}>`;
}

/**
 * A quoted string: JSON's escapes (\" \\ \n \r \t \b \f \uXXXX) are exactly Turtle's and
 * N-Triples' ECHAR and UCHAR, so JSON.stringify spells it correctly for both.
 */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

export type IriSpeller = (iri: string) => string;

export function fullIri(iri: string): string {
  return iriRef(iri);
}

export function prefixedIri(shortener: PrefixShortener): IriSpeller {
  return (iri) => shortener.shorten(iri) ?? iriRef(iri);
}

export function literalText(value: Literal, spell: IriSpeller): string {
  const text = quoted(value.literal);
  if (value.datatype === undefined || value.datatype === XSD_STRING) return text;
  return `${text}^^${spell(value.datatype)}`;
}

export function resourceText(resource: Resource, spell: IriSpeller): string {
  return "blank" in resource ? `_:${resource.blank}` : spell(resource.iri);
}

export function valueText(value: Value, spell: IriSpeller): string {
  return "literal" in value ? literalText(value, spell) : resourceText(value, spell);
}
