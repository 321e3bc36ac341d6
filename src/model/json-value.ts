// The one way to look at a JSON value of unknown shape: is it an object, and how to name what it
// is in an error ("an array", "a number (3)"). Curated-file validation and the JSON import both
// use it, so an error reads the same whichever of them finds the problem.

export type Json = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What `value` is, for "must be X, not …": "null", "an array", "an object", "a string ("x")". */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value === "undefined" ? "nothing" : `a ${typeof value}`} (${JSON.stringify(value)})`;
}
