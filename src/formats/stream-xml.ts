// Reads GEXF or GraphML as its bytes arrive: saxes (a conformant SAX parser) reports each element
// with its attributes and the line and column of its `<`, as xmldom's locator does, so the readers
// built on it (stream-gexf.ts, stream-graphml.ts) never hold the text or a DOM of a big file.
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { Place } from "./import-types.ts";

export interface XmlTag {
  /** The qualified name as written (`viz:color`), which getElementsByTagName matches. */
  name: string;
  local: string;
  uri: string;
  /** Attribute values by qualified name; absent attributes are missing, not "". */
  attributes: Record<string, string>;
  place: { line: number; column: number };
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(name: string): void;
  /** Character data, CDATA included, entities decoded. */
  text(text: string): void;
}

export type XmlStreamResult = { ok: true } | { ok: false; place: Place; message: string };

export async function streamXml(
  chunks: AsyncIterable<Uint8Array>,
  handler: XmlHandler,
): Promise<XmlStreamResult> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: { place: Place; message: string } | null = null;
  let start = { line: 0, column: 0 };
  parser.on("opentagstart", (tag) => {
    // Called once the name is read: step back over it and its `<` (xmldom counts from 1).
    start = { line: parser.line, column: parser.column - tag.name.length - 1 };
  });
  parser.on("opentag", (tag) => handler.open(toTag(tag as SaxesTagNS, start)));
  parser.on("closetag", (tag) => handler.close(tag.name));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  parser.on("error", (error) => {
    failure ??= {
      place: { line: parser.line, column: parser.column + 1 },
      message: error.message.replace(/^[^:]*:\d+:\d+:\s*/, ""),
    };
  });
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) return { ok: false, ...(failure as { place: Place; message: string }) };
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) return { ok: false, ...(failure as { place: Place; message: string }) };
  return { ok: true };
}

function toTag(tag: SaxesTagNS, place: { line: number; column: number }): XmlTag {
  const attributes: Record<string, string> = {};
  for (const name in tag.attributes) attributes[name] = tag.attributes[name].value;
  return { name: tag.name, local: tag.local, uri: tag.uri, attributes, place };
}
