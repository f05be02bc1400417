/**
 * Every extension storage item, declared in one place (design.md): typed, with a fallback and a
 * version. A schema change bumps the version and adds a migration plus a fixture of the old shape
 * (tests/unit/storage-migrations.test.ts upgrades every fixture).
 */
import { storage } from '#imports';

/** Viewer preferences that are not guardian-controlled. */
export interface ViewerPrefs {
  /** UI language override; null = follow the browser */
  locale: 'zh_CN' | 'en' | null;
}
export const viewerPrefs = storage.defineItem<ViewerPrefs>('local:viewerPrefs', {
  fallback: { locale: null },
  version: 1,
});

// Each area adds its items below (one block each).

// Guardian protection mode (R-MINOR-10/11) is NOT here: storage.local is readable and writable by
// content scripts, so its state and PIN record live in the extension's own IndexedDB, background
// only (lib/db/protection-state.ts, which moves 0.1's 'local:protection' there and removes it).

// Sync (R-SYNC-22): the last good bundle (null = use the built-in default), the sync state, and
// the viewer's own server URL (null = the built-in one). Kept apart so status reads stay cheap.
import type { Bundle } from './bundle/schema';
import { INITIAL_META, type SyncMeta } from './sync/client';
export const syncedBundle = storage.defineItem<Bundle | null>('local:syncedBundle', { fallback: null, version: 1 });
export const syncMeta = storage.defineItem<SyncMeta>('local:syncMeta', { fallback: INITIAL_META, version: 1 });
export const syncApiUrl = storage.defineItem<string | null>('local:syncApiUrl', { fallback: null, version: 1 });

// Credit lookups (R-CREDIT-15): the server's answers per hash prefix, so that offline the cache
// answers; pruned on every write (lib/credit/cache-prune.ts). Holds hashes, never account ids.
import type { PrefixRecord } from './credit/cache-store';
export const creditCache = storage.defineItem<Record<string, PrefixRecord>>('local:creditCache', { fallback: {}, version: 1 });
