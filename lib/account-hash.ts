/**
 * Account identity hashing (R-CREDIT-15). Credit and blacklist data are keyed by
 * SHA-256("<site>:<accountId>"); lookups send only a 4-8 hex-char prefix of it, so the server
 * never learns which account (and so which room) the viewer is looking at.
 * WebCrypto: the same code runs in the extension, the server and Node tests.
 */
import type { SiteId } from './model';

export function accountKey(site: SiteId, accountId: string): string {
  return `${site}:${accountId}`;
}

export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function accountHash(site: SiteId, accountId: string): Promise<string> {
  return sha256Hex(accountKey(site, accountId));
}

export const MIN_PREFIX_HEX = 4;
export const MAX_PREFIX_HEX = 8;
/** Default lookup prefix: 5 hex chars = 1M buckets; each bucket holds many accounts at scale. */
export const DEFAULT_PREFIX_HEX = 5;
