/**
 * Realistic synthetic credit datasets for the scale bench and operators' load tests (issue 22):
 * `npm run admin -- generate --records N [--out FILE.csv|FILE.jsonl] [--seed S]`.
 * Account ids look like each platform's (Douyin sec_uid, Kuaishou/Bilibili/Taobao numeric ids,
 * TikTok/Twitch/YouTube handles), sites weighted by market size, levels skewed towards good
 * standing, complaints and penalties growing as the level falls. Seeded: the same N and seed give
 * the same file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CREDIT_CSV_COLUMNS, type CreditRecord } from '../../lib/api';
import type { SiteId } from '../../lib/model';

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, seedable, plenty for synthetic data
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}
const SITES: Array<[SiteId, number]> = [['douyin', 0.34], ['kuaishou', 0.22], ['taobao', 0.16], ['bilibili', 0.1], ['tiktok', 0.08], ['youtube', 0.05], ['twitch', 0.05]];
const LEVELS: Array<[CreditRecord['level'], number]> = [[5, 0.45], [4, 0.3], [3, 0.15], [2, 0.07], [1, 0.03]];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WORDS = ['star', 'live', 'shop', 'mall', 'good', 'deal', 'mei', 'xiao', 'da', 'hao', 'wu', 'tv', 'cn', 'official', 'store', 'daily'];

function weighted<T>(r: number, table: Array<[T, number]>): T {
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1]![0];
}

export function* generateCredit(n: number, seed = 22, now = Date.UTC(2026, 11, 1)): Generator<CreditRecord> {
  const rnd = prng(seed);
  const chars = (k: number, alphabet: string) => Array.from({ length: k }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let i = 0; i < n; i++) {
    const site = weighted(rnd(), SITES);
    // the index makes every id unique (no accidental upserts), the random part makes it look real
    const accountId =
      site === 'douyin' ? `MS4wLjABAAAA${chars(20, B64)}${i.toString(36)}`
      : site === 'kuaishou' || site === 'bilibili' || site === 'taobao' ? String(100_000_000 + i * 7 + Math.floor(rnd() * 7))
      : `${WORDS[Math.floor(rnd() * WORDS.length)]}_${chars(4, 'abcdefghijklmnopqrstuvwxyz')}${i.toString(36)}`;
    const level = weighted(rnd(), LEVELS);
    const badness = 5 - level;
    yield {
      site, accountId, level,
      complaints: Math.floor(rnd() * (1 + badness * badness * 12)),
      platformPenalties: Math.floor(rnd() * (1 + badness * 1.5)),
      regulatorNotices: level <= 2 ? Math.floor(rnd() * 3) : 0,
      updatedAt: new Date(now - Math.floor(rnd() * 730 * 86_400_000)).toISOString(),
    };
  }
}

export const csvLine = (r: CreditRecord) => CREDIT_CSV_COLUMNS.map((c) => String(r[c])).join(',');

/** Writes N records to `out` (CSV with the import header, or JSON Lines), respecting backpressure. */
export async function writeGenerated(out: string, n: number, seed?: number): Promise<void> {
  const csv = /\.csv$/i.test(out);
  const w = createWriteStream(out);
  if (csv) w.write(CREDIT_CSV_COLUMNS.join(',') + '\n');
  let chunk = '';
  let count = 0;
  for (const r of generateCredit(n, seed)) {
    chunk += (csv ? csvLine(r) : JSON.stringify(r)) + '\n';
    if (++count % 1000 === 0) {
      if (!w.write(chunk)) await once(w, 'drain');
      chunk = '';
    }
  }
  w.end(chunk);
  await once(w, 'finish');
}
