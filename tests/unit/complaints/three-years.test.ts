// R-COMPLAINT-26 / R-COMPLAINT-18: the 12315 deadline is 3 years from the incident, on a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ageDays, limitDate, limitState } from '@/lib/complaints/completeness';

const ymd = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];

describe('three-year complaint limit (fake clock)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('an ordinary day: same day three years on; age counts whole days', () => {
    const event = new Date(2026, 0, 7, 15, 0).getTime();
    vi.setSystemTime(new Date(2026, 0, 17, 16, 0));
    expect(ymd(limitDate(event))).toEqual([2029, 1, 7]);
    expect(ageDays(event, Date.now())).toBe(10);
    expect(limitState(event, Date.now()).state).toBe('ok');
  });

  it('a leap day ends on 28 February (民法典 Art. 202: no corresponding day → the month\'s last day)', () => {
    const event = new Date(2024, 1, 29, 10, 0).getTime();
    expect(ymd(limitDate(event))).toEqual([2027, 2, 28]);
    vi.setSystemTime(new Date(2027, 1, 28, 9, 0));
    expect(limitState(event, Date.now()).state).toBe('soon');
    vi.setSystemTime(new Date(2027, 2, 1, 11, 0));
    expect(limitState(event, Date.now()).state).toBe('expired');
  });

  it('31 December stays 31 December; the age never goes negative', () => {
    const event = new Date(2025, 11, 31, 23, 0).getTime();
    expect(ymd(limitDate(event))).toEqual([2028, 11 + 1, 31]);
    vi.setSystemTime(new Date(2025, 11, 30));
    expect(ageDays(event, Date.now())).toBe(0);
  });
});
