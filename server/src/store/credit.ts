/** Credit records (R-CREDIT-13) and the prefix lookup (R-CREDIT-15). */
import { accountHash } from '../../../lib/account-hash';
import type { CreditEntry, CreditRecord } from '../../../lib/api';
import type { Db, Queryable } from '../db/types';

export async function importCredit(db: Db, records: CreditRecord[]): Promise<number> {
  const hashes = await Promise.all(records.map((r) => accountHash(r.site, r.accountId)));
  await db.tx(async (q) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      await q.query(
        `INSERT INTO credit (site, account_id, hash, level, complaints, platform_penalties, regulator_notices, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (site, account_id) DO UPDATE SET level = EXCLUDED.level, complaints = EXCLUDED.complaints,
           platform_penalties = EXCLUDED.platform_penalties, regulator_notices = EXCLUDED.regulator_notices, updated_at = EXCLUDED.updated_at`,
        [r.site, r.accountId, hashes[i], r.level, r.complaints, r.platformPenalties, r.regulatorNotices, r.updatedAt],
      );
    }
  });
  return records.length;
}

/** Every account whose hash starts with `prefix` (already validated as 4-8 lowercase hex). */
export async function lookupPrefix(q: Queryable, prefix: string): Promise<CreditEntry[]> {
  const range = [prefix, `${prefix}g`]; // 'g' sorts after every hex digit under COLLATE "C"
  const credit = await q.query<Record<string, string | number>>(
    'SELECT site, hash, level, complaints, platform_penalties, regulator_notices, updated_at FROM credit WHERE hash >= $1 AND hash < $2 LIMIT 5000',
    range,
  );
  const black = await q.query<Record<string, string>>(
    'SELECT site, hash, reason, source, since FROM blacklist WHERE hash >= $1 AND hash < $2 AND removed_at IS NULL LIMIT 5000',
    range,
  );
  const byKey = new Map<string, CreditEntry>();
  const entry = (site: string, hash: string) => {
    const k = `${site}:${hash}`;
    if (!byKey.has(k)) byKey.set(k, { site: site as CreditEntry['site'], hash, credit: null, blacklist: null });
    return byKey.get(k)!;
  };
  for (const r of credit) {
    entry(String(r.site), String(r.hash)).credit = {
      level: Number(r.level), complaints: Number(r.complaints), platformPenalties: Number(r.platform_penalties),
      regulatorNotices: Number(r.regulator_notices), updatedAt: String(r.updated_at),
    };
  }
  for (const r of black) entry(r.site!, r.hash!).blacklist = { reason: r.reason!, source: r.source!, since: r.since! };
  return [...byKey.values()].sort((a, b) => (a.hash < b.hash ? -1 : 1));
}
