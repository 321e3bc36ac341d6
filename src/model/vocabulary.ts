// The small, closed vocabulary of the built-in knowledge graph: what kinds of node and
// which relations a curated file may use. Imported graphs may carry other kinds; the app
// treats those as open strings, but curated files are validated against this list.

export const NODE_KINDS = ["actor", "document", "principle", "threat"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATIONS = [
  "proposed",
  "reiterated",
  "addresses",
  "contrasts-with",
  "issued",
  "presented-at",
  "part-of",
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_MEANINGS: Record<Relation, string> = {
  proposed: "The source put the target forward for the first time, or advocated it.",
  reiterated: "The source stated the target again, restating or developing it.",
  addresses: "The source (a concept or policy) responds to or covers the target threat.",
  "contrasts-with": "The source is set against, differs from or opposes the target.",
  issued: "The source (an actor) wrote, submitted or published the target document.",
  "presented-at": "The source was put forward or submitted at the target forum or meeting.",
  "part-of": "The source is a component of the target: a core element, area, means or member.",
};

export function isRelation(value: unknown): value is Relation {
  return typeof value === "string" && (RELATIONS as readonly string[]).includes(value);
}
