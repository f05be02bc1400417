/**
 * In-memory cache of credit lookup responses (issue 22): the exact bytes of each answered prefix
 * list with a strong ETag, so a repeated lookup costs no zod parse, no query and no JSON.stringify.
 * Keyed by the database's lookup generation (migration 4: bumped by a trigger with every write to
 * credit or blacklist), read at most every `checkMs`: instances share nothing but the database,
 * and a write shows on every instance within checkMs (0 in tests: every request checks). Bounded
 * by bytes, least recently used out first.
 */
import { hash } from 'node:crypto';
import type { Db } from './db/types';

export interface CachedLookup { body: Uint8Array; etag: string }

export class CreditLookupCache {
  private generation = '';
  private checkedAt = 0;
  private checking: Promise<string> | null = null;
  private entries = new Map<string, CachedLookup>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private db: Db, private checkMs = 2000, private maxBytes = 64 * 1024 * 1024) {}

  /** the next request re-reads the generation (this instance just wrote) */
  invalidate() {
    this.checkedAt = 0;
  }

  /** The current generation; concurrent requests share one read. */
  async current(): Promise<string> {
    if (Date.now() - this.checkedAt <= this.checkMs && this.generation) return this.generation;
    this.checking ??= (async () => {
      try {
        const [r] = await this.db.query<{ n: string | number }>('SELECT n FROM lookup_generation WHERE id = 1');
        const g = String(r?.n ?? 0);
        this.checkedAt = Date.now();
        if (g !== this.generation) {
          this.generation = g;
          this.entries.clear();
          this.bytes = 0;
        }
        return g;
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  get(key: string): CachedLookup | undefined {
    const e = this.entries.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, e);
    return e;
  }

  /** Stores bytes read under `generation`; dropped when the generation moved on meanwhile. */
  put(key: string, generation: string, json: string): CachedLookup {
    const body = new TextEncoder().encode(json);
    const e = { body, etag: `"${hash('sha1', body, 'hex').slice(0, 20)}"` };
    if (generation !== this.generation || body.byteLength > this.maxBytes / 16) return e;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.byteLength;
    this.entries.set(key, e);
    this.bytes += body.byteLength;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.byteLength;
    }
    return e;
  }
}
