/**
 * Signed, pre-compressed bundle responses. Building a 100k-entry bundle and signing it costs
 * seconds, so each (version, since) is rendered once and kept as raw/gzip/brotli bytes with a
 * strong ETag per encoding; requests only pick bytes. The current version is re-read from the
 * database at most every `checkMs`, so a publish by another instance shows up quickly.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { signEnvelope } from '../../lib/bundle/signature';
import type { Db } from './db/types';
import { currentVersion, delta, fullBundle } from './store/bundles';
import type { KeyPair } from './keys';

export type Encoding = 'br' | 'gzip' | 'identity';
export interface Rendered {
  version: number;
  kind: 'full' | 'delta';
  bodies: Record<Encoding, Uint8Array>;
  etags: Record<Encoding, string>;
}

function render(version: number, kind: Rendered['kind'], json: string): Rendered {
  const raw = new TextEncoder().encode(json);
  const tag = createHash('sha256').update(raw).digest('hex').slice(0, 20);
  return {
    version,
    kind,
    bodies: {
      identity: raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    },
    // strong validators differ per encoding (RFC 9110 §8.8.3); If-None-Match accepts any of them
    etags: { identity: `"${tag}"`, gzip: `"${tag}-gz"`, br: `"${tag}-br"` },
  };
}

/**
 * A build that failed (a transient database error, a timeout) is dropped from the cache as soon as
 * it settles, so the request that saw it gets an error and the next one builds again: a cached
 * rejection would answer 500 to every client until the next publish. Concurrent requests still
 * share one pending build.
 */
function forgetOnFailure(p: Promise<unknown>, forget: () => unknown): void {
  p.catch(() => forget());
}

export class BundleCache {
  private version = -1;
  private checkedAt = 0;
  private full: Promise<Rendered | null> | null = null;
  private deltas = new Map<string, Promise<Rendered | null>>();

  constructor(private db: Db, private key: KeyPair, private checkMs = 2000) {}

  invalidate() {
    this.checkedAt = 0;
  }

  async current(): Promise<number> {
    if (Date.now() - this.checkedAt > this.checkMs) {
      const v = await currentVersion(this.db);
      this.checkedAt = Date.now();
      if (v !== this.version) {
        this.version = v;
        this.full = null;
        this.deltas.clear();
      }
    }
    return this.version;
  }

  async getFull(): Promise<Rendered | null> {
    const v = await this.current();
    if (!v) return null;
    if (!this.full) {
      const p = (async () => {
        const b = await fullBundle(this.db, v);
        if (!b) return null;
        return render(v, 'full', JSON.stringify(await signEnvelope('full', JSON.stringify(b), this.key.privateKey, this.key.publicKey)));
      })();
      this.full = p;
      forgetOnFailure(p, () => this.full === p && (this.full = null));
    }
    return this.full;
  }

  /** A delta from `since` (whose content hash the client names as `base`), or the full bundle when that is not ours, unknown or too old. */
  async getSince(since: number, base?: string): Promise<Rendered | null> {
    const v = await this.current();
    if (!v) return null;
    const key = `${since}:${base ?? ''}`;
    if (!this.deltas.has(key)) {
      if (this.deltas.size > 200) this.deltas.clear();
      const p = (async () => {
        const d = await delta(this.db, since, v, base);
        if (!d) return null;
        return render(v, 'delta', JSON.stringify(await signEnvelope('delta', JSON.stringify(d), this.key.privateKey, this.key.publicKey)));
      })();
      this.deltas.set(key, p);
      forgetOnFailure(p, () => this.deltas.get(key) === p && this.deltas.delete(key));
    }
    return (await this.deltas.get(key)!) ?? this.getFull();
  }
}
