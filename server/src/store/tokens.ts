/**
 * Admin bearer tokens: only SHA-256 of each token is stored; a presented token is hashed and
 * compared with every stored hash in constant time (timingSafeEqual), so neither a database leak
 * nor response timing reveals a usable token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/types';

const hashToken = (t: string) => createHash('sha256').update(t, 'utf8').digest();

export async function createToken(q: Queryable, name: string, token = `lg_${randomBytes(24).toString('base64url')}`): Promise<string> {
  await q.query('INSERT INTO admin_tokens (name, token_hash, created_at) VALUES ($1, $2, $3)', [name, hashToken(token).toString('hex'), new Date().toISOString()]);
  return token;
}

export async function checkToken(q: Queryable, presented: string): Promise<boolean> {
  const h = hashToken(presented);
  const rows = await q.query<{ token_hash: string }>('SELECT token_hash FROM admin_tokens');
  let ok = false;
  for (const r of rows) {
    const stored = Buffer.from(r.token_hash, 'hex');
    // no early exit: every stored hash is compared
    if (stored.length === h.length && timingSafeEqual(stored, h)) ok = true;
  }
  return ok;
}

export interface TokenInfo { id: number; name: string; createdAt: string; /** first 12 hex of the stored hash: tells tokens apart without revealing one */ fingerprint: string }

export async function listTokens(q: Queryable): Promise<TokenInfo[]> {
  const rows = await q.query<{ id: number; name: string; created_at: string; token_hash: string }>('SELECT id, name, created_at, token_hash FROM admin_tokens ORDER BY id');
  return rows.map((r) => ({ id: Number(r.id), name: r.name, createdAt: r.created_at, fingerprint: r.token_hash.slice(0, 12) }));
}

/**
 * Revokes by id (as `list-tokens` prints it) or by the token itself (hashed, never stored).
 * Takes effect on the next request: every request checks the table. Returns how many were removed.
 */
export async function revokeToken(q: Queryable, idOrToken: string): Promise<number> {
  const rows = /^\d{1,9}$/.test(idOrToken)
    ? await q.query('DELETE FROM admin_tokens WHERE id = $1 RETURNING id', [Number(idOrToken)])
    : await q.query('DELETE FROM admin_tokens WHERE token_hash = $1 RETURNING id', [hashToken(idOrToken).toString('hex')]);
  return rows.length;
}
