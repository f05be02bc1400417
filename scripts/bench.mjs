#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in tests/bench (files *.bench.ts / *.bench.mjs) one after
 * another — never in parallel, the machines have 2 cores — and lets each print its figures, ratios
 * and target lines. Speed targets live here, not in timed unit tests. `npm run bench -- detect`
 * runs only the benchmarks whose file name contains "detect".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const files = readdirSync('tests/bench').filter((f) => /\.bench\.(ts|mjs)$/.test(f) && f.includes(filter)).sort();
if (!files.length) {
  console.error(`no benchmark matches "${filter}" in tests/bench`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync('npx', ['tsx', join('tests/bench', f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${f} exited with ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
