// Connections to PostgreSQL for the store and `kg db`: the URL from --db, DATABASE_URL or the
// standard PG* variables (node-postgres reads those itself), a statement_timeout on every
// query, and database errors turned into one line that names the problem and the fix.
import pg from "pg";
import { StoreUnavailableError } from "../graph-store.ts";

export const DEFAULT_STATEMENT_TIMEOUT_MS = 8000;

export interface ConnectOptions {
  /** postgres://user:password@host:port/database; else DATABASE_URL; else the PG* variables. */
  url?: string;
  statementTimeoutMs?: number;
  max?: number;
}

export function createPool(options: ConnectOptions = {}): pg.Pool {
  const connectionString = options.url ?? process.env.DATABASE_URL;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 8,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMillis: 5000,
    application_name: "kg-explorer",
    // Every query is a few index probes: compiling one with JIT (on by default for costly-looking
    // plans, such as those with long id arrays) takes longer than running it.
    // Nor parallel workers: starting two for a walk's index scans cost more than they saved, and
    // concurrent requests keep both cores busy anyway.
    options: "-c jit=off -c max_parallel_workers_per_gather=0",
  });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  return pool;
}

/** Where a URL points, without its password, for messages. */
export function describeTarget(url: string | undefined): string {
  const text = url ?? process.env.DATABASE_URL;
  if (!text)
    return `the PG* settings (host ${process.env.PGHOST ?? "localhost"}, port ${process.env.PGPORT ?? 5432})`;
  try {
    const parsed = new URL(text);
    return `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1) || "(default database)"}`;
  } catch {
    return "the given URL";
  }
}

/** One line for a connection or query failure: what happened and how to fix it. */
export function explainDatabaseError(error: unknown, target: string): string {
  const { code, message } = error as { code?: string; message?: string };
  const first = String(message ?? error).split("\n")[0];
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return `cannot reach PostgreSQL at ${target} (${code}): start the server or fix the host and port in --db / DATABASE_URL`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${target} refused the login (${first}): fix the user and password in --db / DATABASE_URL (or PGUSER/PGPASSWORD)`;
    case "3D000":
      return `${first} at ${target}: create it (createdb NAME) or name an existing database in --db`;
    case "57014":
      return `the database query took too long (statement_timeout): ask for less (smaller depth or limit)`;
    case "57P01":
    case "57P03":
      return `PostgreSQL at ${target} is shutting down or starting up: try again when it is running`;
    default:
      if (/timeout expired|Connection terminated/i.test(first)) {
        return `cannot reach PostgreSQL at ${target} (${first}): start the server or fix --db / DATABASE_URL`;
      }
      return `PostgreSQL at ${target}: ${first}`;
  }
}

/** Is this a failure of the database (not of the request)? Then the store is unavailable. */
export function asStoreError(error: unknown, target: string): Error {
  const code = (error as { code?: string }).code ?? "";
  const message = String((error as Error).message ?? "");
  if (code === "57014") {
    return new StoreUnavailableError(
      "the database query took longer than its time limit",
      "ask for a smaller depth or limit, or add filters",
    );
  }
  if (
    /^(08|57P|53)/.test(code) ||
    /^E[A-Z]+$/.test(code) ||
    /Connection terminated|timeout expired/i.test(message)
  ) {
    return new StoreUnavailableError(explainDatabaseError(error, target));
  }
  return error as Error;
}
