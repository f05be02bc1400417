// R-MINOR-10: daily time budget across livestream sites, with a fake clock (explicit `now`).
import { describe, expect, it } from 'vitest';
import { currentUsedMs, MAX_TICK_GAP_MS, tick, type Usage } from '@/lib/protection/budget';
import { decide } from '@/lib/protection/decide';
import { onTick } from '@/lib/protection/machine';
import { INITIAL_STATE, type ProtectionState } from '@/lib/protection/state';

const at = (iso: string) => Date.parse(iso);
const SH = 'Asia/Shanghai';
const S = 1000;
const MIN = 60 * S;

/** Tick every 30 s from `from` for `ms` of wall time; returns usage. */
function run(u: Usage | null, from: number, ms: number, tz = SH): Usage {
  let cur = u;
  for (let t = from; t <= from + ms; t += 30 * S) cur = tick(cur, t, tz).usage;
  return cur!;
}

describe('budget accounting', () => {
  it('credits wall time between ticks, not long gaps or idle ticks', () => {
    const t0 = at('2026-11-22T10:00:00+08:00');
    let u = tick(null, t0, SH).usage;
    expect(u.usedMs).toBe(0);
    u = tick(u, t0 + 30 * S, SH).usage;
    expect(u.usedMs).toBe(30 * S);
    u = tick(u, t0 + 30 * S + MAX_TICK_GAP_MS, SH).usage; // one missed tick: still viewing
    expect(u.usedMs).toBe(30 * S + MAX_TICK_GAP_MS);
    u = tick(u, u.lastTickAt! + 3 * 3600 * S, SH).usage; // laptop slept 3 h: a break
    expect(u.usedMs).toBe(30 * S + MAX_TICK_GAP_MS);
    const idle = tick(u, u.lastTickAt! + 40 * S, SH, false).usage; // only a hidden tab is left
    expect(idle.usedMs).toBe(u.usedMs);
    expect(idle.lastTickAt).toBe(u.lastTickAt! + 40 * S);
    const next = tick(idle, idle.lastTickAt! + 30 * S, SH).usage; // visible again: idle time not credited
    expect(next.usedMs).toBe(u.usedMs + 30 * S);
  });

  it('two rooms open at once do not count double (ticks credit time since ANY last tick)', () => {
    const t0 = at('2026-11-22T10:00:00+08:00');
    let u = tick(null, t0, SH).usage;
    for (let i = 1; i <= 20; i++) {
      u = tick(u, t0 + i * 30 * S, SH).usage; // tab A
      u = tick(u, t0 + i * 30 * S + 5 * S, SH).usage; // tab B, 5 s later
    }
    expect(u.usedMs).toBe(20 * 30 * S + 5 * S);
  });

  it('a hidden tab ticking next to a visible one does not eat the visible tab\'s time', () => {
    const t0 = at('2026-11-22T10:00:00+08:00');
    let u = tick(null, t0, SH).usage;
    for (let i = 1; i <= 10; i++) {
      u = tick(u, t0 + i * 30 * S - 20 * S, SH, false).usage; // hidden tab B, 10 s after A's tick
      u = tick(u, t0 + i * 30 * S, SH, true).usage; // visible tab A
    }
    expect(u.usedMs).toBe(10 * 30 * S);
  });

  it('splits a tick spanning midnight and starts the new day with only the part after midnight', () => {
    let u = run(null, at('2026-11-22T23:30:00+08:00'), 29 * MIN + 30 * S); // ..23:59:30
    expect(u.day).toBe('2026-11-22');
    expect(u.usedMs).toBe(29 * MIN + 30 * S);
    const r = tick(u, at('2026-11-23T00:00:20+08:00'), SH);
    expect(r.usage.day).toBe('2026-11-23');
    expect(r.usage.usedMs).toBe(20 * S);
    expect(r.usage.history).toEqual([{ day: '2026-11-22', usedMs: 30 * MIN }]);
    expect(r.events).toEqual([{ kind: 'day-used', day: '2026-11-22', usedMs: 30 * MIN }]);
    u = r.usage;
    expect(currentUsedMs(u, at('2026-11-24T00:00:01+08:00'))).toBe(0); // next day reads 0 before any tick
  });

  it('setting the clock back neither credits time nor resets the day, and is logged', () => {
    let u = run(null, at('2026-11-23T00:00:00+08:00'), 40 * MIN);
    expect(u.usedMs).toBe(40 * MIN);
    const r = tick(u, at('2026-11-22T23:00:00+08:00'), SH); // back to "yesterday"
    expect(r.usage.usedMs).toBe(40 * MIN);
    expect(r.usage.day).toBe('2026-11-23');
    expect(r.events).toEqual([{ kind: 'clock-back', byMs: 100 * MIN }]);
    u = tick(r.usage, at('2026-11-22T23:00:30+08:00'), SH).usage;
    expect(u.usedMs).toBe(40 * MIN + 30 * S); // counting resumes from the new clock
  });

  it('switching the time zone to one already past midnight does not open a fresh day early', () => {
    // 20:00 Shanghai = 12:00 UTC = 02:00 next day in Kiritimati (UTC+14)
    const u = run(null, at('2026-11-22T19:20:00+08:00'), 40 * MIN);
    const now = at('2026-11-22T20:00:30+08:00');
    const r = tick(u, now, 'Pacific/Kiritimati');
    expect(r.usage.day).toBe('2026-11-22');
    expect(r.usage.usedMs).toBe(40 * MIN + 30 * S);
    // and the day does end at Shanghai midnight, then follows the new zone
    const next = tick(r.usage, at('2026-11-23T00:00:10+08:00'), 'Pacific/Kiritimati').usage;
    expect(next.day).toBe('2026-11-23'); // Kiritimati date at 16:00 UTC
    expect(next.usedMs).toBe(0); // the gap since 20:00:30 is a break: nothing credited
  });

  it('on a 25-hour DST day the day still ends at local midnight', () => {
    const NY = 'America/New_York';
    const u = tick(null, at('2026-11-01T00:30:00-04:00'), NY).usage;
    expect(u.resetsAt).toBe(at('2026-11-02T00:00:00-05:00'));
  });
});

