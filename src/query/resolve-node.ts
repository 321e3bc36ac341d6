// Lets people name nodes the way they think of them: "kg export --focus China" or a label typed in
// the explorer finds the node by key, label or alias, and a typo gets suggestions instead of nothing.
import { didYouMean } from "../model/did-you-mean.ts";
import { foldText } from "../model/fold-text.ts";
import type { KnowledgeGraph } from "../model/types.ts";

export type NodeResolution =
  | { ok: true; key: string }
  | {
      ok: false;
      /** One line: what was not found (or is ambiguous) and the suggestions. */
      message: string;
      /** Keys the user may have meant, best first. */
      suggestions: string[];
    };

/** By exact key first, then by key, label or alias ignoring case, accents and spacing. */
export function resolveNode(graph: KnowledgeGraph, keyOrLabel: string): NodeResolution {
  const wanted = keyOrLabel.trim();
  if (graph.hasNode(wanted)) return { ok: true, key: wanted };

  const folded = foldText(wanted);
  const matches: string[] = [];
  graph.forEachNode((key, attributes) => {
    const names = [key, attributes.label, ...(attributes.aliases ?? [])];
    if (names.some((name) => typeof name === "string" && foldText(name) === folded)) {
      matches.push(key);
    }
  });
  if (matches.length === 1) return { ok: true, key: matches[0] };
  if (matches.length > 1) {
    return {
      ok: false,
      message: `${JSON.stringify(wanted)} names several nodes: ${matches.map((key) => describeNode(graph, key)).join(", ")}; give the key`,
      suggestions: matches,
    };
  }

  const candidates = graph.mapNodes((key, attributes) => ({
    value: key,
    names: [attributes.label, ...(attributes.aliases ?? [])].filter(
      (name): name is string => typeof name === "string",
    ),
  }));
  const suggestions = didYouMean(wanted, candidates);
  const hint =
    suggestions.length === 0
      ? ""
      : ` (did you mean ${suggestions.map((key) => describeNode(graph, key)).join(" or ")}?)`;
  return {
    ok: false,
    message: `no node has the key, label or alias ${JSON.stringify(wanted)}${hint}`,
    suggestions,
  };
}

function describeNode(graph: KnowledgeGraph, key: string): string {
  const label = graph.getNodeAttribute(key, "label");
  return label && label !== key ? `${JSON.stringify(key)} (${label})` : JSON.stringify(key);
}
