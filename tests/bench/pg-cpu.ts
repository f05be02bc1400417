/**
 * CPU seconds used by a LOCAL PostgreSQL cluster (issue 22's bench): the machine is shared, so a
 * wall-clock rate understates capacity; records per CPU-second does not. Sums, from /proc, the CPU
 * of the postmaster's live children (backends, walwriter, checkpointer, autovacuum workers) and the
 * postmaster's own, including its cutime/cstime: the CPU of every child it has reaped. Without that
 * a backend or autovacuum worker that exited between two readings took its CPU with it and a
 * difference could come out negative (stop 30's hot-run cell). Children are read before the
 * postmaster, so a child reaped in between is counted twice rather than lost (a window of
 * microseconds). Every client's backend counts: another bench or suite on the same cluster at the
 * same time inflates the figure. Null when the cluster is not on this machine or /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Queryable } from '../../server/src/db/types';

const TICKS = 100; // USER_HZ on Linux

/** `cpu`: the process's own utime+stime; `reaped`: cutime+cstime, its waited-for children's */
function stat(pid: number, proc = '/proc'): { ppid: number; cpu: number; reaped: number } | null {
  try {
    const s = readFileSync(`${proc}/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on: f[i] is field i + 3
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS, reaped: (Number(f[13]) + Number(f[14])) / TICKS };
  } catch {
    return null;
  }
}

export async function postmasterPid(q: Queryable): Promise<number | null> {
  const [r] = await q.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const me = r ? stat(Number(r.pid)) : null;
  return me ? me.ppid : null;
}

/** CPU seconds (user + system) of one process, e.g. the API server's child. */
export const procCpu = (pid: number): number | null => stat(pid)?.cpu ?? null;

/** CPU seconds the cluster has used so far: live children, reaped children and the postmaster itself (never decreases). */
export function clusterCpu(postmaster: number | null, proc = '/proc'): number | null {
  if (postmaster == null) return null;
  let sum = 0;
  for (const d of readdirSync(proc)) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d), proc);
    if (s && s.ppid === postmaster) sum += s.cpu + s.reaped;
  }
  const pm = stat(postmaster, proc);
  return pm ? sum + pm.cpu + pm.reaped : null;
}
