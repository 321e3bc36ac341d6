// The JSON API over PostgresStore: the same endpoint, error and injection tests as over memory.
import { vi } from "vitest";

import { BUILT_IN_GRAPH } from "../../src/cli/paths.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import { apiSuite } from "../server/api-suite.ts";
import { loadedStore } from "./database.ts";

// Generous: the machine running the tests may be shared and slow; nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

apiSuite("PostgresStore", async () => {
  const read = readCurated(BUILT_IN_GRAPH);
  if (!read.ok) throw new Error("the built-in graph does not load");
  return loadedStore(read.graph, "api", read.sourceTexts);
});
