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
