// Issue 23: times in the viewer's zone with the zone named (Intl does the zone arithmetic).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatWhen, utcOffsetLabel, viewerTimeZone } from '@/lib/complaints/time-format';

afterEach(() => void vi.useRealTimers());

describe('time formatting', () => {
  it('names the zone and its offset, in several zones, at a fake clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 11, 7, 3, 40, 5));
    const now = Date.now();
    expect(formatWhen(now, 'Asia/Shanghai')).toBe('2026-12-07 11:40 (Asia/Shanghai, UTC+8)');
    expect(formatWhen(now, 'UTC')).toBe('2026-12-07 03:40 (UTC)');
    expect(formatWhen(now, 'America/New_York')).toBe('2026-12-06 22:40 (America/New_York, UTC-5)');
    expect(formatWhen(now, 'Asia/Kolkata')).toBe('2026-12-07 09:10 (Asia/Kolkata, UTC+5:30)');
    expect(formatWhen(now, 'Asia/Shanghai', { seconds: true })).toBe('2026-12-07 11:40:05 (Asia/Shanghai, UTC+8)');
  });
  it('follows daylight saving and the calendar day of the zone', () => {
    const july = Date.UTC(2026, 6, 1, 12);
    expect(utcOffsetLabel(july, 'America/New_York')).toBe('UTC-4');
    expect(utcOffsetLabel(july, 'Europe/London')).toBe('UTC+1');
    expect(utcOffsetLabel(Date.UTC(2026, 0, 1), 'Europe/London')).toBe('UTC');
    // 23:30 UTC on Dec 31 is already Jan 1 in Shanghai
    expect(formatDay(Date.UTC(2026, 11, 31, 23, 30), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(formatDay(Date.UTC(2026, 11, 31, 23, 30), 'UTC')).toBe('2026-12-31');
  });
  it('the viewer zone is the runtime zone', () => {
    expect(viewerTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
