// Builds the app, serves the build with `vite preview` (and its Content-Security-Policy header)
// on a free local port, starts Chromium, hands both addresses to the tests, and tears it all down.
import { createServer } from "node:net";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Root URL of the served build, ending with "/". */
    appUrl: string;
    /** Playwright endpoint of the running Chromium, for chromium.connect(). */
    wsEndpoint: string;
  }
}

const root = resolve(import.meta.dirname, "../..");
const outDir = resolve(root, "test-artifacts/build");

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export default async function setup(project: TestProject) {
  // "test" mode: the production bundle plus the window.__kg handle the tests drive.
  await build({ root, mode: "test", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    root,
    mode: "test",
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  const browser = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });

  project.provide("appUrl", `http://127.0.0.1:${port}/`);
  project.provide("wsEndpoint", browser.wsEndpoint());

  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  };
}
