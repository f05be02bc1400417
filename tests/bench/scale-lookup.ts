/**
 * The lookup half of scale.ts: the real API in a child process (scale-server.ts) loaded by
 * autocannon with GET /v1/credit/<prefixes> shaped as the extension sends them (scale-workload.ts),
 * in three workloads: cold (a fresh instance, every host equally likely: nearly all cache misses,
 * database work), realistic (Zipf popularity, measured after a warm-up of the same traffic) and hot
 * (1,000 fixed prefix lists: all hits). Reports req/s, p99, the instance cache's hit rate during
 * the run, and CPU: the server process's (/proc) and, on a local PostgreSQL, the cluster's
 * (pg-cpu.ts), so req per CPU-second is known on a shared machine.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { clusterCpu, procCpu } from './pg-cpu';
import { makeWorkload, type Population, type Workload } from './scale-workload';

export interface LookupRun { rps: number; p99: number; non2xx: number; requests: number; hitRate: number; serverCpuS: number | null; dbCpuS: number | null }
export type LookupRuns = Record<Workload, LookupRun>;

/** LG_BENCH_WARMUP: requests of realistic traffic before the realistic run is measured (default 5,000) */
export const WARMUP = Number(process.env.LG_BENCH_WARMUP ?? 5000);

async function startChild(dataDir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [...(process.env.LG_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'tests/bench/scale-server.ts', dataDir], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const lines = createInterface({ input: child.stdout! });
  const { url } = JSON.parse(await nextLine(lines)) as { url: string };
  return { child, lines, url };
}

const nextLine = (rl: Interface) => new Promise<string>((r) => rl.once('line', r));

async function stats(c: { child: ChildProcess; lines: Interface }) {
  const line = nextLine(c.lines);
  c.child.stdin!.write('stats\n');
  return JSON.parse(await line) as { hits: number; misses: number };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited; // PGlite: one process per data folder, the next child opens it
}

export async function measureLookups(dataDir: string, env: Record<string, string>, postmaster: number | null, seconds: number, pop: Population): Promise<LookupRuns> {
  const { next, hot: hotLists } = makeWorkload(pop);
  let c = await startChild(dataDir, env);
  const run = async (kind: Workload, duration: number, amount?: number): Promise<LookupRun> => {
    const s0 = await stats(c);
    const c0 = procCpu(c.child.pid!);
    const d0 = clusterCpu(postmaster);
    const r = await autocannon({ url: c.url, connections: 10, duration, ...(amount ? { amount } : {}), requests: [{ setupRequest: (req) => ({ ...req, path: next[kind]() }) }] });
    const c1 = procCpu(c.child.pid!);
    const d1 = clusterCpu(postmaster);
    const s1 = await stats(c);
    const lookups = s1.hits + s1.misses - s0.hits - s0.misses;
    return {
      rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, requests: r.requests.total,
      hitRate: lookups ? (s1.hits - s0.hits) / lookups : 0,
      serverCpuS: c0 != null && c1 != null ? c1 - c0 : null, dbCpuS: d0 != null && d1 != null ? d1 - d0 : null,
    };
  };
  try {
    await run('cold', 2); // JIT and connections; the cold run's keys rarely repeat, so the cache stays near empty
    const cold = await run('cold', seconds);
    // the realistic run starts from a fresh instance too, then warms up on its own traffic
    await stop(c.child);
    c = await startChild(dataDir, env);
    await run('realistic', 0, WARMUP);
    const realistic = await run('realistic', seconds);
    // every hot list once into the cache
    let i = 0;
    await autocannon({ url: c.url, connections: 10, amount: hotLists.length, requests: [{ setupRequest: (req) => ({ ...req, path: hotLists[i++ % hotLists.length]! }) }] });
    const hot = await run('hot', seconds);
    return { cold, realistic, hot };
  } finally {
    await stop(c.child);
  }
}
