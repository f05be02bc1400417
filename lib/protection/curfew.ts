/**
 * Curfew (R-MINOR-10; the 2022 tipping opinions take youth mode offline after 22:00). A window
 * [start, end) in local wall time that may span midnight (22:00-06:00). start == end = no curfew.
 */
import { localMinuteOfDay, nextLocalTime, parseHHMM } from './local-time';
import type { Curfew } from './settings';

export function inWindow(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

export interface CurfewStatus {
  active: boolean;
  /** when active: epoch ms the curfew ends; else when it next starts (null if disabled) */
  endsAt: number | null;
  startsAt: number | null;
}

export function curfewStatus(curfew: Curfew, now: number, tz: string): CurfewStatus {
  if (!curfew.enabled) return { active: false, endsAt: null, startsAt: null };
  const start = parseHHMM(curfew.start);
  const end = parseHHMM(curfew.end);
  if (start === end) return { active: false, endsAt: null, startsAt: null };
  const active = inWindow(localMinuteOfDay(now, tz), start, end);
  return active
    ? { active, endsAt: nextLocalTime(now, tz, end), startsAt: null }
    : { active, endsAt: null, startsAt: nextLocalTime(now, tz, start) };
}
