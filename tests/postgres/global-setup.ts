// Starts a throwaway PostgreSQL cluster for the unit tests (installing Debian's package when
// missing and allowed) and stops it at the end. If it cannot start, the run fails saying how to
// fix it: the database tests never skip silently.
import type { TestProject } from "vitest/node";
import { startCluster } from "../../scripts/postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgres://kg@127.0.0.1:PORT/postgres of the throwaway cluster. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide("databaseUrl", cluster.url);
  return () => cluster.stop();
}
