// GEXF read element by element as the file streams in: the same attributes graphology-gexf's
// parser gives (declared types and defaults, label/weight/kind, viz colour, size, position, shape,
// thickness; <meta> as graph attributes), without a DOM. Like that parser, an element takes the
// <attvalue>s and viz tags of its descendants, and the first viz tag of each kind wins.
// The declarations (<attributes>) are applied as they are read: GEXF puts them before the nodes.
import { parseValue } from "graphology-gexf/common/helpers.js";
import type { RawEdge, RawNode, RawResult } from "./normalise.ts";
import type { XmlHandler, XmlTag } from "./stream-xml.ts";
import { StreamSkeleton } from "./stream-xml-skeleton.ts";

type Attributes = Record<string, unknown>;
interface Declared {
  type: string;
  title: string;
}
interface Model {
  declared: Map<string, Declared>;
  defaults: Attributes;
}
/** The first viz tag of a kind, by how graphology looks for it: `viz:name`, namespace `viz`, bare. */
type VizTags = Map<string, (Record<string, string> | undefined)[]>;
interface Capture {
  name: string;
  depth: number;
  into(text: string): void;
  done?(): void;
}
interface OpenItem {
  raw: RawNode | RawEdge;
  isEdge: boolean;
  data: Attributes;
  viz: VizTags;
}

const VIZ_NAMES = new Set(["color", "size", "position", "shape", "thickness"]);

export class GexfStream implements XmlHandler {
  readonly skeleton: StreamSkeleton;
  private readonly models: Record<"node" | "edge", Model> = {
    node: { declared: new Map(), defaults: {} },
    edge: { declared: new Map(), defaults: {} },
  };
  private readonly openItems: OpenItem[] = [];
  private defaultEdgeType: string | null = null;
  private modelClass: "node" | "edge" | null = null;
  private declaring: (Declared & { id: string; defaultText: string | null }) | null = null;
  /** The element whose text is being gathered (a <meta> child, a <default>), if any. */
  private capture: Capture | null = null;
  private depth = 0;
  private metaDepth = -1;
  private hasMeta = false;
  private readonly meta: Attributes = {};

  constructor(file: string) {
    this.skeleton = new StreamSkeleton(file, "GEXF");
  }

  open(tag: XmlTag): void {
    this.depth++;
    this.skeleton.see(tag);
    const { name, attributes } = tag;
    if (this.metaDepth !== -1 && this.depth === this.metaDepth + 1) this.collectMeta(tag);
    if (name === "node") this.openItem(tag, false);
    else if (name === "edge") this.openItem(tag, true);
    else if (name === "attvalue") this.attValue(attributes);
    else if (name === "graph" && this.defaultEdgeType === null) {
      const type = attributes.defaultedgetype || "undirected";
      this.defaultEdgeType = type === "mutual" ? "undirected" : type;
    } else if (name === "meta" && !this.hasMeta) {
      this.hasMeta = true;
      this.metaDepth = this.depth;
      if (attributes.lastmodifieddate) this.meta.lastModifiedDate = attributes.lastmodifieddate;
    } else if (name === "attributes") this.startModel(attributes.class);
    else if (name === "attribute" && this.modelClass) this.declare(attributes);
    else if (name === "default" && this.declaring && this.declaring.defaultText === null) {
      const declaring = this.declaring;
      declaring.defaultText = "";
      this.capture = {
        name,
        depth: this.depth,
        into: (text) => {
          declaring.defaultText += text;
        },
      };
    }
    this.noteViz(tag);
  }

  close(name: string): void {
    if (this.capture?.name === name && this.capture.depth === this.depth) {
      this.capture.done?.();
      this.capture = null;
    }
    if (name === "node" || name === "edge") this.closeItem();
    else if (name === "attribute" && this.declaring) this.commitDeclaration();
    else if (name === "attributes") this.modelClass = null;
    else if (name === "meta" && this.depth === this.metaDepth) this.metaDepth = -1;
    this.depth--;
  }

  text(text: string): void {
    this.capture?.into(text);
  }

  finish(options: { addMissingNodes?: boolean }): RawResult {
    // graphology's parser sets <meta>'s children first, then lastmodifieddate.
    const { lastModifiedDate, ...children } = this.meta;
    const attributes: Attributes = { ...children };
    if (lastModifiedDate !== undefined) attributes.lastModifiedDate = lastModifiedDate;
    return this.skeleton.finish(attributes, options);
  }

