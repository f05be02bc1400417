// issue 24: the heartbeat's gap and clock checks, pure (fake clock: explicit wall and monotonic times).
import { describe, expect, it } from 'vitest';
import { observeClock, serverCheck, trustedNow, type Heartbeat } from '@/lib/protection/clock-watch';

const T0 = Date.parse('2026-11-22T21:40:00+08:00');
const beat = (wall: number, mono: number, origin = 1, tz = 'Asia/Shanghai'): Heartbeat => ({ wall, mono, origin, tz });
const opts = { gapMs: 80_000, protecting: true };

describe('observeClock', () => {
  it('a worker restart after 35 minutes of silence is a gap from the last beat to now, with its cause', () => {
    const r = observeClock(beat(T0, 5_000), beat(T0 + 35 * 60_000, 100, 2), 0, { ...opts, cause: 'not-running' });
    expect(r.entries).toEqual([{ at: T0 + 35 * 60_000, kind: 'gap', from: T0, ms: 35 * 60_000, detail: 'not-running' }]);
    expect(r.skewMs).toBe(0);
  });

  it('a normal beat (30 s, or a restart within the allowance) logs nothing', () => {
    expect(observeClock(beat(T0, 0), beat(T0 + 30_000, 30_000), 0, opts).entries).toEqual([]);
    expect(observeClock(beat(T0, 0), beat(T0 + 60_000, 10, 2), 0, opts).entries).toEqual([]);
  });

  it('nothing is logged while protection is off or on the first beat', () => {
    expect(observeClock(beat(T0, 0), beat(T0 + 3_600_000, 10, 2), 0, { ...opts, protecting: false }).entries).toEqual([]);
    expect(observeClock(null, beat(T0, 0), 0, opts).entries).toEqual([]);
  });

  it('the clock moved forward 6 h inside one worker life: logged, and the skew keeps LiveGuard on its own time', () => {
    const r = observeClock(beat(T0, 1_000), beat(T0 + 30_000 + 6 * 3_600_000, 31_000), 0, opts);
    expect(r.entries).toEqual([{ at: T0 + 30_000 + 6 * 3_600_000, kind: 'clock-forward', ms: 6 * 3_600_000 }]);
    expect(r.skewMs).toBe(6 * 3_600_000);
    expect(trustedNow(T0 + 30_000 + 6 * 3_600_000, r.skewMs)).toBe(T0 + 30_000);
  });

  it('the clock moved back 2 h: logged inside one life and across a restart; the skew goes negative', () => {
    const same = observeClock(beat(T0, 1_000), beat(T0 + 30_000 - 2 * 3_600_000, 31_000), 0, opts);
    expect(same.entries[0]).toMatchObject({ kind: 'clock-back', ms: 2 * 3_600_000 });
    expect(same.skewMs).toBe(-2 * 3_600_000);
    const restart = observeClock(beat(T0, 1_000), beat(T0 - 2 * 3_600_000, 5, 2), 0, opts);
    expect(restart.entries[0]).toMatchObject({ kind: 'clock-back', ms: 2 * 3_600_000 });
  });

  it('moving it forward and back again returns to no skew', () => {
    const f = observeClock(beat(T0, 0), beat(T0 + 3_600_000, 0), 0, opts);
    const b = observeClock(beat(T0 + 3_600_000, 0), beat(T0, 0), f.skewMs, opts);
    expect(b.skewMs).toBe(0);
  });

  it('a time-zone change is logged with both zones', () => {
    const r = observeClock(beat(T0, 0), beat(T0 + 30_000, 30_000, 1, 'America/New_York'), 0, opts);
    expect(r.entries).toEqual([{ at: T0 + 30_000, kind: 'zone-changed', detail: 'Asia/Shanghai → America/New_York' }]);
  });
});

describe('serverCheck', () => {
  it('the server says the clock is 3 h ahead: that becomes the skew', () => {
    const r = serverCheck(T0 + 3 * 3_600_000, T0, 200, 0);
    expect(r?.skewMs).toBe(3 * 3_600_000);
    expect(r?.entry).toMatchObject({ kind: 'clock-server', detail: 'clock wrong' });
  });
  it('a skew from a computer that only slept is cleared by the server', () => {
    const r = serverCheck(T0, T0 + 800, 200, 8 * 3_600_000);
    expect(r?.skewMs).toBe(0);
    expect(r?.entry.detail).toBe('clock right');
  });
  it('agreement within the allowance changes nothing', () => {
    expect(serverCheck(T0, T0 - 2_000, 300, 0)).toBeNull();
  });
});
