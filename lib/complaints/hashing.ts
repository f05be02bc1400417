/**
 * Evidence hashing (R-COMPLAINT-17): SHA-256 (WebCrypto, same in browser and Node) of each evidence
 * item and of the whole record, over canonical JSON so the same content always gives the same hash
 * whatever the key order after a round trip through IndexedDB or an export file.
 */
import { sha256Hex } from '../account-hash';
import type { Evidence, EvidenceContent } from './schema';

/** JSON with object keys sorted recursively (RFC 8785 key order for our value domain); undefined keys dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in evidence');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashValue(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/** Seal captured evidence: one hash per item, then one over the whole record. */
export async function sealEvidence(content: EvidenceContent): Promise<Evidence> {
  const hashes = {
    page: await hashValue(content.page),
    product: await hashValue(content.product),
    chat: await hashValue(content.chat),
    findings: await hashValue(content.findings),
    screenshot: content.screenshot ? content.screenshot.sha256 : null,
    ...(content.priceHistory ? { priceHistory: await hashValue(content.priceHistory) } : {}),
  };
  const recordHash = await hashValue({ ...content, hashes });
  return { ...content, hashes, recordHash };
}

/** The items whose hash no longer matches (empty = intact). Screenshot bytes are checked separately. */
export async function verifyEvidence(e: Evidence): Promise<string[]> {
  const bad: string[] = [];
  if ((await hashValue(e.page)) !== e.hashes.page) bad.push('page');
  if ((await hashValue(e.product)) !== e.hashes.product) bad.push('product');
  if ((await hashValue(e.chat)) !== e.hashes.chat) bad.push('chat');
  if ((await hashValue(e.findings)) !== e.hashes.findings) bad.push('findings');
  if ((e.screenshot?.sha256 ?? null) !== e.hashes.screenshot) bad.push('screenshot');
  if ((e.priceHistory ? await hashValue(e.priceHistory) : undefined) !== e.hashes.priceHistory) bad.push('priceHistory');
  const { recordHash, ...rest } = e;
  if ((await hashValue(rest)) !== recordHash) bad.push('record');
  return bad;
}