  /** A direct child of the first <meta>: its text, when not blank, under its lower-cased name. */
  private collectMeta(tag: XmlTag): void {
    let value = "";
    this.capture = {
      name: tag.name,
      depth: this.depth,
      into: (text) => {
        value += text;
      },
      done: () => {
        if (value.trim()) this.meta[tag.name.toLowerCase()] = value;
      },
    };
  }

  private startModel(kind: string | undefined): void {
    this.modelClass = kind === "node" || kind === "edge" ? kind : null;
    // graphology reads the last <attributes> of each class, so a later one replaces the model.
    if (this.modelClass) this.models[this.modelClass] = { declared: new Map(), defaults: {} };
  }

  private declare(attributes: Record<string, string>): void {
    const id = String(attributes.id || attributes.for || null);
    const title = Number.isNaN(+id) ? id : attributes.title || id;
    this.declaring = { id, type: attributes.type || "string", title, defaultText: null };
  }

  private commitDeclaration(): void {
    const declaring = this.declaring;
    const model = this.modelClass && this.models[this.modelClass];
    this.declaring = null;
    if (!declaring || !model) return;
    model.declared.set(declaring.id, { type: declaring.type, title: declaring.title });
    if (declaring.defaultText !== null) {
      model.defaults[declaring.title] = parseValue(declaring.type, declaring.defaultText);
    }
  }

  private openItem(tag: XmlTag, isEdge: boolean): void {
    const { label, weight, kind, type } = tag.attributes;
    const edgeType = type || this.defaultEdgeType || "undirected";
    const raw = isEdge
      ? this.skeleton.addEdge(tag, edgeType !== "directed")
      : this.skeleton.addNode(tag);
    const data: Attributes = {};
    if (label) data.label = label;
    if (weight) data.weight = +weight;
    if (kind) data.kind = kind;
    this.openItems.push({ raw, isEdge, data, viz: new Map() });
  }

  private attValue(attributes: Record<string, string>): void {
    const id = String(attributes.id || attributes.for || null);
    const value = attributes.value ?? null;
    for (const item of this.openItems) {
      const declared = this.models[item.isEdge ? "edge" : "node"].declared.get(id);
      const title = declared ? declared.title : id;
      item.data[title] = parseValue(declared ? declared.type : "string", value);
    }
  }

  private noteViz(tag: XmlTag): void {
    if (!VIZ_NAMES.has(tag.local) || this.openItems.length === 0) return;
    const tier =
      tag.name === `viz:${tag.local}` ? 0 : tag.uri === "viz" ? 1 : tag.name === tag.local ? 2 : -1;
    if (tier === -1) return;
    for (const item of this.openItems) {
      const tiers = item.viz.get(tag.local) ?? [];
      tiers[tier] ??= tag.attributes;
      item.viz.set(tag.local, tiers);
    }
  }

  private closeItem(): void {
    const item = this.openItems.pop();
    if (!item) return;
    const { data } = item;
    const { defaults } = this.models[item.isEdge ? "edge" : "node"];
    for (const key in defaults) if (!(key in data)) data[key] = defaults[key];
    applyViz(data, item.viz);
    item.raw.attributes = data;
  }
}

/** Colour, size, position, shape and thickness as graphology-gexf's collectAttributes sets them. */
function applyViz(data: Attributes, viz: VizTags): void {
  const first = (name: string) => viz.get(name)?.find((tag) => tag !== undefined);
  const attribute = (tag: Record<string, string>, name: string) => tag[name] ?? null;
  const color = first("color");
  if (color) {
    const [r, g, b, a] = ["r", "g", "b", "a"].map((name) => attribute(color, name));
    data.color = color.hex ? color.hex : a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
  }
  const size = first("size");
  if (size) data.size = +(attribute(size, "value") as string);
  const position = first("position");
  if (position) {
    for (const axis of ["x", "y", "z"]) {
      const value = position[axis];
      if (value) data[axis] = +value;
    }
  }
  const shape = first("shape");
  if (shape) data.shape = attribute(shape, "value");
  const thickness = first("thickness");
  if (thickness) data.thickness = +(attribute(thickness, "value") as string);
}
