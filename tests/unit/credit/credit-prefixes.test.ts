/**
 * The bundle's credit prefix set (R-CREDIT-15, issue 14 item 4): the local check that keeps
 * unlisted hosts off the network, and the decoy choice that makes one request name a bucket of
 * at least MIN_BUCKET_HOSTS listed hosts. Real SHA-256 hashes of made-up accounts.
 */
import { expect, test } from 'vitest';
import { accountHash } from '../../../lib/account-hash';
import {
  buildPrefixSet, countUnder, CreditPrefixSetSchema, MAX_LOOKUP_PREFIXES, MIN_BUCKET_HOSTS, mayHaveRecord, planQuery, PREFIX_SET_HEX, setSize,
} from '../../../lib/bundle/credit-prefixes';

const hashes = (n: number, tag: string) => Promise.all(Array.from({ length: n }, (_, i) => accountHash('douyin', `${tag}-${i}`)));

/** a seeded PRNG (mulberry32): decoy draws are reproducible in the test */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('the set is sorted, distinct, compact and valid under its schema', async () => {
  const listed = await hashes(200, 'listed');
  const set = buildPrefixSet([...listed, ...listed]);
  expect(CreditPrefixSetSchema.parse(set)).toEqual(set);
  expect(set.prefixes.length).toBe(setSize(set) * PREFIX_SET_HEX);
  expect(setSize(set)).toBeLessThanOrEqual(200);
  const parts = set.prefixes.match(/.{6}/g)!;
  expect(parts).toEqual([...new Set(parts)].sort());
  expect(CreditPrefixSetSchema.safeParse({ hex: 6, prefixes: 'abcde' }).success).toBe(false);
  expect(CreditPrefixSetSchema.safeParse({ hex: 6, prefixes: 'ABCDEF' }).success).toBe(false);
});

test('every listed host hits; unlisted hosts almost never do', async () => {
  const listed = await hashes(500, 'listed');
  const set = buildPrefixSet(listed);
  for (const h of listed) expect(mayHaveRecord(set, h)).toBe(true);
  const unlisted = await hashes(2000, 'unlisted');
  const falseHits = unlisted.filter((h) => mayHaveRecord(set, h) && !listed.some((l) => l.startsWith(h.slice(0, 6))));
  // expected rate 500 / 16.7M per host: 2000 hosts ≈ 0.06 false hits
  expect(falseHits.length).toBeLessThanOrEqual(2);
  const hitsInUnlisted = unlisted.filter((h) => mayHaveRecord(set, h)).length;
  console.log(`prefix set: ${setSize(set)} prefixes for 500 listed hosts; ${hitsInUnlisted}/2000 unlisted hosts would ask the server (requests per unlisted host ${(hitsInUnlisted / 2000).toFixed(4)})`);
  expect(mayHaveRecord(buildPrefixSet([]), listed[0]!)).toBe(false);
});

test('countUnder counts the set entries under a shorter prefix', () => {
  const set = buildPrefixSet(['abcd11', 'abcd22', 'abce33', 'ffff00'].map((p) => p + '0'.repeat(58)));
  expect(countUnder(set, 'abcd')).toBe(2);
  expect(countUnder(set, 'abc')).toBe(3);
  expect(countUnder(set, '0000')).toBe(0);
  expect(countUnder(set, 'ffff00')).toBe(1);
});

