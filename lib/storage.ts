/**
 * Every extension storage item, declared in one place (design.md): each with a zod schema (its
 * type comes from it), a fallback, a version and its migrations. A schema change bumps the version,
 * adds `migrations[newVersion]` (old value → new) and a fixture of the old shape in
 * tests/fixtures/storage/<item>/v<old>.json; tests/unit/storage-migrations.test.ts upgrades every
 * fixture of every item through WXT's own migration runner and parses the result with the schema.
 * Every item is still at its first shipped shape (v1), so today that test checks v1 → v1.
 */
import { storage } from '#imports';
import { z } from 'zod';
import { BundleSchema } from './bundle/schema';
import { INITIAL_META, SyncMetaSchema } from './sync/meta';
import { PrefixRecordSchema } from './credit/cache-store';
import { RoomPausesSchema } from './room-pause/schema';

export interface StorageItemSpec<S extends z.ZodType = z.ZodType> {
  /** `session:` items live only while the browser runs, out of content scripts' reach */
  key: `local:${string}` | `session:${string}`;
  schema: S;
  fallback: z.infer<S>;
  /** starts at 1; bump with every change of shape */
  version: number;
  /** migrations[n] turns a version n-1 value into a version n value (WXT runs them in order) */
  migrations: Record<number, (old: unknown) => unknown>;
}
const item = <S extends z.ZodType>(spec: StorageItemSpec<S>) => spec;

/** Viewer preferences that are not guardian-controlled. */
export const ViewerPrefsSchema = z.object({
  /** UI language override; null = follow the browser */
  locale: z.enum(['zh_CN', 'en']).nullable(),
});
export type ViewerPrefs = z.infer<typeof ViewerPrefsSchema>;

export const STORAGE_ITEMS = {
  viewerPrefs: item({ key: 'local:viewerPrefs', schema: ViewerPrefsSchema, fallback: { locale: null }, version: 1, migrations: {} }),

  // Each area adds its items below (one block each).

  // Guardian protection mode (R-MINOR-10/11) is NOT here: storage.local is readable and writable by
  // content scripts, so its state and PIN record live in the extension's own IndexedDB, background
  // only (lib/db/protection-state.ts, which moves 0.1's 'local:protection' there and removes it).

  // Sync (R-SYNC-22): the last good bundle (null = use the built-in default), the sync state, and
  // the viewer's own server URL (null = the built-in one). Kept apart so status reads stay cheap.
  syncedBundle: item({ key: 'local:syncedBundle', schema: BundleSchema.nullable(), fallback: null, version: 1, migrations: {} }),
  syncMeta: item({ key: 'local:syncMeta', schema: SyncMetaSchema, fallback: INITIAL_META, version: 1, migrations: {} }),
  syncApiUrl: item({ key: 'local:syncApiUrl', schema: z.string().nullable(), fallback: null, version: 1, migrations: {} }),

  // Credit lookups (R-CREDIT-15): the server's answers per hash prefix, so that offline the cache
  // answers; pruned on every write (lib/credit/cache-prune.ts). Holds hashes, never account ids.
  creditCache: item({ key: 'local:creditCache', schema: z.record(z.string(), PrefixRecordSchema), fallback: {}, version: 1, migrations: {} }),

  // Pause-this-room (issue 18 item 2): `site:roomId` → when the pause ends. Session storage: no
  // content script (so no page) can read or lift it, and it ends with the browser at the latest.
  roomPauses: item({ key: 'session:roomPauses', schema: RoomPausesSchema, fallback: {}, version: 1, migrations: {} }),
};

/** The WXT item for a spec. `migrations` is always passed: without it WXT never runs a migration. */
export function defineStorageItem<S extends z.ZodType>(spec: StorageItemSpec<S>) {
  return storage.defineItem<z.infer<S>>(spec.key, { fallback: spec.fallback, version: spec.version, migrations: spec.migrations });
}

export const viewerPrefs = defineStorageItem(STORAGE_ITEMS.viewerPrefs);
export const syncedBundle = defineStorageItem(STORAGE_ITEMS.syncedBundle);
export const syncMeta = defineStorageItem(STORAGE_ITEMS.syncMeta);
export const syncApiUrl = defineStorageItem(STORAGE_ITEMS.syncApiUrl);
export const creditCache = defineStorageItem(STORAGE_ITEMS.creditCache);
export const roomPauses = defineStorageItem(STORAGE_ITEMS.roomPauses);
