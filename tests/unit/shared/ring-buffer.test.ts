// Memory stays bounded in a room that runs for hours (issue 5); the newest items are kept in order.
import { describe, expect, it } from 'vitest';
import { RingBuffer } from '@/lib/shared/ring-buffer';

describe('RingBuffer', () => {
  it('keeps the newest `capacity` items, oldest first, across many wrap-arounds', () => {
    const b = new RingBuffer<number>(3);
    expect(b.toArray()).toEqual([]);
    b.push(1);
    b.push(2);
    expect(b.toArray()).toEqual([1, 2]);
    for (let i = 3; i <= 10_000; i++) b.push(i);
    expect(b.size).toBe(3);
    expect(b.toArray()).toEqual([9998, 9999, 10_000]);
  });

  it('filters (e.g. the last two minutes) and clears', () => {
    const b = new RingBuffer<{ at: number }>(5);
    for (let at = 0; at < 8; at++) b.push({ at });
    expect(b.filter((x) => x.at >= 6).map((x) => x.at)).toEqual([6, 7]);
    b.clear();
    expect(b.size).toBe(0);
    b.push({ at: 42 });
    expect(b.toArray()).toEqual([{ at: 42 }]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingBuffer(0)).toThrow();
    expect(() => new RingBuffer(1.5)).toThrow();
  });
});
