// `--kinds` and `--relations` name what to KEEP; the queries take what to HIDE. One translation,
// shared by every command that filters, so they accept and reject the same lists.
import type { KnowledgeGraph } from "../model/types.ts";
import { NODE_KINDS, RELATIONS } from "../model/vocabulary.ts";
import { parseList } from "./args.ts";

export interface HiddenItems {
  hiddenKinds: string[];
  hiddenRelations: string[];
}

export function hiddenFromKeepLists(
  graph: KnowledgeGraph,
  keptKinds: string | undefined,
  keptRelations: string | undefined,
): HiddenItems {
  const kinds = present(
    NODE_KINDS,
    graph.mapNodes((_key, attributes) => attributes.nodeKind),
  );
  const relations = present(
    RELATIONS,
    graph.mapEdges((_key, attributes) => attributes.relation),
  );
  return {
    hiddenKinds: without(kinds, keptKinds && parseList("--kinds", keptKinds, kinds, "kind")),
    hiddenRelations: without(
      relations,
      keptRelations && parseList("--relations", keptRelations, relations, "relation"),
    ),
  };
}

/** The vocabulary, plus any other value the graph uses (imported graphs may have their own). */
function present(vocabulary: readonly string[], used: string[]): string[] {
  return [...new Set([...vocabulary, ...used.filter((value) => typeof value === "string")])];
}

function without(all: string[], kept: string[] | undefined | ""): string[] {
  if (!kept) return [];
  return all.filter((value) => !kept.includes(value));
}
