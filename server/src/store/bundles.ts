/**
 * Bundle versions (R-SYNC-22). A version = the core parts (settings, vocabulary, sites) stored as
 * JSON, plus the blacklist rows stamped with the version that added / removed them, so a full
 * bundle or a delta between any two versions is one indexed query.
 */
import { createHash } from 'node:crypto';
import { BUNDLE_SCHEMA_VERSION, BundleSchema, type Bundle } from '../../../lib/bundle/schema';
import { DEFAULT_BUNDLE } from '../../../lib/bundle/default-bundle';
import type { BundleDelta, PublishRequest } from '../../../lib/api';
import type { BlacklistEntry } from '../../../lib/bundle/blacklist';
import { bundleHash } from '../../../lib/bundle/content-hash';
import type { Db, Queryable } from '../db/types';
import { buildPrefixSet } from '../../../lib/bundle/credit-prefixes';

type Core = Pick<Bundle, 'settings' | 'vocabulary' | 'sites' | 'creditPrefixes'>;
/** Bundle blacklist entries carry a 16-hex (64-bit) hash prefix: unique enough, and it keeps 100k entries small. */
export const BUNDLE_HASH_HEX = 16;
/** Deltas are served from versions at most this far behind; older clients get the full bundle. */
export const MAX_DELTA_SPAN = 100;

const defaultCore = (): Core => ({ settings: DEFAULT_BUNDLE.settings, vocabulary: DEFAULT_BUNDLE.vocabulary, sites: DEFAULT_BUNDLE.sites });

export async function currentVersion(q: Queryable): Promise<number> {
  const [r] = await q.query<{ v: number | null }>('SELECT MAX(version) AS v FROM bundle_versions');
  return r?.v == null ? 0 : Number(r.v);
}

async function versionRow(q: Queryable, version: number) {
  const [r] = await q.query<{ issued_at: string; core: string }>('SELECT issued_at, core FROM bundle_versions WHERE version = $1', [version]);
  return r ? { issuedAt: r.issued_at, core: JSON.parse(r.core) as Core } : null;
}

export async function publish(db: Db, req: PublishRequest, now = new Date()): Promise<number> {
  return db.tx(async (q) => {
    // serialise concurrent publishes (PostgreSQL with several instances); PGlite has one connection
    await q.query('LOCK TABLE bundle_versions IN EXCLUSIVE MODE');
    const cur = await currentVersion(q);
    const prev = cur ? (await versionRow(q, cur))!.core : defaultCore();
    const core: Core = {
      settings: req.settings ?? prev.settings, vocabulary: req.vocabulary ?? prev.vocabulary, sites: req.sites ?? prev.sites,
      // snapshot of who has any record, as of this publish (R-CREDIT-15): credit imports show in the next version
      creditPrefixes: await creditPrefixSet(q),
    };
    const json = JSON.stringify(core);
    const v = cur + 1;
    await q.query('INSERT INTO bundle_versions (version, issued_at, core, core_hash) VALUES ($1, $2, $3, $4)', [
      v, now.toISOString(), json, createHash('sha256').update(json).digest('hex'),
    ]);
    await q.query('UPDATE blacklist SET added_version = $1 WHERE added_version IS NULL', [v]);
    await q.query('UPDATE blacklist SET removed_version = $1 WHERE removed_at IS NOT NULL AND removed_version IS NULL', [v]);
    return v;
  });
}

/** Hash prefixes of every account with a credit record or a live blacklist entry (issue 14). */
export async function creditPrefixSet(q: Queryable): Promise<NonNullable<Bundle['creditPrefixes']>> {
  const rows = await q.query<{ hash: string }>(
    'SELECT hash FROM credit UNION SELECT hash FROM blacklist WHERE removed_at IS NULL',
  );
  return buildPrefixSet(rows.map((r) => r.hash));
}

const ENTRY_COLS = `site, substr(hash, 1, ${BUNDLE_HASH_HEX}) AS hash, reason, source, since`;

