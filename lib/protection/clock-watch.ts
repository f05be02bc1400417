/**
 * The heartbeat's clock check (issue 24, R-MINOR-10): pure. Each beat samples the wall clock, the
 * background's monotonic clock (performance.timeOrigin + performance.now(): one origin per worker
 * life) and the time zone. Compared with the previous beat it tells:
 * - a GAP: no beat for longer than the heartbeat allows, across a worker restart: LiveGuard was not
 *   running (browser closed, extension disabled or removed, the computer asleep; or the clock was
 *   moved forward while it was stopped: only a server's clock can tell those apart);
 * - a CLOCK MOVE inside one worker life: wall time and monotonic time disagree;
 * - a ZONE change.
 * A move seen this way is added to `skewMs`, which protection subtracts from the wall clock: its
 * own time runs on, so moving the clock forward past midnight does not open a new budget day and
 * moving it back does not end a curfew. The guardian can declare the clock right (with the PIN) after
 * correcting a wrong computer clock. A computer that sleeps inside one worker life looks the same as a clock
 * moved forward (monotonic time stops in suspend on Linux and macOS): the companion server's `Date`
 * header, when one is configured and reachable, settles it (`serverCheck`); offline the skew stays
 * and the guardian sees it in the log.
 */
import { z } from 'zod';
import type { LogEntry } from './activity-log';

/** Moves smaller than this are drift, network time corrections or timer jitter: not logged. */
export const CLOCK_MOVE_MS = 5 * 60_000;

export const HeartbeatSchema = z.object({
  /** wall clock (Date.now()) at the beat */
  wall: z.number(),
  /** performance.timeOrigin of the worker life that beat */
  origin: z.number(),
  /** performance.now() at the beat */
  mono: z.number(),
  tz: z.string().max(64),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

export interface ClockObservation {
  /** events for the activity log */
  entries: LogEntry[];
  /** the new skew: how far the wall clock is believed to run ahead of true time (negative: behind) */
  skewMs: number;
}

/**
 * Compare a beat with the previous one. `gapMs`: the longest silence that is still normal
 * (two heartbeat periods and some slack). `protecting`: protection was on at the previous beat;
 * gaps and moves while it was off concern nobody.
 */
export function observeClock(prev: Heartbeat | null, cur: Heartbeat, skewMs: number, opts: { gapMs: number; protecting: boolean; cause?: string }): ClockObservation {
  if (!prev || !opts.protecting) return { entries: [], skewMs };
  const entries: LogEntry[] = [];
  if (cur.tz !== prev.tz) entries.push({ at: cur.wall, kind: 'zone-changed', detail: `${prev.tz} → ${cur.tz}`.slice(0, 300) });
  const wallDelta = cur.wall - prev.wall;
  if (cur.origin === prev.origin) {
    const drift = wallDelta - (cur.mono - prev.mono);
    if (drift >= CLOCK_MOVE_MS) {
      entries.push({ at: cur.wall, kind: 'clock-forward', ms: drift });
      return { entries, skewMs: skewMs + drift };
    }
    if (drift <= -CLOCK_MOVE_MS) {
      entries.push({ at: cur.wall, kind: 'clock-back', ms: -drift });
      return { entries, skewMs: skewMs + drift };
    }
    if (wallDelta > opts.gapMs) entries.push(gap(prev.wall, cur.wall, 'stalled'));
    return { entries, skewMs };
  }
  // A new worker life: no monotonic reference. Backwards is certain; a long silence is a gap.
  if (wallDelta <= -CLOCK_MOVE_MS) {
    entries.push({ at: cur.wall, kind: 'clock-back', ms: -wallDelta });
    return { entries, skewMs: skewMs + wallDelta };
  }
  if (wallDelta > opts.gapMs) entries.push(gap(prev.wall, cur.wall, opts.cause ?? 'not-running'));
  return { entries, skewMs };
}

function gap(from: number, to: number, cause: string): LogEntry {
  return { at: to, kind: 'gap', from, ms: to - from, detail: cause };
}

/**
 * The companion server's `Date` header against our wall clock (HTTP dates have 1 s resolution;
 * add the request's round trip as slack). Returns the skew to use, or null when they agree with
 * the current skew. Negative skew = the clock was set back; the server's time wins either way.
 */
export function serverCheck(wall: number, serverDate: number, rttMs: number, skewMs: number): { skewMs: number; entry: LogEntry } | null {
  const measured = wall - serverDate;
  if (Math.abs(measured - skewMs) < CLOCK_MOVE_MS + rttMs) return null;
  const settled = Math.abs(measured) < CLOCK_MOVE_MS + rttMs ? 0 : measured;
  return { skewMs: settled, entry: { at: wall, kind: 'clock-server', ms: measured, detail: settled === 0 ? 'clock right' : 'clock wrong' } };
}

/** The time protection counts in: the wall clock minus the skew believed in. */
export const trustedNow = (wall: number, skewMs: number) => wall - skewMs;
