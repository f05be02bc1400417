/** SeenKeys: bounded memory of chat keys, oldest forgotten first (the reader's de-duplication). */
import { describe, expect, it } from 'vitest';
import { SeenKeys } from '@/lib/shared/seen-keys';

/** the plain definition: a Set in insertion order, drop the first when over the bound */
class Reference {
  private set = new Set<string>();
  constructor(private max: number) {}
  add(k: string) {
    if (this.set.has(k)) return false;
    this.set.add(k);
    if (this.set.size > this.max) this.set.delete(this.set.values().next().value as string);
    return true;
  }
}

describe('SeenKeys', () => {
  it('says true only the first time while a key is remembered', () => {
    const s = new SeenKeys(3);
    expect(['a', 'b', 'a', 'c', 'd', 'a', 'b'].map((k) => s.add(k))).toEqual([true, true, false, true, true, true, true]);
  });

  it('agrees with the plain Set definition over a long random stream (bounds 1, 7, 100)', () => {
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (const max of [1, 7, 100]) {
      const s = new SeenKeys(max);
      const r = new Reference(max);
      for (let i = 0; i < 20_000; i++) {
        const k = `k${rnd(max * 3)}`;
        expect(s.add(k), `step ${i}, max ${max}`).toBe(r.add(k));
      }
    }
  });

  it('is bounded: past `max` the oldest key is forgotten, the newer ones kept', () => {
    const s = new SeenKeys(3);
    ['a', 'b', 'c', 'd'].forEach((k) => s.add(k));
    expect(s.add('b')).toBe(false);
    expect(s.add('d')).toBe(false);
    expect(s.add('a')).toBe(true); // forgotten, so new again
  });

  it('clear forgets everything', () => {
    const s = new SeenKeys(5);
    s.add('x');
    s.clear();
    expect(s.add('x')).toBe(true);
  });
});
