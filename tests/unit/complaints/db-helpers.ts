/** A fresh in-memory IndexedDB per test (testing.md), real Dexie on fake-indexeddb. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '@/lib/db/database';

export function freshDb(name = 'liveguard') {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return openDb(name);
}
