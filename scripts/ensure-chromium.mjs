// Makes sure a Chromium exists before the browser tests run, so they never skip silently:
// uses $CHROME_PATH or /usr/bin/chromium, else installs Debian's package when we are root.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter(Boolean);

function findChromium() {
  return candidates.find((path) => existsSync(path));
}

function canUseApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  return isRoot && hasApt;
}

const found = findChromium();
if (found) {
  console.log(`ensure-chromium: using ${found}`);
  process.exit(0);
}

if (!canUseApt()) {
  console.error(
    "ensure-chromium: no Chromium found (looked at $CHROME_PATH and /usr/bin/chromium).\n" +
      "Install one with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a\n" +
      "Chromium or Chrome executable, then run `npm run test:browser` again.",
  );
  process.exit(1);
}

console.log("ensure-chromium: installing Debian's chromium package (apt-get)...");
const install = spawnSync("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
if (install.status !== 0 || !findChromium()) {
  console.error(
    "ensure-chromium: apt-get could not install chromium. Install it by hand\n" +
      "(`apt-get install chromium`) or set CHROME_PATH, then run `npm run test:browser` again.",
  );
  process.exit(1);
}
console.log("ensure-chromium: chromium installed at /usr/bin/chromium");