export async function fullBundle(q: Queryable, version: number): Promise<Bundle | null> {
  const row = await versionRow(q, version);
  if (!row) return null;
  const blacklist = await q.query<BlacklistEntry>(
    `SELECT ${ENTRY_COLS} FROM blacklist WHERE added_version <= $1 AND (removed_version IS NULL OR removed_version > $1) ORDER BY id`,
    [version],
  );
  const bundle: Bundle = { schemaVersion: BUNDLE_SCHEMA_VERSION, version, issuedAt: row.issuedAt, ...row.core, blacklist };
  return BundleSchema.parse(bundle); // never publish something the extension would reject
}

/** The content hash of a version's full bundle, computed once and kept (null: no such version). */
export async function versionHash(q: Queryable, version: number): Promise<string | null> {
  const [r] = await q.query<{ h: string | null }>('SELECT bundle_hash AS h FROM bundle_versions WHERE version = $1', [version]);
  if (!r) return null;
  if (r.h) return r.h;
  const b = await fullBundle(q, version);
  if (!b) return null;
  const h = await bundleHash(b);
  await q.query('UPDATE bundle_versions SET bundle_hash = $1 WHERE version = $2', [h, version]);
  return h;
}

/**
 * null = serve the full bundle instead: `since` is unknown or too old, or the client's bundle at
 * `since` is not ours (`base`, its content hash, differs or is missing: another server, or this one
 * before a reset, published a different bundle under that number; issue 13).
 */
export async function delta(q: Queryable, since: number, version: number, base?: string): Promise<BundleDelta | null> {
  if (since <= 0 || since > version || version - since > MAX_DELTA_SPAN) return null;
  const [from, to] = [await versionRow(q, since), await versionRow(q, version)];
  if (!from || !to) return null;
  const fromHash = await versionHash(q, since);
  if (!base || fromHash !== base) return null;
  const hash = (await versionHash(q, version))!;
  const changed = <K extends keyof Core>(k: K) => (JSON.stringify(from.core[k]) === JSON.stringify(to.core[k]) ? undefined : to.core[k]);
  const blacklistAdd = await q.query<BlacklistEntry>(
    `SELECT ${ENTRY_COLS} FROM blacklist WHERE added_version > $1 AND added_version <= $2 AND (removed_version IS NULL OR removed_version > $2) ORDER BY id`,
    [since, version],
  );
  const blacklistRemove = await q.query<{ site: BlacklistEntry['site']; hash: string }>(
    `SELECT site, substr(hash, 1, ${BUNDLE_HASH_HEX}) AS hash FROM blacklist WHERE added_version <= $1 AND removed_version > $1 AND removed_version <= $2 ORDER BY id`,
    [since, version],
  );
  // an account removed and re-added in between needs only its add (applyDelta replaces by key)
  const addedKeys = new Set(blacklistAdd.map((e) => `${e.site}:${e.hash}`));
  const out: BundleDelta = {
    schemaVersion: BUNDLE_SCHEMA_VERSION, from: since, fromHash, version, hash, issuedAt: to.issuedAt, blacklistAdd,
    blacklistRemove: blacklistRemove.filter((e) => !addedKeys.has(`${e.site}:${e.hash}`)),
  };
  for (const k of ['settings', 'vocabulary', 'sites', 'creditPrefixes'] as const) {
    const c = changed(k);
    if (c !== undefined) (out as Record<string, unknown>)[k] = c;
  }
  return out;
}

/** The last reset (lib/api/reset.ts), or null. */
export async function latestReset(q: Queryable): Promise<string | null> {
  const [r] = await q.query<{ reset_at: string }>('SELECT reset_at FROM bundle_resets ORDER BY id DESC LIMIT 1');
  return r?.reset_at ?? null;
}

/**
 * `npm run admin -- reset`: after restoring an older backup. Records a reset now and publishes a
 * version issued after it, so clients holding a higher number take it (docs/sync-recovery.md).
 */
export async function resetAndPublish(db: Db, now = new Date()): Promise<{ resetAt: string; version: number }> {
  const resetAt = now.toISOString();
  await db.query('INSERT INTO bundle_resets (reset_at) VALUES ($1)', [resetAt]);
  return { resetAt, version: await publish(db, {}, new Date(now.getTime() + 1)) };
}
