/** Blacklist entries (R-CREDIT-14). Changes become visible to clients at the next publish. */
import { accountHash } from '../../../lib/account-hash';
import type { BlacklistAdd } from '../../../lib/api';
import type { Queryable } from '../db/types';

export class ConflictError extends Error {}
export class NotFoundError extends Error {}

export async function addBlacklist(q: Queryable, e: BlacklistAdd, now = new Date()): Promise<number> {
  const live = await q.query('SELECT id FROM blacklist WHERE site = $1 AND account_id = $2 AND removed_at IS NULL', [e.site, e.accountId]);
  if (live.length) throw new ConflictError(`${e.site}:${e.accountId} is already blacklisted`);
  const [r] = await q.query<{ id: number }>(
    `INSERT INTO blacklist (site, account_id, hash, display_name, reason, source, since, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [e.site, e.accountId, await accountHash(e.site, e.accountId), e.displayName ?? null, e.reason, e.source, e.since, now.toISOString()],
  );
  return Number(r!.id);
}

export async function removeBlacklist(q: Queryable, site: string, accountId: string, now = new Date()): Promise<void> {
  const rows = await q.query('UPDATE blacklist SET removed_at = $3 WHERE site = $1 AND account_id = $2 AND removed_at IS NULL RETURNING id', [
    site, accountId, now.toISOString(),
  ]);
  if (!rows.length) throw new NotFoundError(`${site}:${accountId} is not blacklisted`);
}