test('a hit asks with decoys so one request names at least 16 listed hosts, in sorted order', async () => {
  for (const n of [20, 100, 5000]) {
    const listed = await hashes(n, `bucket-${n}`);
    const set = buildPrefixSet(listed);
    const random = seeded(n);
    for (const h of listed.slice(0, 20)) {
      const plan = planQuery(set, h, random);
      expect(plan.real).toBe(h.slice(0, 4));
      expect(plan.prefixes).toContain(plan.real);
      expect(plan.prefixes).toEqual([...new Set(plan.prefixes)].sort());
      expect(plan.prefixes.length).toBeLessThanOrEqual(MAX_LOOKUP_PREFIXES);
      // the bucket, counted from the hosts themselves, not from the plan's own figure
      const inBucket = listed.filter((l) => plan.prefixes.some((p) => l.startsWith(p))).length;
      expect(inBucket).toBeGreaterThanOrEqual(MIN_BUCKET_HOSTS);
      expect(plan.bucketHosts).toBeLessThanOrEqual(inBucket);
      // decoys are listed prefixes too: none is empty, so none stands out as fake
      for (const p of plan.prefixes) expect(countUnder(set, p)).toBeGreaterThan(0);
    }
  }
});

test('a set smaller than a bucket: the request names the whole set', async () => {
  const listed = await hashes(5, 'tiny');
  const set = buildPrefixSet(listed);
  const plan = planQuery(set, listed[0]!, seeded(1));
  expect(listed.every((l) => plan.prefixes.some((p) => l.startsWith(p)))).toBe(true);
});

test('decoys differ between random draws (not derivable from the host alone)', async () => {
  const listed = await hashes(300, 'draws');
  const set = buildPrefixSet(listed);
  const a = planQuery(set, listed[0]!, seeded(1)).prefixes.join(',');
  const b = planQuery(set, listed[0]!, seeded(2)).prefixes.join(',');
  expect(a).not.toBe(b);
});

/** The plan as it was computed before the index (issue 22): a walk over the whole set per lookup. */
function walkingPlan(set: ReturnType<typeof buildPrefixSet>, hash: string, random: () => number) {
  const real = hash.slice(0, 4);
  const chosen = new Set([real]);
  let bucketHosts = countUnder(set, real);
  const candidates: string[] = [];
  for (let i = 0; i < setSize(set); i++) {
    const p = set.prefixes.slice(i * 6, i * 6 + 4);
    if (p !== real && candidates[candidates.length - 1] !== p) candidates.push(p);
  }
  for (let k = 0; bucketHosts < MIN_BUCKET_HOSTS && k < candidates.length && chosen.size < MAX_LOOKUP_PREFIXES; k++) {
    const j = k + Math.floor(random() * (candidates.length - k));
    [candidates[k], candidates[j]] = [candidates[j]!, candidates[k]!];
    chosen.add(candidates[k]!);
    bucketHosts += countUnder(set, candidates[k]!);
  }
  return { real, prefixes: [...chosen].sort(), bucketHosts };
}

test('the indexed plan draws exactly what the whole-set walk drew, for the same random numbers', async () => {
  for (const n of [1, 5, 20, 300, 3000]) {
    const listed = await hashes(n, `same-${n}`);
    const set = buildPrefixSet(listed);
    // listed hosts, and hosts outside the set (planQuery must not assume a hit)
    const hosts = [...listed.slice(0, 30), ...(await hashes(10, `outside-${n}`))];
    for (const [i, h] of hosts.entries()) {
      expect(planQuery(set, h, seeded(i + n))).toEqual(walkingPlan(set, h, seeded(i + n)));
    }
  }
});

test('the index follows the set: a new set with other prefixes is not planned from the old one', async () => {
  const a = buildPrefixSet(await hashes(40, 'set-a'));
  const b = buildPrefixSet(await hashes(40, 'set-b'));
  const host = (await hashes(1, 'set-a'))[0]!;
  const fromA = planQuery(a, host, seeded(3));
  const fromB = planQuery(b, host, seeded(3));
  expect(fromB).toEqual(walkingPlan(b, host, seeded(3)));
  for (const p of fromB.prefixes.filter((p) => p !== fromB.real)) expect(countUnder(b, p)).toBeGreaterThan(0);
  // the same prefixes in a new object (read again from storage) plan the same
  expect(planQuery({ ...a }, host, seeded(3))).toEqual(fromA);
});
