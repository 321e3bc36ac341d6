// A throwaway PostgreSQL server for the tests and the benchmark: finds Debian's PostgreSQL (or
// installs the `postgresql` package when root with apt-get), creates a cluster in a temporary
// folder owned by `postgres` on a free local port, and stops and removes it afterwards. When it
// cannot, it throws saying how to fix it: the tests never skip PostgreSQL silently.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Cluster {
  /** postgres://kg@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  stop(): void;
}

const FIX =
  "install PostgreSQL (Debian: apt-get install postgresql), or run the tests as root so they can, then try again";

function findBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0], "bin") : null;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** The bin folder of Debian's PostgreSQL, installing the package when it is missing and we may. */
export function ensurePostgres(log: (line: string) => void = console.error): string {
  const found = findBinDir();
  if (found) return found;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot() || !hasApt)
    throw new Error(`PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): ${FIX}`);
  log("postgres-cluster: installing Debian's postgresql package (apt-get)...");
  const install = spawnSync(
    "sh",
    ["-c", "apt-get update && apt-get install -y --no-install-recommends postgresql"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    },
  );
  const installed = findBinDir();
  if (install.status !== 0 || !installed) {
    throw new Error(`apt-get could not install postgresql (exit ${install.status}): ${FIX}`);
  }
  return installed;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function runAs(binary: string, args: string[]): void {
  const [command, argv] = isRoot()
    ? ["su", ["postgres", "-s", "/bin/sh", "-c", [binary, ...args].map(shellQuote).join(" ")]]
    : [binary, args];
  const result = spawnSync(command, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.stdout ?? ""}`
      .trim()
      .split("\n")
      .slice(-3)
      .join(" / ");
    throw new Error(`${binary.split("/").pop()} failed: ${output || result.error?.message}`);
  }
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** Starts a new cluster (superuser `kg`, trust authentication, 127.0.0.1 only). */
export async function startCluster(options: { settings?: string[] } = {}): Promise<Cluster> {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), "kg-postgres-"));
  chmodSync(dir, 0o700);
  if (isRoot()) execFileSync("chown", ["postgres:postgres", dir]);
  const data = join(dir, "data");
  try {
    runAs(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "kg", "-E", "UTF8", "--no-sync"]);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      ...(options.settings ?? []),
    ];
    runAs(join(bin, "pg_ctl"), [
      "-D",
      data,
      "-o",
      settings.join(" "),
      "-l",
      join(dir, "log"),
      "-w",
      "start",
    ]);
    let stopped = false;
    return {
      url: `postgres://kg@127.0.0.1:${port}/postgres`,
      port,
      stop() {
        if (stopped) return;
        stopped = true;
        try {
          runAs(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a PostgreSQL cluster: ${(error as Error).message}; ${FIX}`);
  }
}
