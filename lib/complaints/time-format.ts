/**
 * Times as the viewer reads them (issue 23): the wall-clock time in the viewer's time zone, with
 * the zone named and its UTC offset, e.g. "2026-12-07 11:40 (Asia/Shanghai, UTC+8)". Intl does
 * the zone arithmetic (daylight saving included); the stored value and the JSON export stay UTC
 * epoch milliseconds.
 */

/** The zone the browser runs in ("Asia/Shanghai"); UTC when the platform names none. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "GMT+08:00" / "GMT-03:30" / "GMT" (Intl's longOffset) → "UTC+8" / "UTC-3:30" / "UTC". */
export function utcOffsetLabel(at: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  if (!m || (m[2] === '00' && m[3] === '00')) return 'UTC';
  const h = String(Number(m[2]));
  return `UTC${m[1]}${h}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** "2026-12-07 11:40" in `timeZone` (seconds when asked: chat lines are seconds apart). */
export function wallClock(at: number, timeZone: string, seconds = false): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}${seconds ? `:${p('second')}` : ''}`;
}

/** The full form with the zone named: "2026-12-07 11:40 (Asia/Shanghai, UTC+8)". */
export function formatWhen(at: number, timeZone = viewerTimeZone(), opts: { seconds?: boolean } = {}): string {
  const offset = utcOffsetLabel(at, timeZone);
  const zone = /^(Etc\/)?(UTC|GMT|Universal|Zulu)$/.test(timeZone) ? offset : `${timeZone}, ${offset}`;
  return `${wallClock(at, timeZone, opts.seconds)} (${zone})`;
}

/** The calendar day in `timeZone` ("2029-12-07"), for deadlines. */
export function formatDay(at: number, timeZone = viewerTimeZone()): string {
  return wallClock(at, timeZone).slice(0, 10);
}
