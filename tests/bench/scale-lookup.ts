/**
 * The lookup half of scale.ts: the real API in a child process (scale-server.ts) loaded by
 * autocannon with GET /v1/credit/<5 hex>, twice: random prefixes over all 16^5 (nearly every
 * request a cache miss: database work) and prefixes drawn from 1,000 popular ones (after the
 * warm-up, cache hits). Reports req/s, p99 and CPU: the server process's (/proc) and, on a local
 * PostgreSQL, the cluster's (pg-cpu.ts), so req per CPU-second is known on a shared machine.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { clusterCpu, procCpu } from './pg-cpu';

export interface LookupRun { rps: number; p99: number; non2xx: number; requests: number; serverCpuS: number | null; dbCpuS: number | null }

export async function measureLookups(dataDir: string, env: Record<string, string>, postmaster: number | null, seconds: number) {
  const child = spawn(process.execPath, [...(process.env.LG_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'tests/bench/scale-server.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  try {
    const { url } = JSON.parse(await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r))) as { url: string };
    const popular = Array.from({ length: 1000 }, () => randomBytes(3).toString('hex').slice(0, 5));
    const pick = { random: () => randomBytes(3).toString('hex').slice(0, 5), popular: () => popular[Math.floor(Math.random() * popular.length)]! };
    const run = async (kind: keyof typeof pick, duration: number): Promise<LookupRun> => {
      const c0 = procCpu(child.pid!);
      const d0 = clusterCpu(postmaster);
      const r = await autocannon({ url, connections: 10, duration, requests: [{ setupRequest: (req) => ({ ...req, path: `/v1/credit/${pick[kind]()}` }) }] });
      const c1 = procCpu(child.pid!);
      const d1 = clusterCpu(postmaster);
      return {
        rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, requests: r.requests.total,
        serverCpuS: c0 != null && c1 != null ? c1 - c0 : null, dbCpuS: d0 != null && d1 != null ? d1 - d0 : null,
      };
    };
    await run('random', 2); // warm-up: JIT, connections
    const random = await run('random', seconds);
    await run('popular', 2); // fills the cache with the popular set
    const popularRun = await run('popular', seconds);
    return { random, popular: popularRun };
  } finally {
    child.kill();
  }
}
