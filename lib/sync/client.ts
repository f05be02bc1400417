/**
 * One sync attempt (R-SYNC-22), pure apart from the injected fetch and storage: a conditional
 * request (If-None-Match, ?since=<held version> for a delta), signature check BEFORE parsing, zod
 * validation, and the last good bundle kept on any failure. A bundle older than the one held is
 * refused too (a replayed old signed bundle must not roll the rules back).
 */
import { BundleSchema, type Bundle } from '../bundle/schema';
import { applyDelta } from '../bundle/apply-delta';
import { verifyEnvelope } from '../bundle/signature';
import { BundleDeltaSchema, SignedEnvelopeSchema } from '../api';

export { INITIAL_META, SyncMetaSchema, type SyncMeta, type SyncStatus } from './meta';
import type { SyncMeta, SyncStatus } from './meta';

export interface SyncDeps {
  fetch: typeof fetch;
  apiUrl: string;
  publicKey: string;
  now: () => number;
}
export interface SyncOutcome {
  meta: SyncMeta;
  /** a new bundle to store, or null to keep the one held */
  bundle: Bundle | null;
}

export class BundleRejected extends Error {}

export async function verifyAndParse(text: string, held: Bundle, publicKey: string): Promise<Bundle> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRejected('response is not JSON');
  }
  const env = SignedEnvelopeSchema.safeParse(json);
  if (!env.success) throw new BundleRejected('response is not a signed envelope');
  if (!(await verifyEnvelope(env.data, publicKey))) throw new BundleRejected('bad signature');
  let payload: unknown;
  try {
    payload = JSON.parse(env.data.payload);
  } catch {
    throw new BundleRejected('payload is not JSON');
  }
  let next: Bundle;
  if (env.data.kind === 'full') {
    const b = BundleSchema.safeParse(payload);
    if (!b.success) throw new BundleRejected(`bundle fails the schema: ${b.error.issues[0]?.message}`);
    next = b.data;
  } else {
    const d = BundleDeltaSchema.safeParse(payload);
    if (!d.success) throw new BundleRejected(`delta fails the schema: ${d.error.issues[0]?.message}`);
    if (d.data.from !== held.version) throw new BundleRejected(`delta from ${d.data.from} does not apply to ${held.version}`);
    const b = BundleSchema.safeParse(applyDelta(held, d.data));
    if (!b.success) throw new BundleRejected('patched bundle fails the schema');
    next = b.data;
  }
  if (next.version < held.version) throw new BundleRejected(`version ${next.version} is older than the held ${held.version}`);
  return next;
}

export async function syncOnce(held: Bundle, meta: SyncMeta, deps: SyncDeps): Promise<SyncOutcome> {
  const now = deps.now();
  const base = deps.apiUrl.replace(/\/+$/, '');
  const url = held.version > 0 ? `${base}/v1/bundle?since=${held.version}` : `${base}/v1/bundle`;
  const headers: Record<string, string> = {};
  if (meta.etag && meta.etagUrl === url) headers['If-None-Match'] = meta.etag;
  const failed = (status: SyncStatus, err: string): SyncOutcome => ({
    meta: { ...meta, status, lastAttemptAt: now, lastError: err, failures: meta.failures + 1 },
    bundle: null,
  });
  let res: Response;
  try {
    // credentials omitted: nothing identifies the viewer (R-SYNC-23)
    res = await deps.fetch(url, { headers, credentials: 'omit', cache: 'no-cache' });
  } catch (e) {
    return failed('error', `network: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ok = (bundle: Bundle | null, etag: string | null, etagUrl: string | null): SyncOutcome => ({
    meta: { status: 'ok', lastSyncAt: now, lastAttemptAt: now, lastError: null, failures: 0, etag, etagUrl },
    bundle,
  });
  if (res.status === 304) return ok(null, meta.etag, meta.etagUrl);
  if (!res.ok) return failed('error', `HTTP ${res.status}`);
  try {
    const next = await verifyAndParse(await res.text(), held, deps.publicKey);
    // the ETag names the response to THIS url; after a version change the next url differs
    return ok(next.version === held.version ? null : next, res.headers.get('etag'), next.version === held.version ? url : null);
  } catch (e) {
    if (e instanceof BundleRejected) return failed('rejected', e.message);
    return failed('error', e instanceof Error ? e.message : String(e));
  }
}
