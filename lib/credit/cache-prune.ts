/**
 * Keeps the persisted credit cache small (R-CREDIT-15): answers older than MAX_AGE are dropped
 * (offline answers should not be ancient), and at most MAX_PREFIXES prefixes are kept, newest first.
 */
import type { PrefixRecord } from './cache-store';

export const CACHE_MAX_PREFIXES = 300;
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600_000;

export function pruneCache(
  records: Record<string, PrefixRecord>,
  now: number,
  limits = { maxPrefixes: CACHE_MAX_PREFIXES, maxAgeMs: CACHE_MAX_AGE_MS },
): Record<string, PrefixRecord> {
  const kept = Object.entries(records)
    .filter(([, r]) => now - r.at <= limits.maxAgeMs && r.at <= now + 60_000)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, limits.maxPrefixes);
  return Object.fromEntries(kept);
}
