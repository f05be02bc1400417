/** RecentMap (issue 13, run-room's chat marks): the Map with "delete keys().next()" it replaced. */
import { describe, expect, it } from 'vitest';
import { RecentMap } from '@/lib/room/recent-map';

describe('RecentMap', () => {
  it('forgets the oldest key past its bound; setting a known key keeps its place', () => {
    const m = new RecentMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('a', 3); // updated, still the oldest
    m.set('c', 4);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([undefined, 2, 4, 2]);
  });

  it('agrees with the plain Map definition over a long random stream (bounds 1, 7, 1000)', () => {
    let seed = 5;
    let checked = 0;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (const max of [1, 7, 1000]) {
      const m = new RecentMap<string, number>(max);
      const ref = new Map<string, number>();
      for (let i = 0; i < 30_000; i++) {
        const k = `k${rnd(max * 3)}`;
        m.set(k, i);
        ref.set(k, i);
        if (ref.size > max) ref.delete(ref.keys().next().value!);
        const probe = `k${rnd(max * 3)}`;
        // expect() only on a mismatch: 180,000 expect calls with a message each took 13 s of CPU
        // (issue 13, CI time); any difference still fails here, naming the step
        if (m.get(probe) !== ref.get(probe) || m.size !== ref.size) {
          expect(m.get(probe), `${max}/${i}`).toBe(ref.get(probe));
          expect(m.size, `${max}/${i}`).toBe(ref.size);
        }
        checked++;
      }
    }
    expect(checked).toBe(90_000);
  });

  it('refuses a bound that is not a positive integer', () => {
    expect(() => new RecentMap(0)).toThrow();
  });
});
