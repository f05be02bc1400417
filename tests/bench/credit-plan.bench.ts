/**
 * The extension's credit lookup plan (issue 22, R-CREDIT-15): `planQuery` at the prefix set's cap
 * (MAX_PREFIX_SET = 500k listed prefixes) and at 10^4. It walked the whole set per host hit (O(n));
 * now it draws decoys from a per-set index built once (credit-prefix-index.ts). Prints the index's
 * one-off build time and the time per plan; target: a plan ≤ 50 µs at the cap (one host hit must
 * cost the background nothing a viewer could feel, whatever the set's size).
 */
import { performance } from 'node:perf_hooks';
import { hash } from 'node:crypto';
import { buildPrefixSet, MAX_PREFIX_SET, planQuery } from '../../lib/bundle/credit-prefixes';
import { prefixIndex } from '../../lib/bundle/credit-prefix-index';

const hashes = (n: number, tag: string) => Array.from({ length: n }, (_, i) => hash('sha256', `${tag}:${i}`, 'hex'));

for (const n of [10_000, MAX_PREFIX_SET]) {
  const listed = hashes(n, `plan-${n}`);
  const set = buildPrefixSet(listed);
  let t = performance.now();
  prefixIndex(set);
  const buildMs = performance.now() - t;
  const runs = 20_000;
  let prefixes = 0;
  t = performance.now();
  for (let i = 0; i < runs; i++) prefixes += planQuery(set, listed[i % listed.length]!).prefixes.length;
  const us = ((performance.now() - t) * 1000) / runs;
  console.log(`planQuery, ${n} listed: ${us.toFixed(2)} µs per plan (${(prefixes / runs).toFixed(1)} prefixes per request), index built once in ${buildMs.toFixed(1)} ms`);
  if (n === MAX_PREFIX_SET) console.log(`target: a plan <= 50 µs at the set's cap: ${us <= 50 ? 'met' : 'NOT MET'} (${us.toFixed(2)} µs)`);
}
