/**
 * Calendar days in the viewer's time zone (issue 19): the price-marking rules' reference price is the
 * lowest price in the 7 days before the promotion, and a viewer in Shanghai counts days from local
 * midnight, not UTC's. Pure: Intl only; tests pin the zone and the clock.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(tz, f);
  }
  return f;
}
function parts(at: number, tz: string) {
  const p: Record<string, number> = {};
  for (const x of fmt(tz).formatToParts(at)) if (x.type !== 'literal') p[x.type] = Number(x.value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** 'YYYY-MM-DD' of `at` in `tz` */
export function dayKey(at: number, tz: string): string {
  const p = parts(at, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD HH:MM' of `at` in `tz` (evidence text: dates and prices seen) */
export function dayTime(at: number, tz: string): string {
  const p = parts(at, tz);
  return `${dayKey(at, tz)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/**
 * Memo per 15-minute bucket: every zone's offset is a multiple of 15 minutes, so local midnight falls
 * on a bucket edge and every instant of a bucket has the same day start. The checks ask for it per
 * point; Intl costs microseconds a call (tests/bench/price).
 */
const dayStarts = new Map<string, number>();
const BUCKET = 15 * 60_000;

/** epoch ms of local midnight starting the day of `at` in `tz` (DST-safe: offset re-read at midnight) */
export function startOfDay(at: number, tz: string): number {
  const k = `${tz}|${Math.floor(at / BUCKET)}`;
  let v = dayStarts.get(k);
  if (v === undefined) {
    if (dayStarts.size > 5000) dayStarts.clear();
    dayStarts.set(k, (v = computeStartOfDay(at, tz)));
  }
  return v;
}

function computeStartOfDay(at: number, tz: string): number {
  const p = parts(at, tz);
  const guess = Date.UTC(p.year, p.month - 1, p.day);
  const offsetAt = (t: number) => {
    const q = parts(t, tz);
    return Date.UTC(q.year, q.month - 1, q.day, q.hour, q.minute, q.second) - Math.floor(t / 1000) * 1000;
  };
  const first = guess - offsetAt(guess);
  return guess - offsetAt(first);
}

/** local midnight `days` calendar days before the day of `at` */
export function daysBefore(at: number, days: number, tz: string): number {
  // step back by whole days from local midnight, re-anchoring each time (a 23- or 25-hour day stays one day)
  let t = startOfDay(at, tz);
  for (let i = 0; i < days; i++) t = startOfDay(t - 3_600_000, tz);
  return t;
}