describe('budget gate', () => {
  const on: ProtectionState = { ...INITIAL_STATE, settings: { ...INITIAL_STATE.settings, enabled: true, curfew: { enabled: false, start: '22:00', end: '06:00' } } };

  it('counts down 40 minutes by default and gates when spent, then reopens after local midnight', () => {
    let s = on;
    const t0 = at('2026-11-22T15:00:00+08:00');
    for (let t = t0; t <= t0 + 39 * MIN; t += 30 * S) s = onTick(s, {}, t, SH, true);
    let d = decide(s, {}, t0 + 39 * MIN, { tz: SH });
    expect(d.gate).toBeNull();
    expect(d.remainingMs).toBe(MIN);
    for (let t = t0 + 39 * MIN + 30 * S; t <= t0 + 40 * MIN; t += 30 * S) s = onTick(s, {}, t, SH, true);
    d = decide(s, {}, t0 + 40 * MIN, { tz: SH });
    expect(d.remainingMs).toBe(0);
    expect(d.gate).toBe('budget');
    expect(decide(s, {}, at('2026-11-23T00:00:00+08:00'), { tz: SH }).gate).toBeNull();
    expect(decide(s, {}, at('2026-11-23T00:00:00+08:00'), { tz: SH }).remainingMs).toBe(40 * MIN);
  });

  it('tracks nothing while protection is off', () => {
    const s = onTick(INITIAL_STATE, {}, at('2026-11-22T15:00:00+08:00'), SH, true);
    expect(s).toBe(INITIAL_STATE);
  });

  it('a budget of 0 minutes means no budget', () => {
    const s = { ...on, settings: { ...on.settings, dailyBudgetMinutes: 0 } };
    const d = decide(s, {}, at('2026-11-22T15:00:00+08:00'), { tz: SH });
    expect(d.budgetMs).toBeNull();
    expect(d.gate).toBeNull();
  });
});
