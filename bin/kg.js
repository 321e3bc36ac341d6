#!/usr/bin/env node
// The installed `kg` command: runs the TypeScript CLI through tsx in this same process, so
// `npx kg …` works without a build step and from any directory.
import { tsImport } from "tsx/esm/api";

const { runCli } = await tsImport("../src/cli/main.ts", import.meta.url);
process.exitCode = await runCli(process.argv.slice(2));
