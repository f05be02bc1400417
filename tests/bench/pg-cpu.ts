/**
 * CPU seconds used by a LOCAL PostgreSQL cluster (issue 22's bench): the machine is shared, so a
 * wall-clock rate understates capacity; records per CPU-second does not. Sums utime+stime of the
 * postmaster's children (backends, walwriter, checkpointer, autovacuum) from /proc. Backends that
 * exit between two readings lose their share, so read before closing the pool. Every client's
 * backend counts: another bench or suite on the same cluster at the same time inflates the figure. Null when the
 * cluster is not on this machine or /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Queryable } from '../../server/src/db/types';

const TICKS = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; cpu: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS };
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

/** CPU seconds of every child of the postmaster right now. */
export function clusterCpu(postmaster: number | null): number | null {
  if (postmaster == null) return null;
  let sum = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d));
    if (s && s.ppid === postmaster) sum += s.cpu;
  }
  return sum;
}
