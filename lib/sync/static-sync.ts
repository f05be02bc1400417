/**
 * One sync attempt against a static origin (issue 22, lib/sync/static-origin.ts), the counterpart
 * of syncOnce for the live API with the same outcome: the signed manifest is fetched conditionally
 * (If-None-Match; unchanged → nothing else is fetched), its signature checked with the bundle key,
 * then the delta from the held version (when the manifest lists one) or the full bundle is fetched
 * by its content-hash name, its bytes checked against that name, and verified and parsed exactly
 * as a live answer (verifyAndParse: signature, schema, delta base by content hash, no rollback).
 * A static origin serves no signed reset, so an older bundle there is refused (docs: server/README).
 */
import type { Bundle } from '../bundle/schema';
import { bundleHash } from '../bundle/content-hash';
import { BundleRejected, DeltaBaseMismatch, failedOutcome, MAX_SYNC_RESPONSE_BYTES, okOutcome, verifyAndParse, type SyncDeps, type SyncMeta, type SyncOutcome } from './client';
import { ResponseTooLarge, readCapped } from './read-capped';
import { readHashed, readSignedManifest, staticFileUrl, StaticOriginError } from './static-origin';

export async function syncStaticOnce(held: Bundle, meta: SyncMeta, deps: SyncDeps): Promise<SyncOutcome> {
  const now = deps.now();
  const url = deps.apiUrl;
  const max = deps.maxBytes ?? MAX_SYNC_RESPONSE_BYTES;
  const headers: Record<string, string> = {};
  if (meta.etag && meta.etagUrl === url) headers['If-None-Match'] = meta.etag;
  let res: Response;
  try {
    res = await deps.fetch(url, { headers, credentials: 'omit', cache: 'no-cache' });
  } catch (e) {
    return failedOutcome(meta, now, 'error', `network: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.status === 304) return okOutcome(now, null, meta.etag, meta.etagUrl);
  if (!res.ok) return failedOutcome(meta, now, 'error', `HTTP ${res.status}`);
  try {
    const manifest = await readSignedManifest(await readCapped(res, max), deps.publicKey);
    if (!manifest.bundle) return failedOutcome(meta, now, 'error', 'the static origin holds no bundle yet');
    const fetchBundle = async (rel: string) => {
      // content-hash names never change, so the browser's HTTP cache may answer them
      const file = await deps.fetch(staticFileUrl(url, rel), { credentials: 'omit' });
      return verifyAndParse(await readHashed(file, rel, max), held, deps.publicKey);
    };
    const delta = held.version > 0 && held.version < manifest.bundleVersion ? manifest.deltas[String(held.version)] : undefined;
    let next: Bundle;
    try {
      next = await fetchBundle(delta ?? manifest.bundle);
    } catch (e) {
      // a delta made against another bundle numbered like ours: take the full bundle instead
      if (delta && e instanceof DeltaBaseMismatch) next = await fetchBundle(manifest.bundle);
      else throw e;
    }
    const same = next.version === held.version && (await bundleHash(next)) === (await bundleHash(held));
    // the manifest's URL never changes, so its validator is kept whatever it brought
    return okOutcome(now, same ? null : next, res.headers.get('etag'), url);
  } catch (e) {
    if (e instanceof BundleRejected || e instanceof ResponseTooLarge || e instanceof StaticOriginError) return failedOutcome(meta, now, 'rejected', e.message);
    return failedOutcome(meta, now, 'error', e instanceof Error ? e.message : String(e));
  }
}
