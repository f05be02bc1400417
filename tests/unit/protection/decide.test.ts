// R-MINOR-10: what protection mode demands for one page, with a fake clock.
import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/protection/decide';
import { gateShown, grant, reportMinorHost, updateSettings } from '@/lib/protection/machine';
import { GRANT_MS, INITIAL_STATE, type ProtectionState } from '@/lib/protection/state';

const at = (iso: string) => Date.parse(iso);
const SH = 'Asia/Shanghai';
const NOON = at('2026-11-22T12:00:00+08:00');
const on: ProtectionState = { ...INITIAL_STATE, settings: { ...INITIAL_STATE.settings, enabled: true } };

describe('decide', () => {
  it('does nothing while protection is off (the R-MINOR-9 reminder is the overlay\'s job)', () => {
    const d = decide(INITIAL_STATE, {}, at('2026-11-22T23:00:00+08:00'), { tz: SH, categories: ['minor_unsuitable'] });
    expect(d).toMatchObject({ active: false, gate: null, hideTipping: false, hideUnsuitableBuy: false });
  });

  it('gates minor_unsuitable and prohibited_goods content, not other categories', () => {
    expect(decide(on, {}, NOON, { tz: SH, categories: ['minor_unsuitable'] }).gate).toBe('content');
    expect(decide(on, {}, NOON, { tz: SH, categories: ['prohibited_goods', 'off_platform'] }).gate).toBe('content');
    expect(decide(on, {}, NOON, { tz: SH, categories: ['off_platform'] }).gate).toBeNull();
    expect(decide(on, {}, NOON, { tz: SH }).gate).toBeNull();
    expect(decide(on, {}, NOON, { tz: SH }).hideTipping).toBe(true);
  });

  it('curfew beats budget beats content', () => {
    const spent = { ...on, usage: { day: '2026-11-22', usedMs: 40 * 60_000, resetsAt: at('2026-11-23T00:00:00+08:00'), lastTickAt: NOON, history: [] } };
    expect(decide(spent, {}, at('2026-11-22T22:30:00+08:00'), { tz: SH, categories: ['minor_unsuitable'] }).gate).toBe('curfew');
    expect(decide(spent, {}, at('2026-11-22T21:30:00+08:00'), { tz: SH, categories: ['minor_unsuitable'] }).gate).toBe('budget');
  });

  it('a guardian pass opens one room for 30 minutes; a different room stays gated', () => {
    const s = grant(on, NOON, 'content', 'douyin:1');
    const ctx = (key: string) => ({ tz: SH, categories: ['minor_unsuitable' as const], contentKey: key });
    expect(decide(s, {}, NOON + 1, ctx('douyin:1')).gate).toBeNull();
    expect(decide(s, {}, NOON + 1, ctx('douyin:2')).gate).toBe('content');
    expect(decide(s, {}, NOON + GRANT_MS, ctx('douyin:1')).gate).toBe('content');
    expect(s.log.at(-1)).toMatchObject({ kind: 'gate-unlocked', gate: 'content' });
  });

  it('the guardian\'s pinned time zone decides the curfew, not the browser\'s', () => {
    const pinned = updateSettings(on, {}, NOON, { timeZone: SH });
    const instant = at('2026-11-22T15:00:00Z'); // 23:00 in Shanghai
    expect(decide(pinned, {}, instant, { tz: 'Europe/London' }).gate).toBe('curfew');
    expect(decide(on, {}, instant, { tz: 'Europe/London' }).gate).toBeNull();
  });

  it('logs switching on/off and de-duplicates a gate shown again within 5 minutes', () => {
    let s = updateSettings(INITIAL_STATE, {}, NOON, { enabled: true });
    s = updateSettings(s, {}, NOON + 1, { enabled: false });
    s = gateShown(s, NOON, 'curfew', 'douyin', '1');
    s = gateShown(s, NOON + 60_000, 'curfew', 'douyin', '1');
    s = gateShown(s, NOON + 6 * 60_000, 'curfew', 'douyin', '1');
    expect(s.log.map((e) => e.kind)).toEqual(['protection-on', 'protection-off', 'gate-shown', 'gate-shown']);
  });

  it('stores a "host looks under 16" report locally and logs it (R-MINOR-12)', () => {
    const s = reportMinorHost(INITIAL_STATE, NOON, { site: 'douyin', roomId: '880088000', hostName: '小美', hostId: 'MS4w' }, 'r1');
    expect(s.reports).toEqual([{ id: 'r1', at: NOON, site: 'douyin', roomId: '880088000', hostName: '小美', hostId: 'MS4w' }]);
    expect(s.log[0]).toMatchObject({ kind: 'minor-host-report', site: 'douyin', roomId: '880088000', detail: '小美 · MS4w' });
  });
});
