/**
 * Credit lookups (R-CREDIT-13/15): only a 4-8 hex prefix of SHA-256("platform:accountId") leaves
 * the browser, never the account id or a URL; answers are cached per prefix for CREDIT_TTL_MS.
 * The caller matches its full hash against the returned entries (matchCredit).
 */
import { CreditPrefixSchema, CreditResponseSchema, type CreditEntry } from '../api';
import { accountHash, DEFAULT_PREFIX_HEX } from '../account-hash';
import type { SiteId } from '../model';
import { TtlCache } from './ttl-cache';

export const CREDIT_TTL_MS = 60 * 60_000;

export class CreditClient {
  private cache: TtlCache<CreditEntry[]>;
  constructor(private deps: { fetch: typeof fetch; apiUrl: () => string; now?: () => number }) {
    this.cache = new TtlCache(CREDIT_TTL_MS, 500, deps.now);
  }

  async lookupPrefix(prefix: string): Promise<CreditEntry[]> {
    const p = CreditPrefixSchema.parse(prefix);
    const hit = this.cache.get(p);
    if (hit) return hit;
    const res = await this.deps.fetch(`${this.deps.apiUrl().replace(/\/+$/, '')}/v1/credit/${p}`, { credentials: 'omit' });
    if (!res.ok) throw new Error(`credit lookup failed: HTTP ${res.status}`);
    const body = CreditResponseSchema.parse(await res.json());
    const entries = body.entries.filter((e) => e.hash.startsWith(p)); // ignore anything off-prefix
    this.cache.set(p, entries);
    return entries;
  }
}

/** Content-side helper: the prefix to send, and the match among the returned entries. */
export async function creditQuery(site: SiteId, accountId: string, prefixLen = DEFAULT_PREFIX_HEX) {
  const hash = await accountHash(site, accountId);
  return { hash, prefix: hash.slice(0, prefixLen) };
}
export function matchCredit(entries: CreditEntry[], site: SiteId, hash: string): CreditEntry | null {
  return entries.find((e) => e.site === site && e.hash === hash) ?? null;
}
