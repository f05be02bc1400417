/**
 * `npm run bench -- scan-cli` (issue 15): the scan CLI end to end, as users run it
 * (`npm run scan` = `node --import tsx scripts/scan.ts < in.jsonl`), against a mint-filter CLI with the same I/O
 * (tests/bench/mint-cli.mjs, plain node) on the same input: real chat lines from ../shared/data
 * repeated to LG_BENCH_LINES (default 300k) JSONL lines without "kind". Wall time per run, including
 * process start (tsx's transform included for ours); median of LG_BENCH_ROUNDS (default 3)
 * interleaved rounds. Target: ours at least as fast (ratio >= 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function time(cmd: string, args: string[]): { ms: number; out: number } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: [openSync(input, 'r'), 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return { ms, out: r.stdout.toString().split('\n').filter(Boolean).length };
}
const ROUNDS = Math.max(1, Number(process.env.LG_BENCH_ROUNDS ?? 3));
const ours: number[] = [];
const mint: number[] = [];
// warm-up once each (tsx's transform cache, disk cache of the input)
time('node', ['--import', 'tsx', 'scripts/scan.ts']);
time('node', ['tests/bench/mint-cli.mjs', terms]);
for (let r = 0; r < ROUNDS; r++) {
  const a = time('node', ['--import', 'tsx', 'scripts/scan.ts']);
  const b = time('node', ['tests/bench/mint-cli.mjs', terms]);
  if (a.out !== N || b.out !== N) throw new Error(`expected ${N} output lines, got ${a.out} and ${b.out}`);
  ours.push(a.ms);
  mint.push(b.ms);
}
rmSync(dir, { recursive: true, force: true });
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const o = med(ours), m = med(mint);
console.log(`scan CLI (node --import tsx scripts/scan.ts, what npm run scan runs): ${N} lines in ${o.toFixed(0)} ms = ${Math.round(N / (o / 1000)).toLocaleString('en')} lines/s (runs: ${ours.map((x) => x.toFixed(0)).join(', ')} ms)`);
console.log(`mint-filter CLI (node tests/bench/mint-cli.mjs): ${N} lines in ${m.toFixed(0)} ms = ${Math.round(N / (m / 1000)).toLocaleString('en')} lines/s (runs: ${mint.map((x) => x.toFixed(0)).join(', ')} ms)`);
const ratio = m / o;
console.log(`target scan CLI at least as fast as the mint-filter CLI: measured ${ratio.toFixed(2)}x ${ratio >= 1 ? 'PASS' : 'MISS'}`);
