// R-MINOR-10: five wrong PINs lock PIN entry, with a growing delay; a right PIN resets.
import { describe, expect, it } from 'vitest';
import { FIRST_LOCKOUT_MS, lockedUntil, lockoutDelay, MAX_LOCKOUT_MS, NO_ATTEMPTS, recordAttempt, type Attempts } from '@/lib/protection/lockout';
import { pinChecked, pinRefused } from '@/lib/protection/machine';
import { INITIAL_STATE } from '@/lib/protection/state';

const T0 = Date.parse('2026-11-22T20:00:00+08:00');

function fail(a: Attempts, now: number, n: number) {
  let cur = a;
  let locked = false;
  for (let i = 0; i < n; i++) ({ attempts: cur, lockedNow: locked } = recordAttempt(cur, now, false));
  return { a: cur, locked };
}

describe('lockout', () => {
  it('four wrong PINs do not lock; the fifth locks for a minute', () => {
    let r = fail(NO_ATTEMPTS, T0, 4);
    expect(r.locked).toBe(false);
    expect(lockedUntil(r.a, T0)).toBeNull();
    r = fail(r.a, T0, 1);
    expect(r.locked).toBe(true);
    expect(lockedUntil(r.a, T0)).toBe(T0 + FIRST_LOCKOUT_MS);
    expect(lockedUntil(r.a, T0 + FIRST_LOCKOUT_MS - 1)).toBe(T0 + FIRST_LOCKOUT_MS);
    expect(lockedUntil(r.a, T0 + FIRST_LOCKOUT_MS)).toBeNull();
  });

  it('each further run of five doubles the delay, up to a day', () => {
    let a = NO_ATTEMPTS;
    let now = T0;
    const delays: number[] = [];
    for (let k = 0; k < 4; k++) {
      a = fail(a, now, 5).a;
      delays.push(a.lockedUntil! - now);
      now = a.lockedUntil!;
    }
    expect(delays).toEqual([1, 2, 4, 8].map((m) => m * 60_000));
    expect(lockoutDelay(30)).toBe(MAX_LOCKOUT_MS);
  });

  it('a right PIN clears failures and lockout history', () => {
    const a = fail(NO_ATTEMPTS, T0, 7).a;
    expect(recordAttempt(a, T0 + 10 * 60_000, true).attempts).toEqual(NO_ATTEMPTS);
  });

  it('setting the clock back does not shorten a lockout', () => {
    const a = fail(NO_ATTEMPTS, T0, 5).a;
    expect(lockedUntil(a, T0 - 3600_000)).toBe(T0 + FIRST_LOCKOUT_MS);
  });

  it('the activity log records failures, the lockout and refused attempts', () => {
    let s = INITIAL_STATE;
    for (let i = 0; i < 5; i++) s = pinChecked(s, T0 + i, false, { purpose: 'settings' }).state;
    s = pinRefused(s, T0 + 10, { purpose: 'gate', gate: 'content', site: 'douyin', roomId: '1' });
    expect(s.log.map((e) => e.kind)).toEqual(['pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'lockout', 'locked-attempt']);
    expect(s.log[5].ms).toBe(FIRST_LOCKOUT_MS);
    expect(s.log[6]).toMatchObject({ gate: 'content', site: 'douyin', roomId: '1' });
  });
});
