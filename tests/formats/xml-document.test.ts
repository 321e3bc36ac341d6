// XML is parsed by the browser's DOMParser on the main thread and by xmldom in Node and workers;
// both report a malformed file as a located error, never as a throw or a half-read document.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import { describe, expect, it, vi } from "vitest";
import {
  type DomParserClass,
  describeNativeError,
  parseXml,
} from "../../src/formats/xml-document.ts";

/** Stands in for a browser's DOMParser: returns the document a browser returns for bad XML. */
function browserReturning(markup: string): DomParserClass {
  return class {
    parseFromString() {
      return new XmlDomParser().parseFromString(markup, "application/xml") as unknown as Document;
    }
  };
}

describe("parseXml in Node (xmldom)", () => {
  it("returns the document of well-formed XML, keeping Unicode line separators in text", () => {
    const result = parseXml("<a>one\u2028two\r\nthree</a>");
    expect(result.ok && result.document.documentElement.textContent).toBe("one\u2028two\nthree");
  });

  it("reports the first error with its line and column, printing nothing", () => {
    const printed = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
    const result = parseXml('<a>\n  <b attr="1">\n</a>');
    for (const spy of printed) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    expect(result).toEqual({
      ok: false,
      place: { line: 2, column: 15 },
      message: 'Opening and ending tag mismatch: "b" != "a"',
    });
  });

  it("reports text that is not XML at all", () => {
    expect(parseXml("just words")).toEqual({
      ok: false,
      place: {},
      message: "missing root element",
    });
  });

  it("records element lines only when asked", () => {
    const located = parseXml("<a>\n<b/></a>", { lines: true });
    const plain = parseXml("<a>\n<b/></a>");
    const lineOfB = (result: typeof located) =>
      result.ok
        ? (result.document.getElementsByTagName("b")[0] as unknown as { lineNumber?: number })
            .lineNumber
        : -1;
    expect(lineOfB(located)).toBe(2);
    expect(lineOfB(plain)).toBeUndefined();
  });
});

describe("parseXml in a browser (native DOMParser)", () => {
  it("turns Chrome's <parsererror> into a located error", () => {
    const chrome = browserReturning(
      '<gexf><parsererror xmlns="http://www.w3.org/1999/xhtml"><h3>This page contains the following errors:</h3><div>error on line 3 at column 7: Opening and ending tag mismatch: node line 2 and nodes\n</div><h3>Below is a rendering of the page up to the first error.</h3></parsererror></gexf>',
    );
    expect(parseXml("<ignored/>", { native: chrome })).toEqual({
      ok: false,
      place: { line: 3, column: 7 },
      message: "Opening and ending tag mismatch: node line 2 and nodes",
    });
  });

  it("turns Firefox's parsererror document into a located error", () => {
    expect(
      describeNativeError(
        "XML Parsing Error: mismatched tag. Expected: </node>.\nLocation: file.gexf\nLine Number 3, Column 7:",
      ),
    ).toEqual({
      place: { line: 3, column: 7 },
      message: "mismatched tag. Expected: </node>.",
    });
  });

  it("returns a well-formed document as it is", () => {
    const result = parseXml("<ignored/>", {
      native: browserReturning("<graphml><graph/></graphml>"),
    });
    expect(result.ok && result.document.documentElement.nodeName).toBe("graphml");
  });
});
