/**
 * Wall-clock helpers in an explicit IANA time zone, so day boundaries and curfews are computed
 * in the guardian's local time (R-MINOR-10) and unit tests can pin any zone with a fake clock.
 * Pure: Intl only, no browser API.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts { year: number; month: number; day: number; hour: number; minute: number; second: number }

export function localParts(now: number, tz: string): LocalParts {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(now)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

/** 'YYYY-MM-DD' of `now` in `tz`. */
export function localDayKey(now: number, tz: string): string {
  const { year, month, day } = localParts(now, tz);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minutes since local midnight (0-1439). */
export function localMinuteOfDay(now: number, tz: string): number {
  const { hour, minute } = localParts(now, tz);
  return hour * 60 + minute;
}

/** Offset of `tz` from UTC at instant `now`, in ms (Shanghai = +8h). */
function offsetMs(now: number, tz: string): number {
  const p = localParts(now, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(now / 1000) * 1000;
}

/**
 * The epoch ms at which local wall time in `tz` next reads minute-of-day `minute` after `now`
 * (strictly later). DST: offsets are re-evaluated at the candidate, so a 23- or 25-hour day
 * still lands on the right wall time; a wall time skipped by a spring-forward lands just after.
 */
export function nextLocalTime(now: number, tz: string, minute: number): number {
  const p = localParts(now, tz);
  for (let addDays = 0; addDays <= 2; addDays++) {
    const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day + addDays, Math.floor(minute / 60), minute % 60, 0);
    // two passes converge across a DST change
    let guess = wallAsUtc - offsetMs(wallAsUtc, tz);
    guess = wallAsUtc - offsetMs(guess, tz);
    if (guess > now) return guess;
  }
  return now + 24 * 3600_000; // unreachable for valid zones
}

/** The epoch ms of the next local midnight after `now`. */
export function nextLocalMidnight(now: number, tz: string): number {
  return nextLocalTime(now, tz, 0);
}

/** 'HH:MM' ⇄ minute of day. */
export function parseHHMM(s: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  if (!m) throw new Error(`bad time ${s}`);
  return Number(m[1]) * 60 + Number(m[2]);
}
export const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
