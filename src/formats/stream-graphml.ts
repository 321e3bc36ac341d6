// GraphML read element by element as the file streams in: the same attributes graphology-graphml's
// parser gives after readGraphml's repairs (keys for "all" apply to graph, node and edge; unknown
// types read as text; r/g/b become `color`), without a DOM. Like that parser, a node or edge takes
// the <data> of its descendants; the graph takes the <data> that lead its first <graph>.
// The <key> declarations are applied as they are read: GraphML puts them before the graph.
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";
import type { XmlHandler, XmlTag } from "./stream-xml.ts";
import { StreamSkeleton } from "./stream-xml-skeleton.ts";

type Attributes = Record<string, unknown>;
type Domain = "graph" | "node" | "edge";
interface Key {
  name: string;
  cast: (value: string) => unknown;
}
interface Capture {
  name: string;
  depth: number;
  into(text: string): void;
  done(): void;
}
interface OpenItem {
  raw: RawNode | RawEdge;
  domain: "node" | "edge";
  data: Attributes;
}

const numeric = (value: string) => +value;
const CASTS: Record<string, (value: string) => unknown> = {
  boolean: (value) => value.toLowerCase() === "true",
  int: numeric,
  long: numeric,
  float: numeric,
  double: numeric,
  string: (value) => value,
};
const DOMAINS: readonly Domain[] = ["graph", "node", "edge"];

export class GraphmlStream implements XmlHandler {
  readonly skeleton: StreamSkeleton;
  private readonly keys: Record<Domain, Map<string, Key>> = {
    graph: new Map(),
    node: new Map(),
    edge: new Map(),
  };
  private readonly defaults: Record<Domain, Attributes> = { graph: {}, node: {}, edge: {} };
  private readonly openItems: OpenItem[] = [];
  private readonly graphData: Attributes = {};
  private graphId: string | null = null;
  private undirectedByDefault = true;
  /** Depth of the first <graph>, while its leading <data> children are being read; else -1. */
  private graphDepth = -1;
  private hasGraph = false;
  private hasHyperedges = false;
  private capture: Capture | null = null;
  private declaring: {
    name: string;
    domains: readonly Domain[];
    depth: number;
    hasDefault?: boolean;
  } | null = null;
  private depth = 0;

  constructor(file: string) {
    this.skeleton = new StreamSkeleton(file, "GraphML");
  }

  open(tag: XmlTag): void {
    this.depth++;
    this.skeleton.see(tag);
    const { name, attributes } = tag;
    const isGraphData = this.depth === this.graphDepth + 1 && name.toLowerCase() === "data";
    if (this.depth === this.graphDepth + 1 && !isGraphData) this.graphDepth = -1;
    if (name === "node") this.openItem(tag, "node");
    else if (name === "edge") this.openItem(tag, "edge");
    else if (name === "data") this.readData(attributes.key ?? null, isGraphData);
    else if (name === "key") this.readKey(attributes);
    else if (name === "default") this.readDefault();
    else if (name === "graph" && !this.hasGraph) {
      this.hasGraph = true;
      this.graphDepth = this.depth;
      this.graphId = attributes.id || null;
      this.undirectedByDefault = attributes.edgedefault !== "directed";
    } else if (name === "hyperedge") this.hasHyperedges = true;
  }

  close(name: string): void {
    if (this.capture?.name === name && this.capture.depth === this.depth) {
      this.capture.done();
      this.capture = null;
    }
    if (name === "node" || name === "edge") this.closeItem();
    else if (name === "key" && this.declaring?.depth === this.depth) this.declaring = null;
    this.depth--;
  }

  text(text: string): void {
    this.capture?.into(text);
  }

  finish(options: { addMissingNodes?: boolean }): RawResult {
    const attributes: Attributes = {};
    if (this.graphId) attributes.id = this.graphId;
    const graphData = this.graphData;
    for (const key in this.defaults.graph) {
      if (!(key in graphData)) graphData[key] = this.defaults.graph[key];
    }
    Object.assign(attributes, graphData);
    const warnings = this.hasHyperedges
      ? ["hyperedges ignored: only edges between two nodes are read"]
      : [];
    return this.skeleton.finish(attributes, options, warnings);
  }

  private gather(name: string, done: (text: string) => void): void {
    let value = "";
    this.capture = {
      name,
      depth: this.depth,
      into: (text) => {
        value += text;
      },
      done: () => done(value),
    };
  }

  /** A <key>: its name (its id when unnamed), its type (text when unknown), its default. */
  private readKey(attributes: Record<string, string>): void {
    const id = attributes.id ?? null;
    const name = attributes["attr.name"] || id || "";
    const type = attributes["attr.type"] || "string";
    const key: Key = { name, cast: Object.hasOwn(CASTS, type) ? CASTS[type] : CASTS.string };
    const domain = attributes.for ?? "node";
    const domains = domain === "all" ? DOMAINS : DOMAINS.filter((each) => each === domain);
    for (const each of domains) this.keys[each].set(String(id), key);
    this.declaring = { name, domains, depth: this.depth };
  }

  /** The first <default> inside the <key> being read gives that key's default, as text. */
  private readDefault(): void {
    const declaring = this.declaring;
    if (!declaring || declaring.hasDefault) return;
    declaring.hasDefault = true;
    this.gather("default", (text) => {
      for (const each of declaring.domains) this.defaults[each][declaring.name] = text;
    });
  }

  private readData(key: string | null, isGraphData: boolean): void {
    const targets = [...this.openItems];
    if (!isGraphData && targets.length === 0) return;
    this.gather("data", (text) => {
      if (isGraphData) {
        const cast = castData(this.keys.graph, key, text);
        this.graphData[cast.name] = cast.value;
      }
      for (const item of targets) {
        const cast = castData(this.keys[item.domain], key, text);
        item.data[cast.name] = cast.value;
      }
    });
  }

  private openItem(tag: XmlTag, domain: "node" | "edge"): void {
    const raw =
      domain === "edge"
        ? this.skeleton.addEdge(tag, this.isUndirected(tag.attributes.directed))
        : this.skeleton.addNode(tag);
    this.openItems.push({ raw, domain, data: {} });
  }

  private isUndirected(directed: string | undefined): boolean {
    return directed === undefined ? this.undirectedByDefault : directed !== "true";
  }

  private closeItem(): void {
    const item = this.openItems.pop();
    if (!item) return;
    const { data } = item;
    const defaults = this.defaults[item.domain];
    for (const key in defaults) if (!(key in data)) data[key] = defaults[key];
    item.raw.attributes = withColour(data);
  }
}

/** A <data> value under its key's name, cast by its type; an undeclared key keeps its id and text. */
function castData(
  keys: Map<string, Key>,
  key: string | null,
  text: string,
): { name: string; value: unknown } {
  const declared = keys.get(String(key));
  return declared
    ? { name: declared.name, value: declared.cast(text) }
    : { name: String(key), value: text };
}

/** graphology-graphml's DEFAULT_FORMATTER: numeric r, g, b become one `color` in hex. */
function withColour(data: Attributes): Attributes {
  const { r, g, b } = data;
  if (typeof r !== "number" || typeof g !== "number" || typeof b !== "number") return data;
  const result: Attributes = {};
  for (const name in data)
    if (name !== "r" && name !== "g" && name !== "b") result[name] = data[name];
  const hex = (value: number) => `0${(value | 0).toString(16)}`.slice(-2);
  result.color = `#${hex(r)}${hex(g)}${hex(b)}`;
  return result;
}
