/**
 * In-memory cache of credit lookup responses (issue 22): the exact bytes of each answered prefix
 * list with a strong ETag, so a repeated lookup costs no zod parse, no query and no JSON.stringify.
 * Checked against the database's lookup generation (bumped by a trigger with every write to credit
 * or blacklist) at most every `checkMs`: instances share nothing but the database, and a write
 * shows on every instance within checkMs (0 in tests: every request checks). When it moved, only
 * the answers naming a 4-hex bucket the writes since touched are dropped (migration 7's per-bucket
 * stamps); a bulk write (the epoch moved) drops them all. Bounded by bytes, least recently used out first.
 */
import { hash } from 'node:crypto';
import type { Db } from './db/types';
import { creditAnswerHeaders } from './credit-answer';

/**
 * An answer's bytes and ETag, and its raw header lists (name, value, name, value …) for
 * `res.writeHead`, built once when the answer is stored so a hit allocates no headers
 * (credit-fast-path.ts; the 200's carries its content-length).
 */
export interface CachedLookup { body: Uint8Array; etag: string; head200: string[]; head304: string[] }

const flat = (h: Record<string, string>) => Object.entries(h).flat();

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
        const was = this.generation;
        // one statement, one snapshot: the generation and every bucket stamped since the one this cache holds
        const [r] = was
          ? await this.db.query<{ n: string | number; epoch: string | number; changed: string | null }>(
            `SELECT n, epoch, (SELECT string_agg(prefix, ',') FROM credit_bucket_version WHERE n > $1::bigint) AS changed
               FROM lookup_generation WHERE id = 1`, [was])
          : await this.db.query<{ n: string | number; epoch: string | number; changed: string | null }>('SELECT n, epoch, NULL AS changed FROM lookup_generation WHERE id = 1');
        const g = String(r?.n ?? 0);
        this.checkedAt = Date.now();
        if (g !== was) {
          if (!was || BigInt(r?.epoch ?? 0) > BigInt(was)) this.clear();
          else this.evict(new Set(r?.changed ? r.changed.split(',') : []));
          this.generation = g;
        }
        return g;
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  private clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  /** drops every answer naming a prefix under one of these 4-hex buckets (keys are validated prefix lists) */
  private evict(buckets: ReadonlySet<string>) {
    if (!buckets.size) return;
    for (const [k, v] of this.entries) {
      if (!k.split(',').some((p) => buckets.has(p.slice(0, 4)))) continue;
      this.entries.delete(k);
      this.bytes -= v.body.byteLength;
    }
  }

  /**
   * The hit fast path's read (credit-fast-path.ts): the answer for `key` when the generation was
   * checked within checkMs and the key is held, without waiting; undefined otherwise, and then
   * the request goes the usual way (current(), get()), so only hits are counted here.
   */
  hitNow(key: string): CachedLookup | undefined {
    if (!this.generation || Date.now() - this.checkedAt > this.checkMs) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.hits++;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, e);
    return e;
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
    const etag = `"${hash('sha1', body, 'hex').slice(0, 20)}"`;
    const head304 = flat(creditAnswerHeaders(etag));
    const e = { body, etag, head304, head200: [...head304, 'content-type', 'application/json', 'content-length', String(body.byteLength)] };
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
