/**
 * One sync attempt (R-SYNC-22), pure apart from the injected fetch and storage: a conditional
 * request (If-None-Match, ?since=<held version> for a delta), signature check BEFORE parsing, zod
 * validation, and the last good bundle kept on any failure. A bundle older than the one held is
 * refused too (a replayed old signed bundle must not roll the rules back).
 */
import { BundleSchema, type Bundle } from '../bundle/schema';
import { applyDelta } from '../bundle/apply-delta';
import { bundleHash } from '../bundle/content-hash';
import { verifyWithTrusted } from '../bundle/signature';
import { BundleDeltaSchema, ResetSchema, resetAllows, SignedEnvelopeSchema, type SignedEnvelope } from '../api';
import { readCapped, ResponseTooLarge } from './read-capped';

/** A 100k-entry bundle is about 9 MB decoded; anything past this cap is refused while reading (issue 13). */
export const MAX_SYNC_RESPONSE_BYTES = 32 * 1024 * 1024;

export { INITIAL_META, SyncMetaSchema, type SyncMeta, type SyncStatus } from './meta';
import type { SyncMeta, SyncStatus } from './meta';

export interface SyncDeps {
  fetch: typeof fetch;
  apiUrl: string;
  /** the trusted key, or keys during a rotation (picked by the envelope's keyId) */
  publicKey: string | readonly string[];
  now: () => number;
  /** default MAX_SYNC_RESPONSE_BYTES */
  maxBytes?: number;
}
export interface SyncOutcome {
  meta: SyncMeta;
  /** a new bundle to store, or null to keep the one held */
  bundle: Bundle | null;
}

export class BundleRejected extends Error {}
/** A delta that does not fit the held bundle: the sync asks again for the full bundle. */
export class DeltaBaseMismatch extends BundleRejected {}
/** A valid bundle numbered below the held one: taken only under a signed reset (lib/api/reset.ts). */
export class OlderBundle extends BundleRejected {
  constructor(readonly bundle: Bundle, held: Bundle) {
    super(`version ${bundle.version} is older than the held ${held.version}`);
  }
}

/** Rules not confirmed by the server for this long are shown as stale (issue 13). */
export const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;
/** Stale: the last good check is older than the freshness limit (never synced: the built-in rules, not stale). */
export function isStale(meta: Pick<SyncMeta, 'lastSyncAt' | 'status'>, now: number): boolean {
  return meta.lastSyncAt !== null ? now - meta.lastSyncAt > STALE_AFTER_MS : false;
}

async function signedEnvelope(text: string, publicKey: SyncDeps['publicKey']): Promise<SignedEnvelope> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRejected('response is not JSON');
  }
  const env = SignedEnvelopeSchema.safeParse(json);
  if (!env.success) throw new BundleRejected('response is not a signed envelope');
  if (!(await verifyWithTrusted(env.data, publicKey))) throw new BundleRejected('bad signature');
  return env.data;
}

export async function verifyAndParse(text: string, held: Bundle, publicKey: SyncDeps['publicKey']): Promise<Bundle> {
  const env = await signedEnvelope(text, publicKey);
  let payload: unknown;
  try {
    payload = JSON.parse(env.payload);
  } catch {
    throw new BundleRejected('payload is not JSON');
  }
  let next: Bundle;
  if (env.kind === 'reset') throw new BundleRejected('a reset is not a bundle');
  if (env.kind === 'full') {
    const b = BundleSchema.safeParse(payload);
    if (!b.success) throw new BundleRejected(`bundle fails the schema: ${b.error.issues[0]?.message}`);
    next = b.data;
  } else {
    const d = BundleDeltaSchema.safeParse(payload);
    if (!d.success) throw new BundleRejected(`delta fails the schema: ${d.error.issues[0]?.message}`);
    if (d.data.from !== held.version) throw new BundleRejected(`delta from ${d.data.from} does not apply to ${held.version}`);
    // by content, not by number: a delta made against another server's bundle N must not patch ours (issue 13)
    if (d.data.fromHash !== (await bundleHash(held))) throw new DeltaBaseMismatch('delta was made against another bundle');
    const b = BundleSchema.safeParse(applyDelta(held, d.data));
    if (!b.success) throw new BundleRejected('patched bundle fails the schema');
    if ((await bundleHash(b.data)) !== d.data.hash) throw new DeltaBaseMismatch('patched bundle differs from the one the server published');
    next = b.data;
  }
  if (next.version < held.version) throw new OlderBundle(next, held);
  return next;
}

