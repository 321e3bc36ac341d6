// Writes a store's export as graphology JSON text, piece by piece, so a whole graph in a database
// goes to a file without the server ever holding it: nodes stream out, then edges.
import type { ExportItem, StoreInfo } from "../store/graph-store.ts";

/** Items per written chunk: fewer, larger writes. */
const CHUNK_ITEMS = 500;

export async function* exportJson(
  info: Pick<StoreInfo, "title" | "sources">,
  items: AsyncIterable<ExportItem>,
): AsyncGenerator<string> {
  const head = {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { title: info.title, sources: info.sources },
  };
  yield `${JSON.stringify(head).slice(0, -1)},"nodes":[`;
  let section: "nodes" | "edges" = "nodes";
  let first = true;
  let chunk: string[] = [];
  for await (const item of items) {
    if (item.type === "edge" && section === "nodes") {
      chunk.push('],"edges":[');
      section = "edges";
      first = true;
    }
    const value = item.type === "node" ? item.node : item.edge;
    chunk.push(`${first ? "" : ","}\n${JSON.stringify(value)}`);
    first = false;
    if (chunk.length >= CHUNK_ITEMS) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (section === "nodes") chunk.push('],"edges":[');
  chunk.push("]}\n");
  yield chunk.join("");
}
