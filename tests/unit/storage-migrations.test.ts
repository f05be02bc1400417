/**
 * Every old shape of every storage item upgrades to today's (design.md: read-frog's all-migrations
 * test). tests/fixtures/storage/<item>/v<N>.json holds a value as version N of the extension
 * stored it; the test puts it in storage with its version mark, defines the item as
 * lib/storage.ts does (WXT's own migration runner; fakeBrowser stands in for browser.storage),
 * reads it and parses the result with the item's current schema. Dexie tables have the same test in
 * tests/unit/complaints/db-upgrade.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_ITEMS, defineStorageItem, type StorageItemSpec } from '@/lib/storage';

const DIR = 'tests/fixtures/storage';
const versionsOf = (name: string) =>
  existsSync(join(DIR, name))
    ? readdirSync(join(DIR, name))
        .filter((f) => /^v\d+\.json$/.test(f))
        .map((f) => Number(f.slice(1, -5)))
        .sort((a, b) => a - b)
    : [];

describe('storage migrations', () => {
  it('has fixtures for exactly the declared items', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(STORAGE_ITEMS).sort());
  });

  for (const [name, spec] of Object.entries(STORAGE_ITEMS) as [string, StorageItemSpec][]) {
    it(`${name}: a fixture for every version up to v${spec.version}, and a migration to every later one`, () => {
      expect(versionsOf(name)).toEqual(Array.from({ length: spec.version }, (_, i) => i + 1));
      for (let v = 2; v <= spec.version; v++) expect(typeof spec.migrations[v]).toBe('function');
    });

    for (const v of versionsOf(name)) {
      it(`${name}: v${v} upgrades to v${spec.version} and parses with today's schema`, async () => {
        fakeBrowser.reset();
        const fixture: unknown = JSON.parse(readFileSync(join(DIR, name, `v${v}.json`), 'utf8'));
        const [area, key] = spec.key.split(/:(.*)/s) as ['local' | 'session', string];
        // WXT keeps an item's version in `<key>$` as { v }; a v1 item written before versions had none
        await fakeBrowser.storage[area].set({ [key]: fixture, [`${key}$`]: { v } });
        const item = defineStorageItem(spec);
        const value = await item.getValue();
        const parsed = spec.schema.safeParse(value);
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
        expect(value).not.toEqual(spec.fallback); // the stored value was kept, not replaced
        expect(await fakeBrowser.storage[area].get(`${key}$`)).toEqual({ [`${key}$`]: { v: spec.version } });
      });
    }
  }

  it('a fixture that does not match the schema fails (the check is live)', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ syncMeta: { status: 'ok' }, syncMeta$: { v: 1 } });
    const value = await defineStorageItem(STORAGE_ITEMS.syncMeta).getValue();
    expect(STORAGE_ITEMS.syncMeta.schema.safeParse(value).success).toBe(false);
  });
});
