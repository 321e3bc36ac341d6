// The one way the store's query modules reach the database: SQL written against the current
// version's table names, with its values as parameters.
import type { VersionTables } from "./schema.ts";

/** Runs SQL against the current version's tables; `sql` gets the table names. */
export type VersionQuery = <R extends Record<string, unknown>>(
  sql: (tables: VersionTables) => string,
  values?: unknown[],
) => Promise<R[]>;
