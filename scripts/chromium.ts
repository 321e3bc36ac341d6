// Where the browser tests and the benchmark find Chromium and how they start it: Debian's package (or
// $CHROME_PATH), headless, with everything that would reach the network switched off.
import { existsSync } from "node:fs";

/** `hint` says what else the caller can do when none is found. */
export function chromiumPath(hint = ""): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((path): path is string =>
    Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found at $CHROME_PATH or /usr/bin/chromium. Run `node scripts/ensure-chromium.mjs` " +
        "(installs Debian's chromium when run as root) or set CHROME_PATH." +
        hint,
    );
  }
  return found;
}

/**
 * Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir in args).
 * SwiftShader stands in for the GPU, so sigma's WebGL draws under --disable-gpu.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];
