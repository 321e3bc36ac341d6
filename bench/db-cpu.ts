// CPU time used by a PostgreSQL cluster's processes, read from /proc (Linux): the postmaster's
// children (backends, parallel workers, background processes) and those already ended. The
// database benchmark subtracts two readings around its queries, so a query's cost can be told
// apart from the time it waited for a core on a shared machine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Pool } from "pg";
import type { CpuClock } from "./db-queries.ts";

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A process's /proc stat fields after its name: [state, ppid, …]; null once it has ended. */
function stat(pid: number | string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The CPU clock of the cluster `pool` talks to; 0 throughout where /proc cannot tell. */
export async function clusterCpu(pool: Pool): Promise<CpuClock> {
  if (!existsSync("/proc/self/stat")) return () => 0;
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const postmaster = Number(stat(rows[0].pid)?.[1] ?? 0);
  if (!postmaster) return () => 0;
  return () => {
    // utime, stime are fields 14, 15 of stat; cutime, cstime (ended children) 16, 17.
    const own = stat(postmaster);
    let ticks = own ? Number(own[13]) + Number(own[14]) : 0;
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const fields = stat(name);
      if (fields && Number(fields[1]) === postmaster)
        ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / TICKS_PER_SECOND;
  };
}
