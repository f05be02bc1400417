/**
 * The bundle's set of credit hash prefixes (R-CREDIT-15, issue 14 item 4, Safe Browsing style):
 * every account with a credit or blacklist record contributes the first PREFIX_SET_HEX hex chars of
 * its SHA-256("site:accountId"). The extension checks a host locally against it: no hit, no request
 * (the answer is "no record"); on a hit it asks with a short prefix plus decoy prefixes drawn from
 * the set, so the one request names a bucket of at least MIN_BUCKET_HOSTS known hosts.
 * Pure: no browser, no network; `random` is injectable for tests.
 */
import { z } from 'zod';
import { MIN_PREFIX_HEX } from '../account-hash';
import { hex4, prefixIndex } from './credit-prefix-index';

/** 6 hex = 16.7M buckets: at 10^5 hosts about 0.6% of unlisted hosts hit by chance (then ask). */
export const PREFIX_SET_HEX = 6;
/** 500k prefixes = 3 MB of hex before compression; the bundle's blacklist cap is the same count. */
export const MAX_PREFIX_SET = 500_000;
/** one request must name a bucket at least this big (issue 14) */
export const MIN_BUCKET_HOSTS = 16;
/** the server accepts at most this many prefixes in one lookup */
export const MAX_LOOKUP_PREFIXES = 64;

/** sorted, distinct PREFIX_SET_HEX-hex prefixes, concatenated: compact and binary-searchable */
export const CreditPrefixSetSchema = z
  .object({
    hex: z.literal(PREFIX_SET_HEX),
    prefixes: z
      .string()
      .max(PREFIX_SET_HEX * MAX_PREFIX_SET)
      .regex(/^[0-9a-f]*$/, 'prefixes must be lowercase hex')
      .refine((s) => s.length % PREFIX_SET_HEX === 0, 'prefixes length must be a multiple of hex'),
  })
  .strict();
export type CreditPrefixSet = z.infer<typeof CreditPrefixSetSchema>;

export function buildPrefixSet(hashes: Iterable<string>): CreditPrefixSet {
  const set = new Set<string>();
  for (const h of hashes) set.add(h.slice(0, PREFIX_SET_HEX).toLowerCase());
  return { hex: PREFIX_SET_HEX, prefixes: [...set].sort().join('') };
}

export function setSize(s: CreditPrefixSet): number {
  return s.prefixes.length / s.hex;
}
function at(s: CreditPrefixSet, i: number): string {
  return s.prefixes.slice(i * s.hex, (i + 1) * s.hex);
}
/** first index whose prefix is >= key (key compared on its own length) */
function lowerBound(s: CreditPrefixSet, key: string): number {
  let lo = 0;
  let hi = setSize(s);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(s, mid).slice(0, key.length) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does any listed account share this hash's set prefix? */
export function mayHaveRecord(s: CreditPrefixSet, hash: string): boolean {
  const key = hash.slice(0, s.hex);
  const i = lowerBound(s, key);
  return i < setSize(s) && at(s, i) === key;
}

/** How many set entries (distinct listed prefixes, so at least that many hosts) lie under `prefix`. */
export function countUnder(s: CreditPrefixSet, prefix: string): number {
  const p = prefix.slice(0, s.hex);
  const from = lowerBound(s, p);
  let to = from;
  while (to < setSize(s) && at(s, to).startsWith(p)) to++;
  return to - from;
}

export interface CreditQueryPlan {
  /** the viewer's own short prefix */
  real: string;
  /** every prefix to send, sorted so the real one's position says nothing */
  prefixes: string[];
  /** listed hosts (lower bound) under all sent prefixes together */
  bucketHosts: number;
}

/**
 * The query for a local hit: the real MIN_PREFIX_HEX prefix, plus decoys: other MIN_PREFIX_HEX
 * prefixes of listed accounts, picked at random, until the bucket holds MIN_BUCKET_HOSTS (or the
 * whole set, when it is smaller). Decoys are real listed prefixes, so the server cannot tell them
 * from the real one by their being empty. O(decoys) per plan, on the set's index (built once per set:
 * credit-prefix-index.ts), where it was a walk over the whole set per lookup.
 */
export function planQuery(s: CreditPrefixSet, hash: string, random: () => number = Math.random): CreditQueryPlan {
  const real = hash.slice(0, MIN_PREFIX_HEX);
  const { counts, listed } = prefixIndex(s);
  const realValue = parseInt(real, 16);
  const chosen = new Set([real]);
  let bucketHosts = counts[realValue]!;
  // candidates: the listed 4-hex prefixes but the real one, ascending; candidate i is listed[i],
  // or listed[i + 1] from the real one's place on
  let skip = listed.length;
  if (bucketHosts > 0) {
    let lo = 0;
    for (let hi = listed.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (listed[mid]! < realValue) lo = mid + 1;
      else hi = mid;
    }
    skip = lo;
  }
  const total = bucketHosts > 0 ? listed.length - 1 : listed.length;
  // partial Fisher-Yates over the virtual candidate array: draw without replacement; only the
  // swapped places are stored, so a plan costs O(decoys), not O(set size)
  const swapped = new Map<number, number>();
  const candidate = (i: number) => swapped.get(i) ?? i;
  for (let k = 0; bucketHosts < MIN_BUCKET_HOSTS && k < total && chosen.size < MAX_LOOKUP_PREFIXES; k++) {
    const j = k + Math.floor(random() * (total - k));
    const picked = candidate(j);
    swapped.set(j, candidate(k));
    const v = listed[picked < skip ? picked : picked + 1]!;
    chosen.add(hex4(v));
    bucketHosts += counts[v]!;
  }
  return { real, prefixes: [...chosen].sort(), bucketHosts };
}
