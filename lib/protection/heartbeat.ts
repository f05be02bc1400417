/**
 * The guardian's heartbeat (issue 24), background glue: an alarm beats every 30 s (6 s in the TEST
 * build, so e2e can leave a gap in seconds); each beat, the worker's start and every tick sample
 * the clocks and ask whether LiveGuard may run in private windows. The gap and clock logic is pure
 * (clock-watch.ts, watch.ts); the state stays in the background's IndexedDB (store.ts), where
 * content scripts cannot reach it.
 *
 * What the browser tells an extension about itself: it starts at browser start (runtime.onStartup),
 * is told of its own updates (runtime.onInstalled); it is told NOTHING when it is disabled or
 * removed (management events are about other extensions, and need a permission that warns the
 * user). So a disable shows up as the gap found when it runs again; a removal only as the
 * silence of the log (policy force-install prevents it, docs/protection-policy.md).
 */
import { appendLog, type LogKind } from './activity-log';
import { serverCheck, type Heartbeat } from './clock-watch';
import type { Clock } from './clock';
import { mergePolicy } from './policy';
import { readPolicy, withState } from './store';
import { applyBeat } from './watch';
import { syncApiUrl } from '../storage';
import { pushBudgetSync, registerBudgetSync } from './budget-sync-background';

const TEST_BUILD = typeof __LG_TEST_BUILD__ !== 'undefined' && __LG_TEST_BUILD__;
export const HEARTBEAT_ALARM = 'liveguard-guardian-heartbeat';
export const HEARTBEAT_MINUTES = TEST_BUILD ? 0.1 : 0.5;
/**
 * A longer silence is a gap. Release: 2.5 min, two missed beats even where the browser rounds a
 * 30 s alarm up to a minute and delays it under load. Test build: two 6 s beats and slack.
 */
export const GAP_MS = TEST_BUILD ? 2 * HEARTBEAT_MINUTES * 60_000 + 8_000 : 150_000;

export function sampleBeat(clock: Clock): Heartbeat {
  return { wall: clock.now(), origin: performance.timeOrigin, mono: clock.mono?.() ?? performance.now(), tz: clock.timeZone() };
}

async function incognitoAccess(): Promise<boolean | null> {
  try {
    return await browser.extension.isAllowedIncognitoAccess();
  } catch {
    return null;
  }
}

const CLOCK_KINDS = new Set<LogKind>(['gap', 'clock-forward', 'clock-back', 'zone-changed']);

/** One beat. Returns true when the clock looked moved, so the caller may ask the server. */
export async function beat(clock: Clock, cause?: string): Promise<boolean> {
  const [{ policy }, incognitoAllowed] = await Promise.all([readPolicy(), incognitoAccess()]);
  return withState((s) => {
    const protecting = mergePolicy(s.settings, s.pin, policy).settings.enabled;
    const { state, entries } = applyBeat(s, { sample: sampleBeat(clock), protecting, gapMs: GAP_MS, cause, incognitoAllowed });
    return { state, result: entries.some((e) => CLOCK_KINDS.has(e.kind)) };
  });
}

/**
 * The companion server's clock, when the guardian configured a server (sync settings) and it
 * answers: never needed (offline, the skew from monotonic time stands). Only `GET /healthz`, no
 * cookies, nothing about what is watched.
 */
export async function checkServerClock(clock: Clock, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<void> {
  const base = await syncApiUrl.getValue();
  if (!base) return;
  const sent = clock.now();
  let date: number;
  try {
    const res = await fetcher(`${base.replace(/\/+$/, '')}/healthz`, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: AbortSignal.timeout(5_000) });
    date = Date.parse(res.headers.get('date') ?? '');
  } catch {
    return;
  }
  if (!Number.isFinite(date)) return;
  const got = clock.now();
  await withState((s) => {
    const r = serverCheck(got, date, got - sent + 1_000, s.watch.skewMs);
    return r ? { state: { ...s, watch: { ...s.watch, skewMs: r.skewMs }, log: appendLog(s.log, r.entry) }, result: null } : { result: null };
  });
}

export function registerHeartbeat(clock: Clock): void {
  registerBudgetSync(clock);
  let browserStarted = false;
  browser.runtime.onStartup.addListener(() => {
    browserStarted = true;
  });
  browser.runtime.onInstalled.addListener((d) => {
    if (d.reason !== 'update') return;
    void withState((s) => (s.settings.enabled ? { state: { ...s, log: appendLog(s.log, { at: clock.now(), kind: 'updated', detail: d.previousVersion }) }, result: null } : { result: null }));
  });
  const run = (cause?: string) =>
    beat(clock, cause)
      .then((suspicious) => (suspicious ? checkServerClock(clock) : undefined))
      .then(() => pushBudgetSync(clock))
      .catch((e: unknown) => console.warn('[liveguard] heartbeat', e));
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === HEARTBEAT_ALARM) void run();
  });
  void browser.alarms.get(HEARTBEAT_ALARM).then((a) => {
    if (!a || a.periodInMinutes !== HEARTBEAT_MINUTES) return browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_MINUTES });
  });
  // onStartup is dispatched just after this script runs: give it a moment, then say why the
  // worker started (a gap found now is "the browser was not running" or "LiveGuard was off").
  setTimeout(() => void run(browserStarted ? 'browser-start' : 'not-running'), 1_000);
}
