// Edge keys are derived from the edge itself, so they are stable across loads and can be
// written into URLs: the same pair may carry several relations, never the same one twice.

export function edgeKey(source: string, relation: string, target: string): string {
  return `${source}~${relation}~${target}`;
}
