// Issue 22's scale bench (tests/bench/pg-cpu.ts): the PostgreSQL cluster's CPU must never go down
// between two readings when a backend exits (stop 30 printed a negative db-CPU cell). Checked on a
// /proc tree written here: the real one cannot be made to reap a child on cue.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterCpu } from '../../tests/bench/pg-cpu';

const proc = mkdtempSync(join(tmpdir(), 'lg-proc-'));
afterAll(() => rmSync(proc, { recursive: true, force: true }));

/** /proc/PID/stat as Linux writes it: utime, stime, cutime, cstime in ticks (fields 14-17) */
function setStat(pid: number, ppid: number, t: { utime: number; stime: number; cutime?: number; cstime?: number }) {
  mkdirSync(join(proc, String(pid)), { recursive: true });
  const f = ['S', ppid, pid, pid, 0, -1, 4194560, 100, 0, 0, 0, t.utime, t.stime, t.cutime ?? 0, t.cstime ?? 0, 20, 0, 1, 0, 12345];
  writeFileSync(join(proc, String(pid), 'stat'), `${pid} (postgres) ${f.join(' ')}\n`);
}

describe('pg-cpu: cluster CPU', () => {
  it('keeps the CPU of a backend that exited (reaped into the postmaster), and counts the postmaster itself', () => {
    const pm = 500;
    setStat(1, 0, { utime: 9000, stime: 9000 }); // not the cluster's
    setStat(pm, 1, { utime: 3, stime: 2 });
    setStat(501, pm, { utime: 40, stime: 10 }); // checkpointer
    setStat(502, pm, { utime: 150, stime: 50 }); // a backend
    const before = clusterCpu(pm, proc)!;
    expect(before).toBeCloseTo((5 + 50 + 200) / 100, 6);
    // the backend worked 1 s more, then its pool closed: it exits and the postmaster reaps it
    rmSync(join(proc, '502'), { recursive: true });
    setStat(pm, 1, { utime: 3, stime: 2, cutime: 230, cstime: 70 });
    setStat(501, pm, { utime: 41, stime: 10 });
    const after = clusterCpu(pm, proc)!;
    expect(after - before).toBeCloseTo((1 + 100) / 100, 6);
    expect(clusterCpu(null, proc)).toBeNull();
    expect(clusterCpu(999, proc)).toBeNull(); // no such postmaster here
  });
});
