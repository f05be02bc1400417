// issue 24: one budget across the child's synced browsers; the merge is pure.
import { describe, expect, it } from 'vitest';
import { adoptSyncedSettings, mergeDayMinutes, parseSyncRecords, SYNC_DAY_PREFIX, SYNC_SETTINGS_KEY, type DeviceDay } from '@/lib/protection/budget-sync';
import { DEFAULT_SETTINGS } from '@/lib/protection/settings';

const day = '2026-11-22';
const rec = (device: string, usedMin: number, d = day): DeviceDay => ({ device, day: d, usedMs: usedMin * 60_000, at: 1 });

describe('budget sync merge', () => {
  it('two profiles: each adds the other one\'s minutes of the same day, never its own', () => {
    const records = [rec('laptop', 25), rec('desktop', 10)];
    expect(mergeDayMinutes('laptop', day, records)).toEqual({ day, usedMs: 10 * 60_000, devices: 1 });
    expect(mergeDayMinutes('desktop', day, records)).toEqual({ day, usedMs: 25 * 60_000, devices: 1 });
  });

  it('yesterday\'s record does not count today; a device counted once at its highest figure', () => {
    const records = [rec('a', 30, '2026-11-21'), rec('b', 5), rec('b', 12), rec('c', 3)];
    expect(mergeDayMinutes('self', day, records)).toEqual({ day, usedMs: 15 * 60_000, devices: 2 });
  });

  it('only well-formed records under their own device key are read', () => {
    const raw = {
      [SYNC_DAY_PREFIX + 'a']: rec('a', 5),
      [SYNC_DAY_PREFIX + 'x']: rec('b', 500), // a record filed under another device's key
      [SYNC_DAY_PREFIX + 'c']: { device: 'c', day, usedMs: -5, at: 1 },
      other: 1,
      [SYNC_SETTINGS_KEY]: { device: 'a', at: 5, settings: DEFAULT_SETTINGS },
    };
    const r = parseSyncRecords(raw);
    expect(r.days).toEqual([rec('a', 5)]);
    expect(r.settings?.at).toBe(5);
  });

  it('newer synced settings are adopted, but they cannot switch protection off', () => {
    const local = { ...DEFAULT_SETTINGS, enabled: true, dailyBudgetMinutes: 40 };
    const remote = { device: 'b', at: 10, settings: { ...DEFAULT_SETTINGS, enabled: false, dailyBudgetMinutes: 20 } };
    expect(adoptSyncedSettings(local, 5, remote, 'a')).toEqual({ ...remote.settings, enabled: true });
    expect(adoptSyncedSettings(local, 11, remote, 'a')).toBeNull(); // older than ours
    expect(adoptSyncedSettings(local, 5, { ...remote, device: 'a' }, 'a')).toBeNull(); // our own
  });
});
