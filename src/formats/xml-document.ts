// Parses XML text into a DOM Document with a located error instead of a throw. The main thread
// of a browser has a native DOMParser; Node and web workers do not, so there we use xmldom.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import type { Place } from "./import-types.ts";

export type XmlParseResult =
  | { ok: true; document: Document; documentClass: typeof Document; engine: "native" | "xmldom" }
  | { ok: false; place: Place; message: string };

/** A DOMParser-like constructor; tests pass fakes to exercise the browser path. */
export interface DomParserClass {
  new (): { parseFromString(text: string, type: DOMParserSupportedType): Document };
}

export interface XmlOptions {
  /**
   * Record each element's line (xmldom only; browsers never do). It costs a third more time,
   * so readers ask for lines only to locate an error they have found.
   */
  lines?: boolean;
  /** The browser's DOMParser; found on globalThis by default, absent in Node and in workers. */
  native?: DomParserClass | null;
}

export function parseXml(text: string, options: XmlOptions = {}): XmlParseResult {
  const native = options.native === undefined ? nativeDomParser() : options.native;
  if (native) return parseWithNative(text, native);
  const result = parseWithXmldom(text, options.lines === true);
  // Without its locator xmldom cannot say where an error is: parse again to find out.
  if (!result.ok && options.lines !== true) return parseWithXmldom(text, true);
  return result;
}

function nativeDomParser(): DomParserClass | null {
  const candidate = (globalThis as { DOMParser?: DomParserClass }).DOMParser;
  return typeof candidate === "function" ? candidate : null;
}

function parseWithNative(text: string, Parser: DomParserClass): XmlParseResult {
  const document = new Parser().parseFromString(text, "application/xml");
  const problem = document.getElementsByTagNameNS("*", "parsererror")[0];
  if (problem) return { ok: false, ...describeNativeError(problem.textContent ?? "") };
  if (!document.documentElement)
    return { ok: false, place: {}, message: "the XML has no root element" };
  const documentClass = (globalThis as { Document?: typeof Document }).Document;
  return {
    ok: true,
    document,
    documentClass: documentClass ?? (document.constructor as typeof Document),
    engine: "native",
  };
}

/** Chrome: "error on line 3 at column 7: message"; Firefox: "Line Number 3, Column 7:". */
export function describeNativeError(text: string): { place: Place; message: string } {
  // Chrome's text runs on into "Below is a rendering of the page up to the first error."
  const chrome = /line (\d+) at column (\d+):\s*(.*?)\s*(?:Below is a rendering|\n|$)/i.exec(text);
  if (chrome) {
    return {
      place: { line: Number(chrome[1]), column: Number(chrome[2]) },
      message: chrome[3].trim() || "malformed XML",
    };
  }
  const firefox = /Line Number (\d+), Column (\d+)/i.exec(text);
  const firstLine = text
    .split("\n")[0]
    .replace(/^XML Parsing Error:\s*/i, "")
    .trim();
  const place = firefox ? { line: Number(firefox[1]), column: Number(firefox[2]) } : {};
  return { place, message: firstLine || "malformed XML" };
}

/** Thrown by the error handler to stop xmldom at the first problem, as browsers do. */
class StopParsing extends Error {}

function parseWithXmldom(text: string, lines: boolean): XmlParseResult {
  let failure: { place: Place; message: string } | null = null;
  const parser = new XmlDomParser({
    locator: lines,
    // XML 1.0 line-end rules only: xmldom's default (XML 1.1) also turns U+2028, U+2029 and
    // U+0085 into "\n", which would change quotes that contain them.
    normalizeLineEndings: (source: string) => source.replace(/\r\n?/g, "\n"),
    onError(level, message, context) {
      if (level === "warning") return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } })
        ?.locator;
      failure ??= { place: placeOf(locator), message: cleanXmldomMessage(message) };
      throw new StopParsing(message);
    },
  });
  let document: Document;
  try {
    document = parser.parseFromString(text, "application/xml") as unknown as Document;
  } catch (error) {
    return { ok: false, ...(failure ?? { place: {}, message: messageOf(error) }) };
  }
  if (failure) return { ok: false, ...(failure as { place: Place; message: string }) };
  if (!document?.documentElement) {
    return { ok: false, place: {}, message: "the XML has no root element" };
  }
  return {
    ok: true,
    document,
    documentClass: document.constructor as typeof Document,
    engine: "xmldom",
  };
}

/** xmldom says line 0 when the text has no element at all; that is no place to point at. */
function placeOf(locator: { lineNumber?: number; columnNumber?: number } | undefined): Place {
  const place: Place = {};
  if (locator?.lineNumber && locator.lineNumber >= 1) {
    place.line = locator.lineNumber;
    if (locator.columnNumber && locator.columnNumber >= 1) place.column = locator.columnNumber;
  }
  return place;
}

function cleanXmldomMessage(message: string): string {
  return message.replace(/\s*\n?@#\[line:\d+,col:\d+\]\s*$/, "").trim();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? cleanXmldomMessage(error.message) : String(error);
}

/** The 1-based line of an element, where the parser records it (xmldom does, browsers do not). */
export function lineOf(element: Element | undefined): Place {
  const located = element as (Element & { lineNumber?: number; columnNumber?: number }) | undefined;
  if (!located || typeof located.lineNumber !== "number") return {};
  return { line: located.lineNumber, column: located.columnNumber };
}
