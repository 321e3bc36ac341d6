// The JSON API over PostgresStore: the same endpoint, error and injection tests as over memory.

import { BUILT_IN_GRAPH } from "../../src/cli/paths.ts";
import { readCurated } from "../../src/cli/read-curated.ts";
import { apiSuite } from "../server/api-suite.ts";
import { loadedStore } from "./database.ts";

apiSuite("PostgresStore", async () => {
  const read = readCurated(BUILT_IN_GRAPH);
  if (!read.ok) throw new Error("the built-in graph does not load");
  return loadedStore(read.graph, "api", read.sourceTexts);
});
