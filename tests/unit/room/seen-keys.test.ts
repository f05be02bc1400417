// Re-rendered chat rows must not count twice (issue 5), in bounded memory: oldest keys go first.
import { describe, expect, it } from 'vitest';
import { SeenKeys } from '@/lib/room/seen-keys';

describe('SeenKeys', () => {
  it('says true only the first time a key is seen', () => {
    const s = new SeenKeys(10);
    expect(s.add('id:1')).toBe(true);
    expect(s.add('id:1')).toBe(false);
    expect(s.add('id:2')).toBe(true);
  });

  it('is bounded: past `max` the oldest key is forgotten, the newer ones kept', () => {
    const s = new SeenKeys(3);
    ['a', 'b', 'c', 'd'].forEach((k) => s.add(k));
    expect(s.add('b')).toBe(false);
    expect(s.add('d')).toBe(false);
    expect(s.add('a')).toBe(true); // forgotten, so new again
  });

  it('clear forgets everything', () => {
    const s = new SeenKeys();
    s.add('x');
    s.clear();
    expect(s.add('x')).toBe(true);
  });
});
