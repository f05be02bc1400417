/**
 * A per-set index for planning credit lookups (issue 22): how many set entries lie under each
 * MIN_PREFIX_HEX (4-hex) prefix, and the listed 4-hex prefixes in order. Built once per set in one
 * pass (O(n)), then a plan costs O(decoys) instead of a walk over the whole set per lookup (at the
 * set's cap of 500k prefixes that walk was 500k string slices per host hit).
 * Pure: no browser, no network.
 */
import type { CreditPrefixSet } from './credit-prefixes';

/** 4 hex chars = 65,536 buckets; MIN_PREFIX_HEX in lib/account-hash (checked by the unit test) */
const BUCKETS = 1 << 16;

export interface PrefixIndex {
  /** entries of the set under each 4-hex prefix, indexed by its value */
  counts: Uint32Array;
  /** the 4-hex prefixes with at least one entry, ascending */
  listed: Uint16Array;
}

const bySet = new WeakMap<CreditPrefixSet, PrefixIndex>();
/** the same prefixes re-parsed into a new object (e.g. read again from storage) reuse the index */
let last: { prefixes: string; index: PrefixIndex } | null = null;

export function prefixIndex(s: CreditPrefixSet): PrefixIndex {
  const known = bySet.get(s) ?? (last?.prefixes === s.prefixes ? last.index : undefined);
  if (known) {
    bySet.set(s, known);
    return known;
  }
  const counts = new Uint32Array(BUCKETS);
  const n = s.prefixes.length / s.hex;
  let distinct = 0;
  const p = s.prefixes;
  for (let i = 0, at = 0; i < n; i++, at += s.hex) {
    // the first 4 hex chars as a number, read from char codes: no substring per entry
    const v = (nibble(p.charCodeAt(at)) << 12) | (nibble(p.charCodeAt(at + 1)) << 8) | (nibble(p.charCodeAt(at + 2)) << 4) | nibble(p.charCodeAt(at + 3));
    if (counts[v]++ === 0) distinct++;
  }
  const listed = new Uint16Array(distinct);
  for (let v = 0, k = 0; v < BUCKETS; v++) if (counts[v]) listed[k++] = v;
  const index = { counts, listed };
  bySet.set(s, index);
  last = { prefixes: s.prefixes, index };
  return index;
}

/** '0'-'9' → 0-9, 'a'-'f' → 10-15 (the schema allows lowercase hex only) */
const nibble = (c: number) => (c <= 57 ? c - 48 : c - 87);

export const hex4 = (v: number) => v.toString(16).padStart(4, '0');
