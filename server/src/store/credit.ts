/** Credit records (R-CREDIT-13) and the prefix lookup (R-CREDIT-15). */
import { hash } from 'node:crypto';
import { accountKey } from '../../../lib/account-hash';
import type { CreditEntry, CreditRecord } from '../../../lib/api';
import type { Db, Queryable } from '../db/types';

/**
 * SHA-256("site:accountId") in hex, synchronously (node:crypto): the same value as lib/account-hash,
 * at bulk speed. The one-shot crypto.hash, not createHash(): no Hash object per record (4x faster
 * per call, measured: 2.0 s against 8.9 s wall for 10^6 at load 18).
 */
export const creditHash = (r: Pick<CreditRecord, 'site' | 'accountId'>) => hash('sha256', accountKey(r.site, r.accountId), 'hex');

/**
 * Upserts records with ONE statement (unnest of one array per column: 8 parameters whatever the
 * batch size). A key repeated within the batch keeps its last record, since one INSERT … ON
 * CONFLICT may not touch a row twice.
 */
export async function upsertCreditBatch(q: Queryable, records: readonly CreditRecord[]): Promise<void> {
  const byKey = new Map<string, CreditRecord>();
  for (const r of records) byKey.set(accountKey(r.site, r.accountId), r);
  const rs = [...byKey.values()];
  if (!rs.length) return;
  await q.query(
    `INSERT INTO credit (site, account_id, hash, level, complaints, platform_penalties, regulator_notices, updated_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[])
     ON CONFLICT (site, account_id) DO UPDATE SET level = EXCLUDED.level, complaints = EXCLUDED.complaints,
       platform_penalties = EXCLUDED.platform_penalties, regulator_notices = EXCLUDED.regulator_notices, updated_at = EXCLUDED.updated_at`,
    [
      rs.map((r) => r.site), rs.map((r) => r.accountId), rs.map(creditHash), rs.map((r) => r.level), rs.map((r) => r.complaints),
      rs.map((r) => r.platformPenalties), rs.map((r) => r.regulatorNotices), rs.map((r) => r.updatedAt),
    ],
  );
}

export const CREDIT_BATCH = 2000;

/** All records in one transaction (the admin endpoint: all or nothing), in batched statements. */
export async function importCredit(db: Db, records: CreditRecord[]): Promise<number> {
  await db.tx(async (q) => {
    for (let i = 0; i < records.length; i += CREDIT_BATCH) await upsertCreditBatch(q, records.slice(i, i + CREDIT_BATCH));
  });
  return records.length;
}

/**
 * Every account whose hash starts with any of `prefixes` (each already validated as 4-8 lowercase
 * hex), credit and live blacklist rows alike, in ONE statement whatever the number of prefixes (a
 * lookup carries up to 64 with its decoys): one round trip, one snapshot, one plan (issue 22: two
 * statements side by side took two pool connections and two round trips per cache miss). Credit
 * ranges are a UNION ALL of one range per prefix, each an index-only scan of the covering
 * credit_hash (migration 5); ORed ranges were planned as a BitmapOr whose heap scan visits every
 * row's page (EXPLAIN at 10^6, 3 prefixes: 50 buffers → 16). Overlapping prefixes (abcd, abcde)
 * may return a row twice: mergeCreditEntries keys by site:hash. An unnest-join of the same ranges
 * was planned as a sequential scan (518 ms at 300k rows against 0.8 ms). Named, so PostgreSQL
 * keeps it prepared per connection (one per prefix count). tests/bench/scale-explain.ts prints it.
 */
export async function lookupPrefixes(q: Queryable, prefixes: readonly string[]): Promise<CreditEntry[]> {
  const rows = await q.query<LookupRow>(lookupSql(prefixes.length), lookupParams(prefixes), `credit_lookup_${prefixes.length}`);
  const credit: CreditRow[] = [];
  const black: BlacklistRow[] = [];
  for (const r of rows) {
    if (r.k === 'c') credit.push(r as unknown as CreditRow);
    else black.push(r as unknown as BlacklistRow);
  }
  return mergeCreditEntries(credit, black);
}

type LookupRow = Record<string, string | number | null> & { k: 'c' | 'b' };

/** 'g' sorts after every hex digit under COLLATE "C": [p, p||'g') is every hash starting with p */
export const lookupParams = (prefixes: readonly string[]) => prefixes.flatMap((p) => [p, `${p}g`]);

/** The one lookup statement for n prefixes ($1..$2n: lookupParams); each half keeps its own cap. */
export function lookupSql(n: number): string {
  const range = (i: number) => `hash >= $${2 * i + 1} AND hash < $${2 * i + 2}`;
  const credit = Array.from({ length: n }, (_, i) => `SELECT site, hash, level, complaints, platform_penalties, regulator_notices, updated_at FROM credit WHERE ${range(i)}`).join('\n      UNION ALL ');
  const where = Array.from({ length: n }, (_, i) => `(${range(i)})`).join(' OR ');
  const limit = 5000 * n;
  return `(SELECT 'c' AS k, site, hash, level, complaints, platform_penalties, regulator_notices, updated_at,
       NULL::text AS reason, NULL::text AS source, NULL::text AS since FROM (${credit}) AS c LIMIT ${limit})
    UNION ALL
    (SELECT 'b', site, hash, NULL, NULL, NULL, NULL, NULL, reason, source, since
       FROM blacklist WHERE (${where}) AND removed_at IS NULL LIMIT ${limit})`;
}

export type CreditRow = Record<string, string | number>;
export type BlacklistRow = Record<string, string>;
export const CREDIT_COLS = 'site, hash, level, complaints, platform_penalties, regulator_notices, updated_at';
export const BLACKLIST_COLS = 'site, hash, reason, source, since';

/** Credit and live blacklist rows of one prefix → the entries the API answers, sorted by hash (one shape for the live route and the static export). */
export function mergeCreditEntries(credit: readonly CreditRow[], black: readonly BlacklistRow[]): CreditEntry[] {
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
  return [...byKey.values()].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.site < b.site ? -1 : 1));
}
