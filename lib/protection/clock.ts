/**
 * The background's clock for protection mode. In a test build only, e2e may pin "now" by setting
 * `globalThis.__liveguardTestNow` in the service worker (a fixed clock for the curfew test) and
 * `__liveguardTestMono` (the worker's monotonic clock, to simulate a moved clock);
 * `__LG_TEST_BUILD__` is false in release builds, so this branch is compiled out there and a page
 * can never move the clock.
 */
export interface Clock {
  now(): number;
  timeZone(): string;
  /** monotonic ms within this worker life (issue 24's clock check); default performance.now() */
  mono?(): number;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const systemClock: Clock = { now: () => Date.now(), timeZone: browserTimeZone };

export function protectionClock(): Clock {
  const testBuild = typeof __LG_TEST_BUILD__ !== 'undefined' && __LG_TEST_BUILD__;
  if (testBuild) {
    // A pinned test "now" is time really passing (the curfew and budget specs), so the monotonic
    // clock follows it; a spec that wants a MOVED clock also pins `__liveguardTestMono`.
    const g = globalThis as { __liveguardTestNow?: number; __liveguardTestMono?: number };
    const now = () => g.__liveguardTestNow ?? Date.now();
    return { now, timeZone: browserTimeZone, mono: () => g.__liveguardTestMono ?? performance.now() + (now() - Date.now()) };
  }
  return systemClock;
}
