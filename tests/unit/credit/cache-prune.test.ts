// R-CREDIT-15: the persisted prefix cache stays bounded and holds no account id.
import { describe, expect, it } from 'vitest';
import { pruneCache } from '@/lib/credit/cache-prune';
import { memoryRecordsItem, persistedPrefixStore } from '@/lib/credit/cache-store';

describe('credit cache', () => {
  it('drops answers past the max age and keeps the newest up to the cap', () => {
    const recs = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`abc0${i}`, { at: 1000 * i, entries: [] }]));
    expect(Object.keys(pruneCache(recs, 5000, { maxPrefixes: 3, maxAgeMs: 10_000 }))).toEqual(['abc05', 'abc04', 'abc03']);
    expect(Object.keys(pruneCache(recs, 12_500, { maxPrefixes: 10, maxAgeMs: 10_000 }))).toEqual(['abc05', 'abc04', 'abc03']);
  });
  it('the store serialises writes: concurrent sets all land, and clear empties it', async () => {
    const item = memoryRecordsItem();
    const store = persistedPrefixStore(item, () => 10);
    await Promise.all(['aaaa', 'bbbb', 'cccc'].map((p, i) => store.set(p, { at: i, entries: [] })));
    expect(Object.keys(await item.getValue()).sort()).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(await store.get('bbbb')).toEqual({ at: 1, entries: [] });
    await store.clear();
    expect(await store.get('bbbb')).toBeNull();
  });
});
