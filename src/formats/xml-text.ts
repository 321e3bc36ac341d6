// Text written into XML (GEXF, GraphML, SVG) must be escaped and must not contain characters
// XML 1.0 forbids, or the file will not open again. One place does both for every XML writer.

/** Control characters other than tab, LF, CR; U+FFFE/U+FFFF; surrogates without a partner. */
const NOT_XML_1_0 =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters an XML 1.0 parser would reject (they cannot be escaped either). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_1_0, "");
}

/**
 * For element content. CR, NEL and the Unicode line separators are written as character
 * references, which no parser's line-end normalisation (XML 1.0 or 1.1) turns into "\n".
 */
export function escapeXmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\r\u0085\u2028\u2029]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** For attribute values: also quotes, and whitespace a parser would fold into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/**
 * An attribute value as XML formats carry it: lists and objects become one JSON string (GEXF
 * and GraphML have no list type Gephi and our parsers agree on), strings lose forbidden characters.
 */
export function encodeXmlValue(value: unknown): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return xmlSafe(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "object") return xmlSafe(JSON.stringify(value));
  return xmlSafe(String(value));
}
