// How a relation reads from each end: "China — proposed → the concept", and from the concept
// "← proposed by China". Unknown relations (imported graphs) fall back to the bare name.

const INCOMING: Record<string, string> = {
  proposed: "proposed by",
  reiterated: "reiterated by",
  addresses: "addressed by",
  "contrasts-with": "contrasted with by",
  issued: "issued by",
  "part-of": "has part",
  "presented-at": "where was presented",
  emphasizes: "emphasized by",
  "aims-at": "aimed at by",
};

export function outgoingPhrase(relation: string): string {
  return `${relation.replace(/-/g, " ")} →`;
}

export function incomingPhrase(relation: string): string {
  return `← ${INCOMING[relation] ?? `${relation.replace(/-/g, " ")} (from)`}`;
}

/** An undirected edge (a file said so) reads the same from both ends, without an arrow. */
export function undirectedPhrase(relation: string): string {
  return `${relation.replace(/-/g, " ")} (no direction)`;
}
