// The protection database's row as issue 14 stored it loads unchanged under today's schema (issue
// 24 added defaulted fields instead of a new Dexie version: the table's key and indexes did not
// change). Real Dexie on fake-indexeddb.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProtectionState, openProtectionDb, resetProtectionDbForTests } from '@/lib/db/protection-state';

const fixture = JSON.parse(readFileSync('tests/fixtures/protection-db/v1.json', 'utf8')) as { row: { key: 'current'; state: Record<string, unknown> } };

beforeEach(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetProtectionDbForTests();
  fakeBrowser.reset();
});

describe('protection database v1 row', () => {
  it('loads with everything kept and issue 24\'s fields at their defaults', async () => {
    const db = openProtectionDb();
    await db.state.put(fixture.row as never);
    db.close();
    const s = await loadProtectionState();
    expect(s.settings).toEqual(fixture.row.state.settings);
    expect(s.pin).toEqual(fixture.row.state.pin);
    expect(s.log).toHaveLength(2);
    expect(s.watch).toEqual({ beat: null, skewMs: 0, incognitoAllowed: null });
    expect(s.recovery).toBeNull();
    expect(s.pinForSensitive).toBe(true);
    expect(s.budgetSync.enabled).toBe(false);
    expect(s.visits).toEqual([]);
  });
});
