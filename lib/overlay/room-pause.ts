/**
 * "Pause warnings in this room for an hour" (issue 18 item 2), the pure part: which findings a
 * pause may keep off the screen and whether a pause still holds. A pause never hides a critical
 * (R-RISK-3: criticals are never muted) nor the minor-unsuitable reminder (R-MINOR-9: it must stay
 * passable, not silent); everything paused still counts in the findings panel and marks the page.
 * The pause itself is kept by the background in session storage (lib/room-pause), out of the
 * page's reach, and expires by time: nothing has to remember to end it.
 */
import type { Finding } from '../model';

export const ROOM_PAUSE_MS = 60 * 60 * 1000;

/** may a pause keep this finding from popping up? */
export function pausable(f: Pick<Finding, 'severity' | 'category'>): boolean {
  return f.severity !== 'critical' && f.category !== 'minor_unsuitable';
}

/** does a pause that ends at `until` hold at `now`? (null: no pause) */
export function pauseHolds(until: number | null | undefined, now: number): boolean {
  return until != null && now < until;
}

/** a pause given by a message: never longer than an hour from now (a wrong clock elsewhere cannot pause for days) */
export function clampPause(until: number | null, now: number): number | null {
  if (until == null || until <= now) return null;
  return Math.min(until, now + ROOM_PAUSE_MS);
}
