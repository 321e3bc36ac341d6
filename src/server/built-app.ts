// Finds the built explorer for `kg serve`, building it first when it is missing, so one command
// serves the app and its API. Without Vite (a production-only install) it says what to run.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const BUILD_COMMAND = "npm run build";

/** The folder holding index.html, after building it when needed; or one line saying what to run. */
export async function ensureBuiltApp(
  root: string,
  log: (line: string) => void,
): Promise<{ ok: true; dir: string } | { ok: false; message: string }> {
  const dir = join(root, "dist");
  if (existsSync(join(dir, "index.html"))) return { ok: true, dir };
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    return {
      ok: false,
      message: `the explorer is not built and Vite is not installed: run npm ci && ${BUILD_COMMAND} in ${root}`,
    };
  }
  log(`the explorer is not built yet: building it (${BUILD_COMMAND}), about a minute…`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [vite, "build", "--logLevel", "warn"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", () => resolve(1));
    child.on("exit", (status) => resolve(status ?? 1));
  });
  if (code !== 0 || !existsSync(join(dir, "index.html"))) {
    return {
      ok: false,
      message: `building the explorer failed: run ${BUILD_COMMAND} in ${root} to see why`,
    };
  }
  return { ok: true, dir };
}
