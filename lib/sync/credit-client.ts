/**
 * Credit lookups (R-CREDIT-13/15): only a 4-8 hex prefix of SHA-256("platform:accountId") leaves
 * the browser, never the account id or a URL; answers are kept per prefix (lib/credit/cache-store)
 * and reused for CREDIT_TTL_MS. When the server cannot be reached, an older answer is used and
 * marked stale: offline, the cache answers. The caller matches its full hash (matchCredit).
 */
import { CreditPrefixSchema, CreditResponseSchema, type CreditEntry } from '../api';
import { mayHaveRecord, planQuery, type CreditPrefixSet, type CreditQueryPlan } from '../bundle/credit-prefixes';
import { accountHash, DEFAULT_PREFIX_HEX } from '../account-hash';
import type { SiteId } from '../model';
import { memoryRecordsItem, persistedPrefixStore, type PrefixStore } from '../credit/cache-store';
import { isStaticOrigin, StaticCreditSource } from './static-origin';

export const CREDIT_TTL_MS = 60 * 60_000;
/** A lookup that hangs (captive portal, dead proxy) gives up and falls back to the cache. */
export const CREDIT_TIMEOUT_MS = 8_000;

export interface PrefixAnswer {
  entries: CreditEntry[];
  /** when the server gave this answer */
  fetchedAt: number;
  /** the server could not be reached and an answer older than the TTL was used */
  stale: boolean;
}

export class CreditClient {
  private store: PrefixStore;
  private now: () => number;
  /** Identical lookups in flight share one request: two tabs of one host (or one tab that asks
   * twice while the first answer is on its way) must not ask the server twice for one prefix. */
  private inflight = new Map<string, Promise<PrefixAnswer>>();
  /** One decoy draw per real prefix for this client's life: asking again with fresh decoys would
   * let the server intersect the requests and find the real prefix (issue 14). */
  private plans = new Map<string, CreditQueryPlan>();
  private random: () => number;
  /** for a static origin (issue 22): the verified manifest and the bucket files */
  private staticSource: StaticCreditSource | null;
  constructor(private deps: { fetch: typeof fetch; apiUrl: () => string | Promise<string>; now?: () => number; store?: PrefixStore; timeoutMs?: number; random?: () => number; publicKey?: string | readonly string[] }) {
    this.now = deps.now ?? Date.now;
    this.staticSource = deps.publicKey
      ? new StaticCreditSource({ fetch: (...a) => deps.fetch(...a), publicKey: deps.publicKey, timeoutMs: deps.timeoutMs ?? CREDIT_TIMEOUT_MS, now: this.now })
      : null;
    this.store = deps.store ?? persistedPrefixStore(memoryRecordsItem(), this.now);
    this.random = deps.random ?? cryptoRandom;
  }

  /**
   * The private lookup (R-CREDIT-15, issue 14): no set → null (unavailable); the host's hash not in
   * the bundle's set → "no record" with no request at all; a hit → one request for its short
   * prefix among decoys that together name ≥ MIN_BUCKET_HOSTS listed hosts.
   */
  async lookupHash(hash: string, set: CreditPrefixSet | undefined, setAt: number): Promise<PrefixAnswer | null> {
    if (!set) return null;
    if (!mayHaveRecord(set, hash)) return { entries: [], fetchedAt: setAt, stale: false };
    const plan = this.planFor(hash, set);
    return this.lookupPrefix(plan.real, plan.prefixes);
  }

  planFor(hash: string, set: CreditPrefixSet): CreditQueryPlan {
    const key = hash.slice(0, 4);
    let plan = this.plans.get(key);
    if (!plan) this.plans.set(key, (plan = planQuery(set, hash, this.random)));
    return plan;
  }

  /** `prefixes`: everything to send (the real one among decoys); the answer is kept under `prefix`. */
  lookupPrefix(prefix: string, prefixes: string[] = [prefix]): Promise<PrefixAnswer> {
    const parsed = CreditPrefixSchema.safeParse(prefix);
    // a bad prefix is a rejected promise, as from any async lookup, not a synchronous throw
    if (!parsed.success) return Promise.reject(parsed.error);
    const p = parsed.data;
    const running = this.inflight.get(p);
    if (running) return running;
    const send = prefixes.includes(p) ? prefixes : [...prefixes, p].sort();
    const answer = this.resolvePrefix(p, send).finally(() => this.inflight.delete(p));
    this.inflight.set(p, answer);
    return answer;
  }

  private async resolvePrefix(p: string, send: string[]): Promise<PrefixAnswer> {
    const held = await this.store.get(p);
    if (held && this.now() - held.at <= CREDIT_TTL_MS) return { entries: held.entries, fetchedAt: held.at, stale: false };
    try {
      const entries = (await this.fetchPrefixes(send)).filter((e) => e.hash.startsWith(p));
      const at = this.now();
      await this.store.set(p, { at, entries });
      return { entries, fetchedAt: at, stale: false };
    } catch (e) {
      if (held) return { entries: held.entries, fetchedAt: held.at, stale: true };
      throw e;
    }
  }

  /** A different server has different data: forget what the last one said. */
  forget(): Promise<void> {
    this.plans.clear();
    return this.store.clear();
  }

  private async fetchPrefixes(ps: string[]): Promise<CreditEntry[]> {
    for (const p of ps) CreditPrefixSchema.parse(p);
    const url = await this.deps.apiUrl();
    if (isStaticOrigin(url)) {
      // the same prefixes, one bucket file each: the static host sees the same decoyed bucket set
      if (!this.staticSource) throw new Error('a static origin needs the bundle key to check its manifest');
      return (await this.staticSource.entries(url, ps)).filter((e) => ps.some((p) => e.hash.startsWith(p)));
    }
    // credentials omitted and no referrer: the request carries the prefixes and nothing else
    const res = await this.deps.fetch(`${url.replace(/\/+$/, '')}/v1/credit/${ps.join(',')}`, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(this.deps.timeoutMs ?? CREDIT_TIMEOUT_MS) });
    if (!res.ok) throw new Error(`credit lookup failed: HTTP ${res.status}`);
    const body = CreditResponseSchema.parse(await res.json());
    return body.entries.filter((e) => ps.some((p) => e.hash.startsWith(p))); // ignore anything off-prefix
  }
}

function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

/** The prefix to send, and the full hash to match among the returned entries. */
export async function creditQuery(site: SiteId, accountId: string, prefixLen = DEFAULT_PREFIX_HEX) {
  const hash = await accountHash(site, accountId);
  return { hash, prefix: hash.slice(0, prefixLen) };
}
export function matchCredit(entries: CreditEntry[], site: SiteId, hash: string): CreditEntry | null {
  return entries.find((e) => e.site === site && e.hash === hash) ?? null;
}
