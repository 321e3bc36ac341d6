// Counts in words, right for one and for many ("1 edge", "3 edges"), everywhere a count is printed:
// the CLI, the status line, Details, the export and open messages.

/** "1 edge", "2 edges", "1 match" / "2 matches" with an irregular plural given. */
export function counted(count: number, word: string, plural = `${word}s`): string {
  return `${count} ${count === 1 ? word : plural}`;
}

/** The word alone, for "12 of 81 nodes": plural unless the count is exactly one. */
export function wordFor(count: number, word: string, plural = `${word}s`): string {
  return count === 1 ? word : plural;
}
