// The real graph files the tests open live in the repository (tests/fixtures, see its README), so a
// plain clone runs every test; this is the one place that knows where.
import { resolve } from "node:path";

export const FIXTURES = resolve(import.meta.dirname, "fixtures");

/** The absolute path of a fixture file, e.g. fixturePath("les-miserables.gexf"). */
export function fixturePath(name: string): string {
  return resolve(FIXTURES, name);
}
