// Types for the files of graphology-gexf and graphology-graphml we import directly: their
// package entries pick a DOMParser at load time, which breaks in Node or in a web worker.

declare module "graphology-gexf/browser/writer.js" {
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  import type { AbstractGraph, Attributes } from "graphology-types";

  export default function write(
    graph: AbstractGraph<Attributes, Attributes, Attributes>,
    options?: GexfWriterOptions,
  ): string;
}

declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";

  export default function createParserFunction(
    domParser: unknown,
    documentClass: unknown,
  ): (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
}

declare module "graphology-graphml/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";

  export default function createParserFunction(
    domParser: unknown,
    documentClass: unknown,
  ): (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
}

declare module "graphology-gexf/common/helpers.js" {
  /** A GEXF attribute value cast by its declared type (`integer`, `liststring`...). */
  export function parseValue(type: string, value: string | null): unknown;
}
