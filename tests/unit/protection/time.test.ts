// R-MINOR-10: curfew windows spanning midnight, in the guardian's local time zone, with a fake clock.
import { describe, expect, it } from 'vitest';
import { curfewStatus, inWindow } from '@/lib/protection/curfew';
import { localDayKey, localMinuteOfDay, nextLocalMidnight, nextLocalTime } from '@/lib/protection/local-time';

const at = (iso: string) => Date.parse(iso);
const SH = 'Asia/Shanghai';
const NIGHT = { enabled: true, start: '22:00', end: '06:00' };

describe('local time', () => {
  it('names the local day, not the UTC one', () => {
    expect(localDayKey(at('2026-11-22T17:30:00Z'), SH)).toBe('2026-11-23');
    expect(localDayKey(at('2026-11-22T17:30:00Z'), 'UTC')).toBe('2026-11-22');
    expect(localMinuteOfDay(at('2026-11-22T17:30:00Z'), SH)).toBe(90);
  });
  it('finds the next local midnight, also on 23- and 25-hour DST days', () => {
    expect(nextLocalMidnight(at('2026-11-22T10:00:00+08:00'), SH)).toBe(at('2026-11-23T00:00:00+08:00'));
    // New York springs forward on 2026-03-08 (23 h) and falls back on 2026-11-01 (25 h)
    expect(nextLocalMidnight(at('2026-03-08T12:00:00-04:00'), 'America/New_York')).toBe(at('2026-03-09T00:00:00-04:00'));
    expect(nextLocalMidnight(at('2026-11-01T00:30:00-04:00'), 'America/New_York')).toBe(at('2026-11-02T00:00:00-05:00'));
    expect(nextLocalTime(at('2026-03-08T01:00:00-05:00'), 'America/New_York', 6 * 60)).toBe(at('2026-03-08T06:00:00-04:00'));
  });
});

describe('curfew', () => {
  it('window arithmetic: spanning midnight, same-day, empty', () => {
    expect([21 * 60 + 59, 22 * 60, 23 * 60 + 59, 0, 3 * 60, 5 * 60 + 59, 6 * 60].map((m) => inWindow(m, 1320, 360))).toEqual([false, true, true, true, true, true, false]);
    expect([12 * 60 + 59, 13 * 60, 13 * 60 + 59, 14 * 60].map((m) => inWindow(m, 780, 840))).toEqual([false, true, true, false]);
    expect(inWindow(600, 600, 600)).toBe(false);
  });

  it('22:00-06:00 in Shanghai: before, at the start, after midnight, at the end', () => {
    expect(curfewStatus(NIGHT, at('2026-11-22T21:59:00+08:00'), SH)).toEqual({ active: false, endsAt: null, startsAt: at('2026-11-22T22:00:00+08:00') });
    expect(curfewStatus(NIGHT, at('2026-11-22T22:00:00+08:00'), SH)).toEqual({ active: true, endsAt: at('2026-11-23T06:00:00+08:00'), startsAt: null });
    expect(curfewStatus(NIGHT, at('2026-11-23T03:15:00+08:00'), SH)).toEqual({ active: true, endsAt: at('2026-11-23T06:00:00+08:00'), startsAt: null });
    expect(curfewStatus(NIGHT, at('2026-11-23T06:00:00+08:00'), SH).active).toBe(false);
  });

  it('the same instant is curfew in one zone and not in another (why the zone is pinned by the guardian)', () => {
    const instant = at('2026-11-22T15:00:00Z'); // 23:00 Shanghai, 15:00 London
    expect(curfewStatus(NIGHT, instant, SH).active).toBe(true);
    expect(curfewStatus(NIGHT, instant, 'Europe/London').active).toBe(false);
  });

  it('disabled or empty curfews never gate', () => {
    expect(curfewStatus({ ...NIGHT, enabled: false }, at('2026-11-22T23:00:00+08:00'), SH).active).toBe(false);
    expect(curfewStatus({ enabled: true, start: '22:00', end: '22:00' }, at('2026-11-22T22:00:00+08:00'), SH).active).toBe(false);
  });
});
