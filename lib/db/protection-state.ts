/**
 * Where protection mode's state lives (issue 14): the extension's OWN IndexedDB, opened only by the
 * background. A content script runs with the page's origin, so its IndexedDB is the page's; it
 * can read and write `storage.local`, which is why the state (PIN record, lockout, settings) no
 * longer lives there. A database of its own (not the complaints one) so its versions move alone.
 *
 * v1: one row, key 'current', holding the whole ProtectionState. Users of 0.1 had it in
 * storage.local 'protection': moved here on first read, then removed there (never before the copy
 * is written, so a guardian's settings are never lost).
 */
import Dexie, { type EntityTable } from 'dexie';
import { ProtectionStateSchema, INITIAL_STATE, type ProtectionState } from '../protection/state';

export const PROTECTION_DB_NAME = 'liveguard-protection';
type Row = { key: 'current'; state: ProtectionState };
type ProtectionDb = Dexie & { state: EntityTable<Row, 'key'> };

export function openProtectionDb(name = PROTECTION_DB_NAME): ProtectionDb {
  const db = new Dexie(name) as ProtectionDb;
  db.version(1).stores({ state: 'key' });
  return db;
}

let shared: ProtectionDb | null = null;
const dbOf = () => (shared ??= openProtectionDb());
/** tests: a fresh database per test (Dexie.dependencies.indexedDB = new IDBFactory()) */
export function resetProtectionDbForTests() {
  shared?.close();
  shared = null;
}

/** the storage.local key of 0.1 (readable by content scripts: only ever read here to move it) */
export const LEGACY_KEY = 'protection';

export async function loadProtectionState(): Promise<ProtectionState> {
  const row = await dbOf().state.get('current');
  if (row) return ProtectionStateSchema.parse(row.state);
  const legacy = (await browser.storage.local.get(LEGACY_KEY))[LEGACY_KEY];
  if (legacy === undefined) return INITIAL_STATE;
  // A record that does not parse is kept where it is (and reported), not dropped: the guardian's
  // settings are never lost, and the defaults are not silently weaker than what was set.
  const parsed = ProtectionStateSchema.parse(legacy); // 0.1 stored this same schema
  await saveProtectionState(parsed);
  await browser.storage.local.remove([LEGACY_KEY, `${LEGACY_KEY}$`]); // WXT keeps its version in `key$`
  return parsed;
}

export async function saveProtectionState(s: ProtectionState): Promise<void> {
  await dbOf().state.put({ key: 'current', state: ProtectionStateSchema.parse(s) });
}
