/**
 * When to sync next (R-SYNC-22), pure so it is unit-tested: first run after a random 0-60 s (so
 * a fleet of browsers starting together does not hit the server at once), then at the server's
 * minimum interval; on failure exponential backoff with full jitter, capped.
 */
export const FIRST_RUN_MAX_MS = 60_000;
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;

export function firstRunDelayMs(random: () => number = Math.random): number {
  return Math.floor(random() * FIRST_RUN_MAX_MS);
}

export function nextDelayMs(opts: { failures: number; minSyncIntervalSec: number }, random: () => number = Math.random): number {
  const interval = opts.minSyncIntervalSec * 1000;
  if (opts.failures <= 0) return interval;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(opts.failures - 1, 20));
  // half fixed, half random: never hammers the server, never waits longer than the ceiling
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
