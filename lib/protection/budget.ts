/**
 * Daily time budget across livestream sites (R-MINOR-10). Content scripts on visible livestream
 * tabs send ticks; each tick credits the wall time since the previous tick from ANY tab, so two
 * open rooms do not count double. Pure: the caller passes `now` and the time zone.
 *
 * Day boundaries: a budget day ends at `resetsAt`, the local midnight computed when the day was
 * opened. Comparing real time with it (not the day label) means switching the computer's time zone
 * cannot open a fresh day early, and setting the clock back never resets the budget.
 */
import { z } from 'zod';
import { localDayKey, nextLocalMidnight } from './local-time';
import { TICK_INTERVAL_MS } from './tick';

export { TICK_INTERVAL_MS };
export const MAX_TICK_GAP_MS = 2 * TICK_INTERVAL_MS;
const TICK_SLACK_MS = 5_000;
/** A backward jump larger than this is logged for the guardian. */
export const CLOCK_JUMP_LOG_MS = 5 * 60_000;
const HISTORY_DAYS = 30;

export const DayUsageSchema = z.object({ day: z.string(), usedMs: z.number().nonnegative() });
export const UsageSchema = z.object({
  day: z.string(),
  usedMs: z.number().nonnegative(),
  resetsAt: z.number(),
  lastTickAt: z.number().nullable(),
  history: z.array(DayUsageSchema).max(HISTORY_DAYS),
});
export type Usage = z.infer<typeof UsageSchema>;
export type DayUsage = z.infer<typeof DayUsageSchema>;

export type UsageEvent = { kind: 'day-used'; day: string; usedMs: number } | { kind: 'clock-back'; byMs: number };

export function openDay(now: number, tz: string, history: DayUsage[] = []): Usage {
  return { day: localDayKey(now, tz), usedMs: 0, resetsAt: nextLocalMidnight(now, tz), lastTickAt: null, history };
}

function pushHistory(history: DayUsage[], entry: DayUsage): DayUsage[] {
  const same = history.find((h) => h.day === entry.day);
  const next = same ? history.map((h) => (h === same ? { day: h.day, usedMs: h.usedMs + entry.usedMs } : h)) : [...history, entry];
  return next.slice(-HISTORY_DAYS);
}

/** Usage as of `now` without crediting anything: a new day reads as 0 even before the first tick. */
export function currentUsedMs(usage: Usage | null, now: number): number {
  if (!usage || now >= usage.resetsAt) return 0;
  return usage.usedMs;
}

/**
 * Credit one tick. `active` = a livestream tab is visible; an inactive tick credits nothing and
 * moves the cursor (so idle time is not credited later) unless a visible tab ticked just before.
 */
export function tick(usage: Usage | null, now: number, tz: string, active = true): { usage: Usage; events: UsageEvent[] } {
  const events: UsageEvent[] = [];
  let u = usage ?? openDay(now, tz);
  let elapsed = 0;
  if (u.lastTickAt !== null) {
    if (now < u.lastTickAt) {
      const byMs = u.lastTickAt - now;
      if (byMs > CLOCK_JUMP_LOG_MS) events.push({ kind: 'clock-back', byMs });
    } else if (active) {
      // A longer gap means missed ticks (sleep, tabs closed): a break, not viewing time.
      elapsed = now - u.lastTickAt <= MAX_TICK_GAP_MS ? now - u.lastTickAt : 0;
    } else if (now - u.lastTickAt <= TICK_INTERVAL_MS + TICK_SLACK_MS) {
      // A hidden tab's tick while another tab is ticking as visible: leave the cursor to that tab,
      // or the visible tab's next tick would be credited only the few seconds since this one.
      return { usage: u, events };
    }
  }
  if (now >= u.resetsAt) {
    // Split a tick that spans midnight: only the part after the boundary counts for the new day.
    const afterBoundary = Math.min(elapsed, now - u.resetsAt);
    const closed = { day: u.day, usedMs: u.usedMs + (elapsed - afterBoundary) };
    events.push({ kind: 'day-used', ...closed });
    u = openDay(now, tz, pushHistory(u.history, closed));
    elapsed = afterBoundary;
  }
  return { usage: { ...u, usedMs: u.usedMs + elapsed, lastTickAt: now }, events };
}
