/**
 * Reading a static origin (issue 22): the files `npm run admin -- export-static DIR` writes
 * (lib/api/static-export.ts), served by any CDN or object store. The mode is chosen by the server
 * URL alone: a URL whose path ends in `/manifest.json` is a static origin, anything else the live
 * API (one explicit rule, no probing: a probe would cost a request per sync and could be fooled by
 * a live server that happens to serve such a path). Every file but the manifest is fetched by the
 * content-hash name the signed manifest gives, and its bytes are checked against that hash, so a
 * static host can neither swap nor replay files (R-SYNC-22).
 */
import { CreditResponseSchema, ENVELOPE_VERSION, SignedManifestSchema, StaticManifestSchema, type CreditEntry, type StaticManifest } from '../api';
import { sha256Hex } from '../account-hash';
import { verifyWithTrusted } from '../bundle/signature';
import { readCapped } from './read-capped';

export const STATIC_MANIFEST = 'manifest.json';
/** 10^6 records in 4-hex buckets is a 3 MB manifest; a bucket file holds a few dozen entries */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
const MAX_BUCKET_BYTES = 8 * 1024 * 1024;

export class StaticOriginError extends Error {}

export function isStaticOrigin(url: string): boolean {
  try {
    return new URL(url).pathname.endsWith(`/${STATIC_MANIFEST}`);
  } catch {
    return false;
  }
}

/** The absolute URL of a file the manifest names (`bundle/full-3.<hash>.json`), next to the manifest. */
export function staticFileUrl(manifestUrl: string, rel: string): string {
  return new URL(rel, manifestUrl).href;
}

/** manifest.json text → the manifest, only when signed by a trusted bundle key (before parsing the payload). */
export async function readSignedManifest(text: string, publicKey: string | readonly string[]): Promise<StaticManifest> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StaticOriginError('manifest is not JSON');
  }
  const signed = SignedManifestSchema.safeParse(json);
  if (!signed.success) throw new StaticOriginError('manifest is not signed');
  // same key, keyId and signature scheme as a bundle envelope; the payload's own `format` literal
  // keeps a manifest and a bundle from ever being taken for each other
  if (!(await verifyWithTrusted({ envelope: ENVELOPE_VERSION, kind: 'full', ...signed.data }, publicKey))) throw new StaticOriginError('manifest has a bad signature');
  let payload: unknown;
  try {
    payload = JSON.parse(signed.data.payload);
  } catch {
    throw new StaticOriginError('manifest payload is not JSON');
  }
  const m = StaticManifestSchema.safeParse(payload);
  if (!m.success) throw new StaticOriginError(`manifest fails the schema: ${m.error.issues[0]?.message}`);
  return m.data;
}

/** The body of a content-hash-named file, refused unless its SHA-256 starts with the hash in its name. */
export async function readHashed(res: Response, rel: string, maxBytes: number): Promise<string> {
  if (!res.ok) throw new Error(`${rel}: HTTP ${res.status}`); // unreachable file: an error, not a rejected origin
  const text = await readCapped(res, maxBytes);
  const named = /\.([0-9a-f]{16})\.json$/.exec(rel)?.[1];
  if (!named || !(await sha256Hex(new TextEncoder().encode(text))).startsWith(named)) throw new StaticOriginError(`${rel}: content does not match its name`);
  return text;
}

/** The bucket files holding a lookup prefix: one when the prefix is at least a bucket long, else every listed bucket under it. */
export function bucketFiles(m: StaticManifest, prefix: string): string[] {
  const { bucketHex, buckets } = m.credit;
  if (prefix.length >= bucketHex) {
    const f = buckets[prefix.slice(0, bucketHex)];
    return f ? [f] : []; // a bucket missing from the manifest is empty
  }
  return Object.entries(buckets).flatMap(([b, f]) => (b.startsWith(prefix) ? [f] : []));
}

export interface StaticCreditDeps {
  fetch: typeof fetch;
  publicKey: string | readonly string[];
  timeoutMs: number;
  now: () => number;
}

/**
 * Credit lookups against a static origin, the same privacy as the live one (issue 14): the caller
 * passes the real prefix among its decoys; the bucket file of every one of them is fetched, so the
 * host's logs see the same ≥ 16-listed-host bucket the live API would. The verified manifest is
 * kept for MANIFEST_REUSE_MS (the manifest's own max-age) so a burst of lookups verifies it once.
 */
export const MANIFEST_REUSE_MS = 60_000;
export class StaticCreditSource {
  private held: { url: string; at: number; manifest: StaticManifest } | null = null;
  constructor(private deps: StaticCreditDeps) {}

  private async manifest(url: string, signal: AbortSignal): Promise<StaticManifest> {
    if (this.held && this.held.url === url && this.deps.now() - this.held.at < MANIFEST_REUSE_MS) return this.held.manifest;
    const res = await this.deps.fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal });
    if (!res.ok) throw new Error(`manifest: HTTP ${res.status}`);
    const manifest = await readSignedManifest(await readCapped(res, MAX_MANIFEST_BYTES), this.deps.publicKey);
    this.held = { url, at: this.deps.now(), manifest };
    return manifest;
  }

  async entries(manifestUrl: string, prefixes: readonly string[]): Promise<CreditEntry[]> {
    const signal = AbortSignal.timeout(this.deps.timeoutMs);
    const m = await this.manifest(manifestUrl, signal);
    const files = [...new Set(prefixes.flatMap((p) => bucketFiles(m, p)))].sort();
    const bodies = await Promise.all(
      files.map(async (rel) => {
        // content-hash names never change: the browser's HTTP cache may answer (immutable)
        const res = await this.deps.fetch(staticFileUrl(manifestUrl, rel), { credentials: 'omit', referrerPolicy: 'no-referrer', signal });
        return CreditResponseSchema.parse(JSON.parse(await readHashed(res, rel, MAX_BUCKET_BYTES)));
      }),
    );
    return bodies.flatMap((b) => b.entries);
  }
}