/** The server's signed reset, if it has one that lets `held` be replaced by `next`. */
async function resetAllowing(base: string, held: Bundle, next: Bundle, deps: SyncDeps): Promise<boolean> {
  try {
    const res = await deps.fetch(`${base}/v1/bundle/reset`, { credentials: 'omit', cache: 'no-cache' });
    if (!res.ok) return false;
    const env = await signedEnvelope(await readCapped(res, 64 * 1024), deps.publicKey);
    if (env.kind !== 'reset') return false;
    const reset = ResetSchema.safeParse(JSON.parse(env.payload));
    return reset.success && resetAllows(reset.data, held.issuedAt, next.issuedAt);
  } catch {
    return false;
  }
}

export function failedOutcome(meta: SyncMeta, now: number, status: SyncStatus, err: string): SyncOutcome {
  return { meta: { ...meta, status, lastAttemptAt: now, lastError: err, failures: meta.failures + 1 }, bundle: null };
}
export function okOutcome(now: number, bundle: Bundle | null, etag: string | null, etagUrl: string | null): SyncOutcome {
  return { meta: { status: 'ok', lastSyncAt: now, lastAttemptAt: now, lastError: null, failures: 0, etag, etagUrl }, bundle };
}

export async function syncOnce(held: Bundle, meta: SyncMeta, deps: SyncDeps, full = false): Promise<SyncOutcome> {
  const now = deps.now();
  const base = deps.apiUrl.replace(/\/+$/, '');
  // the held bundle named by number AND content hash: the server sends a delta only when its bundle N is ours
  const url = held.version > 0 && !full ? `${base}/v1/bundle?since=${held.version}&base=${await bundleHash(held)}` : `${base}/v1/bundle`;
  const headers: Record<string, string> = {};
  if (meta.etag && meta.etagUrl === url) headers['If-None-Match'] = meta.etag;
  const failed = (status: SyncStatus, err: string) => failedOutcome(meta, now, status, err);
  let res: Response;
  try {
    // credentials omitted: nothing identifies the viewer (R-SYNC-23)
    res = await deps.fetch(url, { headers, credentials: 'omit', cache: 'no-cache' });
  } catch (e) {
    return failed('error', `network: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ok = (bundle: Bundle | null, etag: string | null, etagUrl: string | null) => okOutcome(now, bundle, etag, etagUrl);
  if (res.status === 304) return ok(null, meta.etag, meta.etagUrl);
  if (!res.ok) return failed('error', `HTTP ${res.status}`);
  try {
    let next: Bundle;
    try {
      next = await verifyAndParse(await readCapped(res, deps.maxBytes ?? MAX_SYNC_RESPONSE_BYTES), held, deps.publicKey);
    } catch (e) {
      // a server reset (database wiped or restored) numbers again from below: only a signed reset lets that through
      if (e instanceof OlderBundle && (await resetAllowing(base, held, e.bundle, deps))) next = e.bundle;
      else throw e;
    }
    // same version and same content: nothing to store. Same version, other content: another
    // server's bundle under our number (a fork); it is signed and not older, so it replaces ours.
    const same = next.version === held.version && (await bundleHash(next)) === (await bundleHash(held));
    // the ETag names the response to THIS url; after a change the next url differs
    return ok(same ? null : next, res.headers.get('etag'), same ? url : null);
  } catch (e) {
    if (e instanceof DeltaBaseMismatch && !full) return syncOnce(held, meta, deps, true);
    if (e instanceof BundleRejected || e instanceof ResponseTooLarge) return failed('rejected', e.message);
    return failed('error', e instanceof Error ? e.message : String(e));
  }
}
