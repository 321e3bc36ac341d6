// What the streaming GEXF and GraphML readers keep of a file's skeleton: the root, each <node>
// and <edge> (raw, filled in when the element closes) with the place of its `<`, and then the same
// checks and messages as the DOM readers (xml-structure.ts), so both paths fail alike.
import { type ImportError, importError, type Place } from "./import-types.ts";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";
import type { XmlTag } from "./stream-xml.ts";
import { checkElements, checkRoot, type ElementList, type RootFacts } from "./xml-structure.ts";

export class StreamSkeleton {
  root: RootFacts | null = null;
  readonly nodes: RawNode[] = [];
  readonly edges: RawEdge[] = [];
  private readonly nodeLines: number[] = [];
  private readonly nodeColumns: number[] = [];
  private readonly edgeLines: number[] = [];
  private readonly edgeColumns: number[] = [];

  constructor(
    private readonly file: string,
    private readonly format: "GEXF" | "GraphML",
  ) {}

  /** Notes the root and whether a <graph> was seen; called for every element. */
  see(tag: XmlTag): void {
    if (!this.root) this.root = { name: tag.local, place: tag.place, hasGraph: false };
    if (tag.name === "graph") this.root.hasGraph = true;
  }

  addNode(tag: XmlTag): RawNode {
    const node: RawNode = { key: tag.attributes.id ?? null, attributes: null };
    this.nodes.push(node);
    this.nodeLines.push(tag.place.line);
    this.nodeColumns.push(tag.place.column);
    return node;
  }

  addEdge(tag: XmlTag, undirected: boolean): RawEdge {
    const { id = null, source = null, target = null } = tag.attributes;
    // As the DOM readers do: an empty id is no id, and the edge gets a derived key.
    const edge: RawEdge = { key: id || undefined, source, target, attributes: null, undirected };
    this.edges.push(edge);
    this.edgeLines.push(tag.place.line);
    this.edgeColumns.push(tag.place.column);
    return edge;
  }

  /** The raw graph once the stream has ended, or the first problem, as the DOM readers give it. */
  finish(
    attributes: Record<string, unknown>,
    options: { addMissingNodes?: boolean },
    warnings: string[] = [],
  ): RawResult {
    const failure = this.check(options);
    if (failure) return { ok: false, error: failure };
    return {
      ok: true,
      raw: {
        attributes,
        nodes: this.nodes,
        edges: this.edges,
        placeOfNode: () => ({ path: "node" }),
        placeOfEdge: () => ({ path: "edge" }),
      },
      warnings,
    };
  }

  private check(options: { addMissingNodes?: boolean }): ImportError | null {
    if (!this.root) {
      return importError(this.file, {}, "malformed XML: the XML has no root element");
    }
    const rootFailure = checkRoot(this.root, this.file, this.format);
    if (rootFailure) return rootFailure.error;
    const nodes: ElementList = {
      length: this.nodes.length,
      attribute: (index, name) => (name === "id" ? (this.nodes[index].key as string | null) : null),
      place: (index) => place(this.nodeLines[index], this.nodeColumns[index]),
    };
    const edges: ElementList = {
      length: this.edges.length,
      attribute: (index, name) => {
        const edge = this.edges[index];
        const value = name === "id" ? edge.key : name === "source" ? edge.source : edge.target;
        return (value as string | undefined) ?? null;
      },
      place: (index) => place(this.edgeLines[index], this.edgeColumns[index]),
    };
    const checked = checkElements(nodes, edges, this.file, options);
    return checked instanceof Set ? null : checked.error;
  }
}

function place(line: number, column: number): Place {
  return { line, column };
}
