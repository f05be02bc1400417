/**
 * `npm run bench -- scan-cli` (issue 15): the scan CLI end to end, as users run it
 * (`npm run scan` = `node scripts/scan-launch.mjs < in.jsonl`: scripts/scan.ts from a cached esbuild bundle),
 * against a mint-filter CLI with the same I/O (tests/bench/mint-cli.mjs, plain node) on the same input: real
 * chat lines from ../shared/data repeated to LG_BENCH_LINES (default 300k) JSONL lines without "kind". Wall
 * time and CPU time (user + system of the child) per run, including process start; median of
 * LG_BENCH_ROUNDS (default 3) interleaved rounds. The warm-up run of ours starts from an empty bundle cache
 * (what the first `npm run scan` after a change pays) and is printed too; the old path
 * (`node --import tsx scripts/scan.ts`) runs beside them for comparison. Target: ours at least as fast (ratio >= 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';

const DATA = '../shared/data/text';
if (!existsSync(DATA)) {
  console.log(`${DATA} not found; the benchmark needs the shared corpora`);
  process.exit(0);
}
const column = (path: string, col: number) => readFileSync(`${DATA}/${path}`, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[col]).filter((t): t is string => !!t);
const base = [
  ...column('zh_live_chat/bilibili_video_danmaku_sample_3000.tsv', 0),
  ...column('zh_live_chat/livechat_douyin_subset.tsv', 1),
  ...column('en_live_chat/twitch_chat_nymn_2024-01-06.tsv', 3),
  ...column('en_live_chat/youtube_live_chat_pytchat_testdata.tsv', 2),
];
const N = Number(process.env.LG_BENCH_LINES ?? 300_000);
const lines: string[] = [];
for (let i = 0; lines.length < N; i++) lines.push(JSON.stringify({ text: base[i % base.length] }));
const dir = mkdtempSync(join(tmpdir(), 'lg-scan-bench-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, lines.join('\n') + '\n');
const terms = join(dir, 'terms.json');
writeFileSync(terms, JSON.stringify([...new Set(DEFAULT_BUNDLE.vocabulary.flatMap((g) => g.terms))]));

interface Run { ms: number; cpuMs: number; out: number }
// the child's own CPU time (user + system, from /usr/bin/time's format where present; else wall only)
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function time(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const t0 = performance.now();
  const argv = TIME ? [TIME, '-f', 'LG_CPU %U %S', cmd, ...args] : [cmd, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { stdio: [openSync(input, 'r'), 'pipe', 'pipe'], maxBuffer: 1 << 30, env });
  const ms = performance.now() - t0;
  const err = r.stderr.toString();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${err}`);
  const cpu = /LG_CPU ([\d.]+) ([\d.]+)/.exec(err);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, out: r.stdout.toString().split('\n').filter(Boolean).length };
}
const ROUNDS = Math.max(1, Number(process.env.LG_BENCH_ROUNDS ?? 3));
const OURS = ['scripts/scan-launch.mjs'];
const OLD = ['--import', 'tsx', 'scripts/scan.ts'];
const MINT = ['tests/bench/mint-cli.mjs', terms];
// ours in its own bundle cache inside the repo (node resolves packages from there), empty at first
const benchCache = mkdtempSync('node_modules/.cache/lg-scan-bench-');
const oursEnv = { ...process.env, LG_SCAN_CACHE: benchCache };
// warm-up once each (bundle cache, tsx's transform cache, disk cache of the input); ours's first run builds the bundle
const cold = time('node', OURS, oursEnv);
time('node', OLD);
time('node', MINT);
const ours: Run[] = [];
const old: Run[] = [];
const mint: Run[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const a = time('node', OURS, oursEnv);
  const b = time('node', MINT);
  const c = time('node', OLD);
  if (a.out !== N || b.out !== N || c.out !== N) throw new Error(`expected ${N} output lines, got ${a.out}, ${b.out} and ${c.out}`);
  ours.push(a);
  mint.push(b);
  old.push(c);
}
rmSync(dir, { recursive: true, force: true });
rmSync(benchCache, { recursive: true, force: true });
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name: string, runs: Run[]) => {
  const w = med(runs.map((x) => x.ms));
  const c = med(runs.map((x) => x.cpuMs));
  console.log(`${name}: ${N} lines in ${w.toFixed(0)} ms wall = ${Math.round(N / (w / 1000)).toLocaleString('en')} lines/s; ${c.toFixed(0)} ms CPU = ${(c * 1000 / N).toFixed(2)} µs CPU/line incl. start (runs wall: ${runs.map((x) => x.ms.toFixed(0)).join(', ')} ms; CPU: ${runs.map((x) => x.cpuMs.toFixed(0)).join(', ')} ms)`);
  return [w, c];
};
const [o, oc] = line('scan CLI (node scripts/scan-launch.mjs, what npm run scan runs)', ours);
const [m, mc] = line('mint-filter CLI (node tests/bench/mint-cli.mjs)', mint);
const [od, odc] = line('old path (node --import tsx scripts/scan.ts)', old);
console.log(`first run after a change (empty bundle cache, builds it): ${cold.ms.toFixed(0)} ms wall, ${cold.cpuMs.toFixed(0)} ms CPU`);
console.log(`ratio by CPU time: mint / ours ${(mc / oc).toFixed(2)}x; old path / ours ${(odc / oc).toFixed(2)}x; by wall: old path / ours ${(od / o).toFixed(2)}x (load ${loadavg()[0].toFixed(1)})`);
const ratio = m / o;
console.log(`target scan CLI at least as fast as the mint-filter CLI: measured ${ratio.toFixed(2)}x ${ratio >= 1 ? 'PASS' : 'MISS'}`);
