/**
 * The background's clock for protection mode. In a test build only, e2e may pin "now" by setting
 * `globalThis.__liveguardTestNow` in the service worker (a fixed clock for the curfew test);
 * `__LG_TEST_BUILD__` is false in release builds, so this branch is compiled out there and a page
 * can never move the clock.
 */
export interface Clock {
  now(): number;
  timeZone(): string;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const systemClock: Clock = { now: () => Date.now(), timeZone: browserTimeZone };

export function protectionClock(): Clock {
  const testBuild = typeof __LG_TEST_BUILD__ !== 'undefined' && __LG_TEST_BUILD__;
  if (testBuild) {
    return { now: () => (globalThis as { __liveguardTestNow?: number }).__liveguardTestNow ?? Date.now(), timeZone: browserTimeZone };
  }
  return systemClock;
}
